"""A Chinese name as Singapore, Malaysia or Hong Kong write it in Latin letters.

Tan Wei Ming is 陈伟明: the family name is spelt as Hokkien says it (Tan, not Chen) and the
given name in pinyin. No reading of the characters gives "tanweiming", so the resolver adds,
to the pinyin readings it compares, the family name in each spelling that
reference_data/surname_romanisations.json lists (sourced), before and after the given name.
Like any reading, it links two people only when both hold a role at the same body.
"""

from __future__ import annotations

import json
from functools import cache, lru_cache
from itertools import islice, product

from importers.resolve.reference import DATA_DIR
from store.text import fold

_FILE = DATA_DIR / "surname_romanisations.json"


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


def is_romanised_surname(word: str) -> bool:
    """Whether a Latin word is a listed spelling of a Chinese family name (Tan, Lim, Ng)."""
    return fold(word) in _all_spellings()


@cache
def _all_spellings() -> frozenset[str]:
    return frozenset(s for forms in spellings().values() for s in forms)
