"""A body named only as where an envoy is posted: "Permanent Representative to the X in Geneva".

The place of a posting is part of the envoy's title, as the benchmark's conventions keep a
unit named only inside a title in it: the text speaks of the envoy's post, not of the body
he is posted to. A body every mention of which is that posting ("to the X" inside the title
of an envoy's role), which holds no post of the text's and which the text gives no acronym
of its own (a body it names with one, "to the X (XO)", it treats as a body it speaks of), is
no organisation of the text.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People, RoleEntry
from importers.en.roles.postings import ACRONYM_AFTER
from importers.en.titles import base_title, is_diplomatic

#: " to the " right before the body an envoy's title names as his posting.
_TO = re.compile(r"\sto\s+(?:the\s+)?$")


def drop_posting_bodies(text: str, people: People, orgs: Orgs) -> None:
    """Mark as title words the mentions of each body named only as an envoy's posting."""
    envoys = [r for r in people.roles if is_diplomatic(base_title(r.title))]
    if not envoys:
        return
    held = {id(r.org) for r in people.roles if r.org is not None}
    for e in orgs.entries:
        if id(e) in held or not e.spans or _has_acronym(text, e):
            continue
        if all(_posting(text, span, envoys) for span in e.spans):
            orgs.unit_spans.update(e.spans)


def _posting(text: str, span: tuple[int, int], envoys: list[RoleEntry]) -> bool:
    """Whether a mention is the body after "to" inside an envoy's title."""
    a, b = span
    return any(
        r.span[0] <= a and b <= r.span[1] and _TO.search(text, r.span[0], a) is not None
        for r in envoys
    )


def _has_acronym(text: str, org: OrgEntry) -> bool:
    """Whether the text gives the body an acronym ("UN", "WTO"): a body it speaks of."""
    return any(re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]+", f) for f in org.forms) or any(
        ACRONYM_AFTER.match(text, b) for _, b in org.spans
    )
