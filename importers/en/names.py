"""Words of personal names that are written in capitals.

French, African and UN usage writes the surname in capitals, before or after the given names:
"Mr. Denis L. BOHOUSSOU", "Mister Bemanya TWEBAZE", "FUH Calistus GENTRY". Such a word is a
surname, not an acronym, when it stands in a name next to a Title-case given name or right
after a form of address; acronyms of organisations ("OAPI", "ARIPO") stay acronyms.
"""

from __future__ import annotations

import re

from importers.en.words import HONORIFICS, NON_ORG_ACRONYMS, POST_NOMINALS

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿā-ž"
#: A surname in capitals: "TWEBAZE", "BOHOUSSOU", "NDIAYE-DIOP".
CAPS_WORD = re.compile(rf"[{_UP}]{{2,}}(?:-[{_UP}]{{2,}})?(?![\w’'])")
_TITLE_WORD = re.compile(rf"[{_UP}][{_LO}’']+(?:-[{_UP}]?[{_LO}’']+)*")
_INITIAL = re.compile(rf"[{_UP}]\.")
#: A form of address just before a position: "Mister ", "Mr. ", "His Excellency ".
_ADDRESS_BEFORE = re.compile(rf"(?:(?<![\w-]){HONORIFICS}|Excellency)[ \t]+$")


def is_caps_word(tok: str) -> bool:
    """An all-capitals word that may be a surname (not a post-nominal like "MP")."""
    return (
        bool(CAPS_WORD.fullmatch(tok)) and tok not in POST_NOMINALS and tok not in NON_ORG_ACRONYMS
    )


def addressed(text: str, pos: int) -> bool:
    """A form of address ("Mister", "Mr.", "His Excellency") ends right before `pos`."""
    return bool(_ADDRESS_BEFORE.search(text[max(0, pos - 30) : pos]))


def caps_allowed(words: list[str], honorific: bool) -> bool:
    """Whether the capitalised words of a name may include all-capitals surnames: always after a
    form of address; otherwise only as a family name after a Title-case given name ("Bemanya
    TWEBAZE"), so that "CNIPA Shen Changyu" is not one name."""
    caps = [is_caps_word(w) for w in words]
    if not any(caps):
        return True
    if not any(_TITLE_WORD.fullmatch(w) for w in words):
        return False  # "WIPO OAPI": acronyms only
    return honorific or (caps[-1] and not caps[0])


def caps_surname_at(text: str, start: int) -> bool:
    """The all-capitals word at `start` is a surname: a form of address precedes it, directly
    or across at most three words of the same name ("Mister Denis L. BOHOUSSOU")."""
    pos = start
    for _ in range(4):
        if addressed(text, pos):
            return True
        m = re.search(r"(\S+)[ \t]+$", text[max(0, pos - 40) : pos])
        if m is None:
            return False
        tok = m.group(1)
        if not (_TITLE_WORD.fullmatch(tok) or _INITIAL.fullmatch(tok) or is_caps_word(tok)):
            return False
        pos = max(0, pos - 40) + m.start(1)
    return False
