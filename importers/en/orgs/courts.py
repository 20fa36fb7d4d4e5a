"""Courts and the divisions they sit in: "Chancery Division of the High Court".

Common-law courts sit in divisions that are courts of their own, so a name that says a
division "of" a court is the division's, not the court's with a title before it. The word
lists are shared with the readers of judges' seats (roles/seats.py).
"""

from __future__ import annotations

from store.text import lexicon

#: The last words of courts' names, and the heads of the parts of a court that sit as courts.
COURT_HEADS = lexicon.wordset("en_titles.txt", "court_heads")
COURT_PARTS = lexicon.wordset("en_titles.txt", "court_parts")


def court_division(lows: list[str]) -> bool:
    """Words (lower case) that name a division of a court, "Chancery Division of the High
    Court"."""
    for k in range(1, len(lows) - 1):
        if lows[k] == "of" and lows[k - 1] in COURT_PARTS:
            rest = [w for w in lows[k + 1 :] if w != "the"]
            return bool(rest) and rest[-1] in COURT_HEADS
    return False
