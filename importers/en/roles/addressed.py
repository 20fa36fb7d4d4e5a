"""Names after an appositive title that a form of address opens.

"its Vice President, Digital Industry, Ms NAME": the capitalised words between the title
and the addressed name are the post's field, not a name; "the Permanent Representative of
X to Y, Ambassador NAME": the envoy's rank addresses the holder of the post just named;
"Chairman X Authority Mr. NAME": a body written between a title and an addressed name is
where the post is held.
"""

from __future__ import annotations

import re

from importers.en.names import name_after
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.anchors import CAP
from importers.en.words import COUNTRY_OF, HONORIFICS


def _closed(text: str, pos: int) -> bool:
    """The name ends its apposition: a comma, a full stop or a bracket follows, past the
    country a report puts in brackets after a delegate ("Ambassador NAME (Chile),")."""
    return _CLOSING.match(text, pos) is not None


#: " (Chile)": a delegate's country in brackets after the name, before what closes it
BRACKETED_COUNTRY = r"(?:[ \t]*\([A-Z][\w .’'-]{1,30}\))?"
_CLOSING = re.compile(BRACKETED_COUNTRY + r"[ \t]*[,.;)]")


#: ", Digital Industry, Ms ": a field of capitalised words between commas, then a form of
#: address that opens the name.
_FIELD_ADDRESSED = re.compile(
    rf",[ \t]*({CAP}(?:[ \t]+(?:and[ \t]+|&[ \t]+)?{CAP}){{0,3}}),[ \t]*(?={HONORIFICS}[ \t])"
)


def field_then_addressed(text: str, pos: int, orgs: Orgs) -> tuple[str, tuple[int, int]] | None:
    """'Vice President, Digital Industry, Ms NAME': capitalised words between a title and an
    addressed name are the post's field, not a name (a person is addressed once, by the
    form that opens the name); returns the field for the title and the name."""
    m = _FIELD_ADDRESSED.match(text, pos)
    if m is None or orgs.at(m.start(1)) is not None or m.group(1).casefold() in COUNTRY_OF:
        return None
    nm = name_after(text, m.end() - 1)
    nm = nm if nm is not None and _closed(text, nm[1]) else None
    return (f", {m.group(1)}", nm) if nm is not None else None


#: ", Ambassador ": an envoy's rank used as a form of address before the name.
_ENVOY_RANK = re.compile(r",[ \t]*(?:H\.?[ \t]?E\.?[ \t]+)?Ambassador[ \t]+(?=[A-Z])")


def envoy_addressed(text: str, pos: int) -> tuple[int, int] | None:
    """'the Permanent Representative of X to Y, Ambassador NAME,': the rank before the name
    addresses the holder of the post just named."""
    m = _ENVOY_RANK.match(text, pos)
    nm = name_after(text, m.end() - 1) if m is not None else None
    return nm if nm is not None and _closed(text, nm[1]) else None


#: The space between a title and a body, or between a body and a form of address.
_GAP = re.compile(r"[ \t]+")
_ADDRESSED = re.compile(rf"[ \t]+(?={HONORIFICS}[ \t]?[A-Z])")


def body_then_addressed(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, tuple[int, int]] | None:
    """'Chairman X Authority (XA) of Y Mr. NAME': a body the text names right after a title,
    with no "of", then a form of address and a name: the title is held at that body by the
    person addressed (a name is addressed once, by the form that opens it)."""
    gap = _GAP.match(text, pos)
    hit = orgs.at(gap.end()) if gap is not None else None
    if hit is None:
        return None
    end = hit[1]
    acronym = re.match(r"[ \t]*\([A-Z]{2,}\)", text[end:])  # "(XA)" after the name
    end += acronym.end() if acronym is not None else 0
    address = _ADDRESSED.match(text, end)
    nm = name_after(text, address.end() - 1) if address is not None else None
    return (hit[2], nm) if nm is not None else None
