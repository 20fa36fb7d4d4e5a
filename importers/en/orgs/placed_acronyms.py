"""A local body's short form: its place, then the acronym of the rest of its name.

"the Shanghai Intellectual Property Administration" is called "the Shanghai IPA" in a
headline: the place stays written out and the words after it shrink to their initials. The
acronym alone ("IPA") names no body the text spells out; with its place it is a second
name of the body the text names in full.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs

_STOP = {"of", "for", "and", "the", "&"}


def find_placed_acronyms(text: str, orgs: Orgs) -> None:
    """Mentions of "<Place> <ACR>" for each named "<Place> <words ACR spells>"."""
    for e in list(orgs.entries):
        if not e.spans:
            continue
        words = e.name.split()
        for k in (1, 2):  # "Shanghai", "Hong Kong"
            place, rest = words[:k], [w for w in words[k:] if w.casefold() not in _STOP]
            if len(rest) < 2 or not all(w[:1].isupper() for w in [*place, *rest]):
                continue
            short = " ".join([*place, "".join(w[0] for w in rest)])
            hits = list(re.finditer(rf"(?<![\w’'-]){re.escape(short)}(?![\w’'-])", text))
            for m in hits:
                if not orgs.covered(m.start(), m.end()):
                    orgs.add(short, m.start(), m.end(), into=e)
