"""Every pinyin reading of one Chinese character, asked of pypinyin in one place.

The search index reads names by them and the text view checks a spelled reading against
them (store.text.spelled_readings). pypinyin is imported only on the first character asked
about: a text or a query with no Chinese never loads it.
"""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=20000)
def char_readings(ch: str) -> tuple[str, ...]:
    """Every reading of one character, pypinyin's order, tone-less, ü as v."""
    from pypinyin import Style, pinyin

    got = pinyin(ch, style=Style.NORMAL, heteronym=True, errors="ignore")
    seen: list[str] = []
    for r in got[0] if got else []:
        r = r.replace("ü", "v").lower()
        if r.isascii() and r.isalpha() and r not in seen:
            seen.append(r)
    return tuple(seen)
