"""Text folding shared by search, resolution and export.

One definition of "the same name" everywhere: NFKC (full-width forms, NBSP), case folding,
accents removed (António = Antonio), a leading "the" dropped, and every run of white space
and punctuation removed, so that PDF line wraps inside a Chinese name (新加坡国家研究基\n\n金会)
do not make a new name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from store.text import lexicon
from store.text.script import HAN

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_SPACE_IN_HAN = re.compile(rf"(?<=[{HAN}]) (?=[{HAN}])")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def without_lost_letters(text: str) -> str | None:
    """The Latin name as a conversion that cannot write its accented letters leaves it: the
    letters dropped, not stripped of their accent (Benoît -> Benot, José -> Jos); None when
    the name has no such letter."""
    kept = "".join(c for c in text if c.isascii() or not c.isalpha())
    return kept if kept != text and any(c.isalpha() for c in kept) else None


@lru_cache(maxsize=1 << 16)
def fold(text: str | None) -> str:
    """The key two names share when a reader would call them the same name (cached: the
    resolver and the role finders fold the same few hundred names tens of thousands of times
    per document)."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKC", text).strip()
    text = _THE.sub("", text)
    text = strip_accents(text).casefold()
    return _PUNCT.sub("", text)


def clean_spaces(text: str) -> str:
    """Display form: NFKC, single spaces, and no spaces between two Chinese characters."""
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _SPACE_IN_HAN.sub("", text)


@cache
def spelling_pairs() -> tuple[tuple[str, str], ...]:
    """The words American and British English spell apart, each pair as resolve.txt writes it
    ([spellings_en]: "Organization", "Organisation"): a body's name in either spelling is the
    same name. Read once for the resolver's variants and the English extractor's offices."""
    return tuple(
        (a, b) for a, b in (line.split() for line in lexicon.words("resolve.txt", "spellings_en"))
    )


def in_order(short: str, long: str) -> bool:
    """Whether every character of `short` stands in `long`, in order: a contraction of a
    name (澳科大, 澳门科技大学) or an acronym of its initials."""
    rest = iter(long)
    return all(c in rest for c in short)
