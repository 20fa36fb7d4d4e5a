"""Text folding shared by search, resolution and export.

One definition of "the same name" everywhere: NFKC (full-width forms, NBSP), case folding,
accents removed (António = Antonio), a leading "the" dropped, and every run of white space
and punctuation removed, so that PDF line wraps inside a Chinese name (新加坡国家研究基\n\n金会)
do not make a new name.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_THE = re.compile(r"^the\s+", re.IGNORECASE)
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def fold(text: str | None) -> str:
    """The key two names share when a reader would call them the same name."""
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
    return re.sub(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])", "", text)


def has_han(text: str) -> bool:
    return bool(_HAN.search(text))


def script_of(text: str) -> str:
    """ISO 15924-ish script code of a name: Hani, Latn or Mixed."""
    han = has_han(text)
    latin = bool(re.search(r"[A-Za-z]", strip_accents(text)))
    if han and latin:
        return "Mixed"
    return "Hani" if han else "Latn"


def to_simplified(text: str) -> str:
    """Traditional characters as Simplified, one for one (國家知識產權局 -> 国家知识产权局), so
    a name written in either script is found by the other. Text without Han is returned
    as is, without loading the conversion table."""
    if not has_han(text):
        return text
    from hanziconv import HanziConv

    out = HanziConv.toSimplified(text)
    return out if len(out) == len(text) else text


def lang_of(text: str) -> str:
    return "zh" if has_han(text) else "en"
