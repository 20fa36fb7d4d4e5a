"""A transliterated name glossed by its Latin form: [职务][尊称][音译名]（Latin Name）.

Malay, Arabic and other names are often transliterated with no middle dot and glossed with
their Latin form in brackets (执行长拿督莫哈末慕斯达法（Datuk Mohd Mustafa Abdul Aziz）).
The bracket marks where the name ends, so the whole run before it is the name when most of
its characters are those transliterations use, not a Chinese-looking family name and one or
two characters of it; an honour before the run (拿督, 丹斯里) is a form of address, not a part
of the name.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from store.text import is_han

#: A Latin name in brackets after a Chinese one: two to five capitalised words.
LATIN_ALIAS = re.compile(
    r"\(\s*([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ.'\-]+(?:\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ.'\-]+){1,4})\s*\)"
)


def glossed_name(text: str, at: int) -> tuple[int, str] | None:
    """(start, name) of a transliterated name that begins at `at`, or after an honour there,
    and runs up to a bracketed Latin name; None when no such gloss closes the run."""
    honour = next((w for w in _honours() if text.startswith(w, at)), "")
    start = end = at + len(honour)
    while end < len(text) and end - start < 10 and is_han(text[end]):
        end += 1
    run = text[start:end]
    if len(run) < 2 or LATIN_ALIAS.match(text, end) is None or not _sounds(run):
        return None
    return start, run


def _sounds(run: str) -> bool:
    """Whether most characters of `run` are ones transliterations are written with: a
    sounded-out name (莫哈末慕斯达法), not words (访问某局) before a bracketed English name."""
    allowed = zh_lex.wordset("transliteration_chars")
    return 2 * sum(c in allowed for c in run) > len(run)


@cache
def _honours() -> list[str]:
    return longest_first(zh_lex.people_lexicon("glossed_honours"))
