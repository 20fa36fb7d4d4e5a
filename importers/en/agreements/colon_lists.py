"""Counterparts a colon hands to a list: "signed three memoranda with the:" over "1. A",
"2. B", "3. C".

A sentence that ends its "with" on a colon names its counterparts in the marked lines that
follow (one body a line), not in the sentence: they are the bodies the agreement noun is
signed with, one agreement each when the noun is plural. A line that names no body, or two,
is no such list (an item telling a signing of its own is read as its own sentence).
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx, unique
from importers.en.orgs.model import OrgEntry

#: The mark that opens a list item: "(a)", "b)", "(iv)", "1.", "2)", "*", "-", "•" (lists.py
#: reads it too).
MARK = re.compile(
    r"[ \t]*(?:\(?[a-z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\)|\d{1,2}[.)]|[-–•·*▪●○◆■➢►])"
    r"[ \t]+\S",
    re.MULTILINE,
)

#: what may stand between "with" and the colon: an article, "the following (two offices)"
_TO_COLON = re.compile(r"(?:the\s*)?(?:following(?:\s+[a-z]+){0,2}\s*)?:", re.IGNORECASE)
#: the mark that numbers a line, itself alone on what the sentence splitter left ("1.")
_LONE_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|\(?[a-z]\)|[-–•·*▪●○◆■➢►])?\s*")


def colon_listed(ctx: Ctx, ws: int, se: int) -> list[OrgEntry] | None:
    """The bodies listed one a line after the colon that ends the "with" at `ws` in the
    sentence ending at `se`; None when the sentence goes on past the colon or no such list
    follows."""
    text = ctx.text
    colon = _TO_COLON.match(text, ws)
    if colon is None or not _LONE_MARK.fullmatch(text, colon.end(), se):
        return None
    colon_at = text.index(":", ws)
    line_end = text.find("\n", colon_at)
    if line_end < 0:
        return None
    bodies: list[OrgEntry] = []
    for line in re.finditer(r"[^\n]*\n?", text[line_end + 1 :]):
        ls, le = line_end + 1 + line.start(), line_end + 1 + line.end()
        if le == ls:
            break  # the text's end
        if not text[ls:le].strip():
            continue  # items one a paragraph
        if MARK.match(text, ls, le) is None:
            break
        named = unique([o for _s, _e, o in ctx.orgs.between(ls, le)])
        if len(named) != 1:
            return None
        bodies.append(named[0])
    return bodies if len(bodies) > 1 else None
