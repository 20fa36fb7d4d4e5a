"""How an entry of a word list becomes a regular expression.

The English word lists (store/text/words/) write phrases and forms of address as people read
them: "H.E." for a form with full stops, "sign*" for a word that goes on, "..." for one word
left out. Every pattern built from a list (in words.py and in the rules that read a list of
their own) is made here, so that one notation means one thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from store.text import lexicon

#: A gap inside a form of address: spaces or tabs, never a line break.
SPACE_GAP = r"[ \t]+"


def key_values(name: str, section: str) -> dict[str, str]:
    """A "key value" section: the first word of each line to the rest of it, in order."""
    return {k: v for k, v in (line.split(" ", 1) for line in lexicon.words(name, section))}


def address_form(entry: str, *, dot_gap: str, gap: str = SPACE_GAP) -> str:
    """The pattern of one form of address: a full stop inside ("H.E") may be followed by
    `dot_gap`, a final one ("H.E.") is required, a space is `gap`."""
    final = r"\." if entry.endswith(".") else ""
    words = (
        (r"\." + dot_gap).join(re.escape(part) for part in word.split("."))
        for word in entry.rstrip(".").split()
    )
    return gap.join(words) + final


def honorific_alternation(forms: Iterable[str], space: str = r"\s?") -> str:
    """The regex body `(?:A|B|...)` of forms of address from en_people.txt, in the order given;
    `space` is what may follow a full stop inside a form ("H. E")."""
    return "(?:" + "|".join(address_form(f, dot_gap=space) for f in forms) + ")"


def phrase(entry: str, gap: str = " ") -> str:
    """The pattern of one phrase: words separated by `gap`; a word ending in "*" goes on with
    any letters, "..." stands for at most one word."""
    pieces: list[str] = []
    skip = ""
    for word in entry.split():
        if word == "...":
            skip = r"(?:\w+" + gap + ")?"
            continue
        stem = re.escape(word.removesuffix("*"))
        pieces.append(skip + (stem + r"\w*" if word.endswith("*") else stem))
        skip = ""
    return gap.join(pieces)


def alternation(phrases: Iterable[str], gap: str = " ") -> str:
    """The regex body `A|B|...` of phrases, their words separated by one space by default."""
    return "|".join(phrase(p, gap) for p in phrases)


def phrase_alternation(phrases: Iterable[str], gap: str = r"\s+") -> str:
    """The regex body `A|B|...` of phrases from a word list, their words separated by `gap`."""
    return alternation(phrases, gap)


#: The form of a state in its long name, before the short name: "Kingdom of ", "Federal
#: Democratic Republic of the " (resolve.txt, which the resolver reads too).
STATE_FORM = (
    rf"(?:(?:{phrase_alternation(lexicon.words('resolve.txt', 'state_qualifiers'))})\s+)*"
    rf"(?:{phrase_alternation(lexicon.words('resolve.txt', 'state_forms_en'))})\s+of\s+(?:the\s+)?"
)
