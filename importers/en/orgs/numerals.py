"""Roman numerals, as sessions, meetings and decisions are numbered: never an acronym.

"the XXII session", "(XYZG XXXII)", "Decision XLIX/4": capitals that spell a number, not
the initials of a body.
"""

from __future__ import annotations

import re

#: A Roman numeral of two letters or more ("IV", "XLIX"), as sessions and decisions are numbered.
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
#: A Roman numeral below a hundred, of two letters or more ("XXII"): the number of a session
#: or a meeting. The larger letters (C, D, M) spell acronyms too ("DC", "MC"), so they stay out.
_SMALL_ROMAN = re.compile(r"(?=[IVXL]{2})L?X{0,3}(?:IX|IV|V?I{0,3})")


def is_ordinal_numeral(word: str) -> bool:
    """'the XXII session', '(XYZG XXXII)': a Roman numeral of I, V, X and L numbers a
    meeting, never spells a body."""
    return _SMALL_ROMAN.fullmatch(word) is not None


def numbering_code(text: str, start: int, end: int) -> bool:
    """'Decision XLIX/4', 'CA/XLIX/Decisions': a Roman numeral joined by a slash to a number
    or to a document code's other parts numbers a session, never names a body; nor does the
    series letters that open such a code ("document XY/XII/4": the symbol of a paper)."""
    word = text[start:end]
    slashed = text[start - 1 : start] == "/" or text[end : end + 1] == "/"
    if len(word) > 1 and slashed and _ROMAN.fullmatch(word) is not None:
        return True
    numbered = _SESSION_AFTER.match(text, end)
    return numbered is not None and _ROMAN.fullmatch(numbered.group(1)) is not None


#: "/XXXI/": a session's Roman numeral, as the next part of a document code
_SESSION_AFTER = re.compile(r"/([IVXLCDM]{2,})/")
