"""The side a meeting's report puts a bare title on: "From the X side, NAME, Title, ...".

Reports of a visit list who came for each party by side ("On the X side, NAME, President,
and NAME2, Vice-President attended"; "from Y side, ..."). A title stated there without a
body of its own is held at the body that names the side, not at the body the report is by.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import RoleEntry

#: "From the", "on", "; on the": where a side is named, at a clause's start.
_SIDE_OPENER = re.compile(r"(?:^|(?<=[;,:]))\s*(?:[Ff]rom|[Oo]n)[ \t]+(?:the[ \t]+)?")
#: "X side" or "X's side" right after the body's name.
_SIDE = re.compile(r"(?:['’]s)?[ \t]+side\b")


def side_body(
    text: str, r: RoleEntry, orgs: Orgs, sentences: list[tuple[int, int]]
) -> OrgEntry | None:
    """The body named as the side whose list holds the title, the last such before it in
    its sentence."""
    start = max((s for s, _ in sentences if s <= r.span[0]), default=0)
    found: OrgEntry | None = None
    for m in _SIDE_OPENER.finditer(text[start : r.span[0]]):
        hit = orgs.at(start + m.end())
        if hit is not None and _SIDE.match(text, hit[1]):
            found = hit[2]
    return found


#: "On behalf of the" at a clause's start: the body a speaker or signer acts for follows.
_BEHALF = re.compile(r"(?:^|(?<=[.;:\n]))\s*[Oo]n[ \t]+behalf[ \t]+of[ \t]+(?:the[ \t]+)?")
#: Between the body and the title: its acronym in brackets, then the comma.
_BEHALF_CLOSE = re.compile(r"(?:[ \t]*\([A-Z][\w-]{1,12}\))?[ \t]*,[ \t]*$")


def behalf_body(text: str, r: RoleEntry, orgs: Orgs) -> OrgEntry | None:
    """'On behalf of the X Office (XO), Secretary NAME said': a title opening the clause
    after "On behalf of" a body, with no body of its own, is held at that body."""
    start = max(0, r.span[0] - 200)
    found: OrgEntry | None = None
    for m in _BEHALF.finditer(text, start, r.span[0]):
        hit = orgs.at(m.end())
        if hit is not None and _BEHALF_CLOSE.fullmatch(text, hit[1], r.span[0]):
            found = hit[2]
    return found
