"""Traditional and Simplified Chinese: the one converter every module uses (OpenCC).

Conversion keeps offsets: a mention found in the Simplified view of a Traditional document
must point at the same characters of the text as written, so a result of another length is
never used. Where OpenCC's phrase tables give a different length, each character is
converted alone; a character that has no one-character counterpart stays as written, and so
do the characters listed under `keep_traditional` in the word lists (characters that are
Simplified forms in their own right).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from store.text import lexicon
from store.text.script import has_han


@cache
def _converter(config: str) -> Any:
    import opencc  # imported lazily: only Chinese text needs it

    return opencc.OpenCC(config)


@cache
def _keep() -> frozenset[str]:
    return frozenset("".join(lexicon.words("zh.txt", "keep_traditional")))


def _one_for_one(text: str, config: str) -> str:
    conv = _converter(config).convert
    out: str = conv(text)
    if len(out) != len(text):
        out = "".join(b if len(b) == 1 else a for a, b in zip(text, map(conv, text), strict=True))
    return out


def to_simplified(text: str) -> str:
    """Traditional characters as Simplified, one for one (國家知識產權局 -> 国家知识产权局).
    Text without Han characters is returned as is, without loading the converter."""
    if not has_han(text):
        return text
    out = _one_for_one(text, "t2s")
    keep = _keep()
    if not keep.isdisjoint(text):
        out = "".join(a if a in keep else b for a, b in zip(text, out, strict=True))
    return out


def to_traditional(text: str) -> str:
    """Simplified characters as Traditional, one for one: the other script of a name, stored
    as its alias so that a reader of either finds it."""
    if not has_han(text):
        return text
    return _one_for_one(text, "s2t")
