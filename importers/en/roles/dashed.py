"""A list item that joins a name and its title with a spaced dash instead of a comma.

A programme's or a speech's list of guests writes one person a line: "• Dr NAME - Title,
Body" or "• Title - Mr NAME". The dash stands where prose puts a comma, so each reads as
"NAME, Title, Body" and "Title, NAME" do. Only an item that opens its line (after a bullet)
is read so, or a name a form of address opens ("met Dr NAME – Director of X"): in running
prose a dash after any other words sets off an aside, not an apposition. An item that joins
two posts held at once ("• Registrar of X and General Manager, Y Group - NAME") is read as
one combined title, the whole text before the dash (one role per title goes out:
`titles.title_run`).
"""

from __future__ import annotations

import re

from importers.en.names import addressed, name_after, name_before
from importers.en.words import HONORIFICS, TITLE_CORE

#: A spaced hyphen or dash ending the text before a title: " - ", " – ", " — ", also with
#: "the" after it, as a comma takes it, or with the space after it lost (" -the Director").
_DASH_BEFORE = re.compile(r"[ \t]+[-–—][ \t]*(?:the[ \t]+)?()$")

#: A spaced dash right after a title, then the name: " - Mr NAME".
_DASH_AFTER = re.compile(r"[ \t]+[-–—](?=[ \t])")

#: What may open a list item's line before its first word: spaces, a bullet, a form of address.
_ITEM_OPENING = re.compile(rf"[ \t]*(?:[•·▪◦*][ \t]*)?(?:{HONORIFICS}[ \t]*)?")


def dashed_title(text: str, start: int) -> re.Match[str] | None:
    """'• Dr NAME - Title': the dash before the title at `start`, when a name opens the
    item's line right before it or a form of address opens the name ("met Dr NAME - Title",
    which prose writes as a caption does). The match is made on the 90 characters before `start` and
    ends there, its empty group the title's prefix (as "NAME, Title" gives)."""
    base = max(0, start - 90)
    m = _DASH_BEFORE.search(text[base:start])
    if m is None:
        return None
    nm = name_before(text, base + m.start())
    if nm is None:
        return None
    return m if _opens_item(text, nm[0]) or addressed(text, nm[0]) else None


def dashed_appositive(text: str, title_start: int, title_end: int) -> tuple[int, int] | None:
    """'• Chair - Mr NAME': the name after a dash that follows a title opening its line."""
    if not _opens_item(text, title_start):
        return None
    m = _DASH_AFTER.match(text, title_end)
    if m is None:
        return None
    nm = name_after(text, m.end())
    if nm is None:
        return None
    rest = text[nm[1] : nm[1] + 2]
    return nm if re.match(r"[ \t]*(?:\n|$)", rest) else None


def _opens_item(text: str, pos: int) -> bool:
    """Whether only a line's opening (spaces, a bullet, a form of address) comes before `pos`."""
    ls = text.rfind("\n", 0, pos) + 1
    return _ITEM_OPENING.fullmatch(text, ls, pos) is not None


#: The last spaced dash of a line, the name after it closing the line.
_LAST_DASH = re.compile(r"[ \t]+[-–—](?=[ \t]+\S[^\n]*$)", re.MULTILINE)
#: "and" joining a second post to the first: "... and General Manager".
_SECOND_POST = re.compile(rf"[ \t]+and[ \t]+(?-i:{TITLE_CORE})(?![\w-])")
#: Sentence punctuation no title holds.
_NOT_TITLE = re.compile(r"[.;:()\[\]]")


def dashed_joined_posts(text: str, title_start: int) -> tuple[str, int, tuple[int, int]] | None:
    """'• Registrar of X and General Manager, Y Group - NAME': a list item that opens with a
    title, joins a second post to it with "and", and ends its line with a dash and a name;
    returns the combined title (everything before the dash), where it ends, and the name."""
    if not _opens_item(text, title_start):
        return None
    end = text.find("\n", title_start)
    end = len(text) if end < 0 else end
    dashes = list(_LAST_DASH.finditer(text, title_start, end))
    dash = dashes[-1] if dashes else None
    if dash is None:
        return None
    title = text[title_start : dash.start()]
    if len(title) > 160 or _NOT_TITLE.search(title) or not _SECOND_POST.search(title):
        return None
    nm = name_after(text, dash.end())
    if nm is None or text[nm[1] : end].strip():
        return None
    return re.sub(r"\s+", " ", title), dash.start(), nm
