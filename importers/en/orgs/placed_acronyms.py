"""A local body's short form: its place, then the acronym of the rest of its name.

"the Shanghai Intellectual Property Administration" is called "the Shanghai IPA" in a
headline: the place stays written out and the words after it shrink to their initials. The
acronym alone ("IPA") names no body the text spells out; with its place it is a second
name of the body the text names in full. So is "<ACR> <Country>" ("the SIPA Ruritania") for
"the State Intellectual Property Agency of the Republic of Ruritania": the country written
after the initials of the body's own words.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import COUNTRY_OF
from store.text.occurrences import whole_word_spans

_STOP = {"of", "for", "and", "the", "&"}

#: A name that ends with its country after "of", perhaps in the country's long style.
_OF_COUNTRY = re.compile(
    r"(?P<own>.+?) of (?:the )?(?:(?:Republic|Kingdom|State|Federation) of (?:the )?)?"
    r"(?P<country>[A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)"
)


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
            _mention_each(text, orgs, e, short)
        _find_country_after(text, orgs, e)


def _find_country_after(text: str, orgs: Orgs, e: OrgEntry) -> None:
    """Mentions of "<ACR> <Country>" for a named "<words ACR spells> of <Country>"."""
    m = _OF_COUNTRY.fullmatch(e.name)
    if m is None or m.group("country").casefold() not in COUNTRY_OF:
        return
    own = [w for w in m.group("own").split() if w.casefold() not in _STOP]
    if len(own) < 2 or not all(w[:1].isupper() for w in own):
        return
    _mention_each(text, orgs, e, f"{''.join(w[0] for w in own)} {m.group('country')}")


def _mention_each(text: str, orgs: Orgs, e: OrgEntry, short: str) -> None:
    """Each place the text writes `short` as whole words, outside other names, is `e`."""
    for start, end in list(whole_word_spans(text, short, "’'-")):
        if not orgs.covered(start, end):
            orgs.add(short, start, end, into=e)
