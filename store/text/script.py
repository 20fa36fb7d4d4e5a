"""Which script a text is written in: the one definition of a Han character.

Every module that asks "is this Chinese?" asks here, so that the ranges (the unified
ideographs, Extension A, the compatibility block) are stated once. `HAN` is a character
class body for building patterns: `rf"[{HAN}]{{2,4}}"`.
"""

from __future__ import annotations

import re
import unicodedata

#: Han character ranges as the body of a regex character class.
HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: The same with the supplementary planes (Extensions B-G), for text that may hold rare names.
HAN_WIDE = HAN + "\U00020000-\U0002a6df\U0002a700-\U0002ebef\U00030000-\U0003134f"

#: The middle dots that part a transliterated name (马丁·格伯), in every code point writers and
#: conversions use: interpunct, bullet, hyphenation point, katakana middle dot (full and half
#: width), bullet operator and dot operator. Full stops, which may also stand for a lost dot,
#: are added where a module accepts them.
NAME_DOTS = "·•‧・･∙⋅"
#: The same with the full stops (full and half width) that may stand for a lost dot.
NAME_MARKS = NAME_DOTS + "．."

#: A Han character no word list holds (the first of Extension A): what a Chinese text view reads
#: a character a converter lost ("?", "_") as, so that a name runs on over it.
LOST_HAN = "\u3400"

HAN_RE = re.compile(f"[{HAN}]")
_LATIN = re.compile(r"[A-Za-z]")


def is_han(ch: str) -> bool:
    """One character: is it a Han ideograph?"""
    return bool(HAN_RE.fullmatch(ch))


def has_han(text: str) -> bool:
    return bool(HAN_RE.search(text))


def han_count(text: str) -> int:
    return len(HAN_RE.findall(text))


def _unaccented(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def script_of(text: str) -> str:
    """ISO 15924-ish script code of a name: Hani, Latn or Mixed."""
    han = has_han(text)
    latin = bool(_LATIN.search(_unaccented(text)))
    if han and latin:
        return "Mixed"
    return "Hani" if han else "Latn"


def family_part(name: str, separators: str = NAME_DOTS) -> str:
    """The last part of a transliterated name (格伯 of 马丁·格伯), the family name a later
    mention may use alone; the whole name if no mark parts it. `separators` are the marks
    the caller reads as a name's dot (some add a full stop, or the "?" a conversion leaves)."""
    return re.split(f"[{re.escape(separators)}]", name)[-1]


def lang_of(text: str) -> str:
    """The language a name is stated in, as far as its script tells: zh or en."""
    return "zh" if has_han(text) else "en"


def doubled_ends(name: str) -> list[str]:
    """The words of two characters or more that end `name` written twice back to back, with
    more of the name before them, longest first (某部专利局专利局: 专利局): a writer's slip, or
    a name read on into its own repeat. Callers say which words count (a body's head)."""
    return [
        name[-w:]
        for w in range(len(name) // 2, 1, -1)
        if len(name) > 2 * w and name[-2 * w : -w] == name[-w:]
    ]
