"""Further titles that close an apposition after the first: "NAME, X's Keeper of the
Seed Register, Registrar of Designs and Chief Executive".

The first title's organisation is written before it (a possessive, "X's"); the titles listed
after it, joined by commas and a last "and", with nothing after them but the sentence's or
the line's end, are posts of the same person at the same organisation, one role each.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry
from importers.en.roles.model import People, PersonEntry
from importers.en.words import TITLE_CORE

#: ", Registrar of Trademarks" or " and Chief Executive Officer": one more title, with the
#: field it covers after "of" (capitalised words, no body's article).
_WORD = r"[A-Z][\w’'-]*"
_NEXT = re.compile(
    rf"(,[ \t]+|,?[ \t]+(?:and|&)[ \t]+)({TITLE_CORE}(?![\w-])"
    rf"(?:[ \t]+of[ \t]+{_WORD}(?:[ \t]+(?:and[ \t]+)?(?!{TITLE_CORE}){_WORD}){{0,3}})?)"
)
_AND = re.compile(r"(?:and|&)")
#: What ends the list: the sentence's or the line's end.
_CLOSED = re.compile(r"[ \t]*(?:[.;]?[ \t]*(?:\n|$)|[.;][ \t]+(?=[A-Z]))")


def record_joined_titles(
    text: str,
    pos: int,
    nm: tuple[int, int],
    org: OrgEntry,
    people: People,
    *,
    person: PersonEntry | None = None,
) -> None:
    """Record each title listed right after the one ending at `pos` as the holder's post
    at `org`, when the list ends with "and" one title and then the sentence or the line."""
    found: list[re.Match[str]] = []
    at = pos
    while (m := _NEXT.match(text, at)) is not None:
        found.append(m)
        at = m.end()
        if _AND.search(m.group(1)):
            break
    if not found or not _AND.search(found[-1].group(1)) or not _CLOSED.match(text, at):
        return
    for m in found:
        title = re.sub(r"\s+", " ", m.group(2))
        span = (m.start(2), m.end(2))
        people.record(text, nm, title, org=org, span=span, place=None, person=person)
