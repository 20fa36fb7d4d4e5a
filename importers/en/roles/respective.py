"""Names paired with titles in order: "signed by A and B, respectively Director of X and
Head of Y" (or "..., Director of X and Head of Y respectively").

Read before the title patterns, because each title there would look for its own name next to
it and find the wrong one (the second name, right before the titles, would take both posts).
The pairing is taken only when the count of names and of titles agree.
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People
from importers.en.roles.portfolio import title_with_body
from importers.en.titles import TITLE
from importers.en.words import HONORIFICS
from importers.guarded import guarded

_RESPECTIVELY = guarded(r"\brespectively\b")
#: What joins two names or two titles of a list: ", ", " and ", ", and ".
_JOIN = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)")
_ADDRESS = re.compile(rf"(?:(?<![\w-]){HONORIFICS})[ \t]+$")
_NAMES_END = re.compile(r"\s*,\s*$")


def find_respective(text: str, orgs: Orgs, people: People) -> list[tuple[int, int]]:
    """Record each name's title and body; return the spans of the title lists read, which
    the title patterns then leave alone."""
    spans: list[tuple[int, int]] = []
    for r in _RESPECTIVELY.finditer(text):
        found = _titles_after(text, r, orgs) or _titles_before(text, r, orgs)
        if found is None:
            continue
        names, posts, span = found
        for nm, (title, org) in zip(names, posts, strict=True):
            people.record(text, nm, title, org=org, span=span, place=None)
        spans.append(span)
    return spans


Post = tuple[str, OrgEntry | None]
Found = tuple[list[tuple[int, int]], list[Post], tuple[int, int]]


def _titles_after(text: str, r: re.Match[str], orgs: Orgs) -> Found | None:
    """'A and B, respectively Director of X and Head of Y'."""
    comma = _NAMES_END.search(text, max(0, r.start() - 3), r.start())
    if comma is None:
        return None
    names = _names_before(text, comma.start())
    if len(names) < 2:
        return None
    posts, end = _posts_from(text, r.end(), orgs, len(names))
    if len(posts) != len(names):
        return None
    return names, posts, (r.end(), end)


def _titles_before(text: str, r: re.Match[str], orgs: Orgs) -> Found | None:
    """'A and B, Director of X and Head of Y respectively'."""
    line = text.rfind("\n", 0, r.start()) + 1
    for comma in re.finditer(r",\s+(?:the\s+)?", text[max(line, r.start() - 300) : r.start()]):
        at = max(line, r.start() - 300) + comma.start()
        names = _names_before(text, at)
        if len(names) < 2:
            continue
        posts, end = _posts_from(text, at + comma.end() - comma.start(), orgs, len(names))
        if len(posts) == len(names) and re.fullmatch(r"\s*,?\s*", text[end : r.start()]):
            return names, posts, (at, end)
    return None


def _names_before(text: str, pos: int) -> list[tuple[int, int]]:
    """The names of a list that ends at `pos`, first to last: "Mr A, Ms B and Dr C"."""
    names: list[tuple[int, int]] = []
    while True:
        nm = name_before(text, pos)
        if nm is None:
            break
        names.insert(0, nm)
        start = nm[0]
        address = _ADDRESS.search(text, max(0, start - 20), start)
        if address is not None:
            start = address.start()
        join = re.search(r"(?:,\s*(?:and\s+)?|\s+and\s+)$", text[max(0, start - 8) : start])
        if join is None:
            break
        pos = start - len(join.group())
    return names


def _posts_from(text: str, pos: int, orgs: Orgs, count: int) -> tuple[list[Post], int]:
    """Up to `count` titles from `pos`, each with the body after it, joined as a list."""
    posts: list[Post] = []
    end = pos
    while len(posts) < count:
        p = end
        if posts:
            join = _JOIN.match(text, p)
            if join is None:
                break
            p = join.end()
        p += len(re.match(r"\s*(?:the\s+)?", text[p:]).group())  # type: ignore[union-attr]
        m = TITLE.match(text, p)
        if m is None or m.group("pre") or name_after(text, m.start()) == (m.start(), m.end()):
            break
        t, org, end = title_with_body(text, m, orgs)
        posts.append((t.text, org))
    return posts, end
