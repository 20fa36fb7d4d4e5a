"""A Chinese name as Singapore, Malaysia or Hong Kong write it in Latin letters.

Tan Wei Ming is 陈伟明: the family name is spelt as Hokkien says it (Tan, not Chen) and the
given name in pinyin. No reading of the characters gives "tanweiming", so the resolver adds,
to the pinyin readings it compares, the family name in each spelling that
reference_data/surname_romanisations.json lists (sourced), before and after the given name.
Like any reading, it links two people only when both hold a role at the same body.

A Vietnamese name is the Sino-Vietnamese reading of its Chinese characters (Nguyễn = 阮,
Đinh Hữu Phí = 丁友非): `vietnamese_readings` reads a Chinese name so, character by
character, from the Unicode Han Database's kVietnamese field
(reference_data/vietnamese_readings.tsv).

Hong Kong and Macao officials often write an English given name before the family name
(Vincent Chan for 陳建輝, Ivy Leung Chi-keung for 梁志強): `english_given_form` accepts such a
name when its family name is a listed spelling of the Chinese one's and any words after it
romanise the rest; the given name itself tells nothing, so the resolver asks more of it (one
role at one body, and no second such person there).
"""

from __future__ import annotations

import json
import re
from functools import cache, lru_cache
from itertools import islice, product
from pathlib import Path

from importers.resolve.reference import DATA_DIR
from importers.zh.sounds import romanised_like
from store.text import fold, is_han, to_simplified

_FILE = DATA_DIR / "surname_romanisations.json"
_VIETNAMESE = Path(__file__).parent / "reference_data" / "vietnamese_readings.tsv"


@cache
def spellings() -> dict[str, tuple[str, ...]]:
    """{family name: its Latin spellings, folded}."""
    data = json.loads(_FILE.read_text(encoding="utf-8"))
    return {han: tuple(fold(s) for s in forms) for han, forms in data["surnames"].items()}


@lru_cache(maxsize=1 << 14)
def romanised_readings(han: str, limit: int = 8) -> tuple[str, ...]:
    """Folded keys of a two- or three-character Chinese name with its family name in each
    listed spelling: 陈伟明 gives tanweiming and weimingtan (and chanweiming, ...)."""
    if not 2 <= len(han) <= 3 or han[0] not in spellings():
        return ()
    from pypinyin import Style, pinyin

    given = pinyin(list(han[1:]), style=Style.NORMAL, heteronym=True, errors="ignore")
    if len(given) != len(han) - 1:
        return ()
    out: list[str] = []
    for combo in islice(product(*given), limit):
        g = "".join(s.replace("ü", "v") for s in combo)
        for family in spellings()[han[0]]:
            out += [family + g, g + family]
    return tuple(out)


@cache
def _vietnamese() -> dict[str, tuple[str, ...]]:
    """{character: its Sino-Vietnamese readings, folded} from the Unihan kVietnamese table
    beside this module (丁: dinh, 阮: nguyen)."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _VIETNAMESE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            char, _, readings = line.partition("\t")
            out[char] = tuple(fold(r) for r in readings.split())
    return out


@lru_cache(maxsize=1 << 14)
def vietnamese_readings(han: str, limit: int = 8) -> tuple[str, ...]:
    """Folded keys of a Chinese name of two to four characters read as Viet Nam reads them,
    family name first as Vietnamese names are written: 丁友非 gives dinhhuuphi (Đinh Hữu
    Phí). Empty when a character has no listed reading: a name is read whole or not at all."""
    if not 2 <= len(han) <= 4:
        return ()
    per_char = [_vietnamese().get(c, ()) for c in han]
    if not all(per_char):
        return ()
    keys = ("".join(combo) for combo in islice(product(*per_char), limit))
    # Đ is written D where a text has no Vietnamese letters (Dinh Huu Phi)
    return tuple(dict.fromkeys(k for key in keys for k in (key, key.replace("đ", "d"))))


def is_romanised_surname(word: str) -> bool:
    """Whether a Latin word is a listed spelling of a Chinese family name (Tan, Lim, Ng)."""
    return fold(word) in _all_spellings()


@cache
def _all_spellings() -> frozenset[str]:
    return frozenset(s for forms in spellings().values() for s in forms)


def english_given_form(han: str, latin: str) -> bool:
    """Whether a Latin name is a Chinese one written with an English given name first: its
    second word a listed spelling of the Chinese family name (Chan for 陳, Fong for 方),
    the first not shaped like one romanised syllable (Vincent, Ivy; not Wai or Kin,
    which would have to romanise the given name), and any words after the family name
    romanising the whole Chinese name with it (Ivy Leung Chi-keung = 梁志強)."""
    chars = to_simplified(han)
    words = [w for w in re.split(r"[\s\-]+", latin) if w]
    if not 2 <= len(chars) <= 3 or not all(is_han(c) for c in chars) or len(words) < 2:
        return False
    given, family, rest = words[0], words[1], words[2:]
    if fold(family) not in spellings().get(chars[0], ()) or _one_syllable(given):
        return False
    return not rest or romanised_like(chars, " ".join([family, *rest]))


def _one_syllable(word: str) -> bool:
    """A word of one run of vowels (Wai, Keung, Hwee), as a romanised Chinese syllable is:
    such a word could be a given name of the Chinese name, not an English one beside it."""
    return len(re.findall(r"[aeiouy]+", fold(word))) <= 1
