"""Where a person's name in Chinese text ends: the words that follow names, and the last
part of a transliterated name.

A name runs up to the words that follow it (在, 表示, 先生); a transliterated name's last part
ends where those begin (约翰·史密斯以视频方式), unless the word is one character right before
an honorific or 一行 (艾都·艾都先生: 都 is a sound of the name there). Kept apart from names.py,
which finds where names begin and what kind they are.
"""

from __future__ import annotations

from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from store.text.script import NAME_DOTS

# The middle dots that join the parts of a transliterated name (马丁·格伯), in every form
# (the half-width ･ and the full-width ． are folded by the text view to ・ and .).
DOTS = NAME_DOTS
# What a conversion leaves where a middle dot was (马丁.格伯, 马丁?格伯): a separator only
# between two parts of at least two characters, so that a question (是吗?我们) is none.
LOST = ".?"
SEPARATORS = DOTS + LOST
# A last part at least this long is read as a transliteration through and through.
LONG_TAIL = 5


@cache
def followers() -> tuple[str, ...]:
    """Words that follow a person's name (honorifics among them), longest first."""
    return tuple(longest_first(zh_lex.words("name_followers") + honorifics()))


def honorifics() -> tuple[str, ...]:
    """先生, 女士 …: after a family name they refer back to a person (邓先生)."""
    return zh_lex.words("honorifics")


@cache
def transliteration_chars() -> frozenset[str]:
    return frozenset(zh_lex.chars("transliteration_chars"))


@cache
def foreign_ends() -> tuple[str, ...]:
    """What ends a transliterated name: the words that follow names, and the words that
    follow a name without being part of a transliteration (以视频方式, 均, 则)."""
    return tuple(longest_first(zh_lex.words("foreign_name_ends") + followers()))


def trim_followers(name: str) -> str:
    """伯诺瓦·巴蒂斯特利在北京 -> 伯诺瓦·巴蒂斯特利; 约翰·史密斯以视频方式 -> 约翰·史密斯. A
    last part of five characters or more is a transliteration: it ends before the first
    character transliterations do not use (坎皮诺斯访华 -> 坎皮诺斯)."""
    last = max(name.rfind(c) for c in SEPARATORS)
    tail = name[last + 1 :]
    for k in range(1, len(tail)):
        if tail.startswith(foreign_ends(), k) and not _sound_before_address(tail, k):
            tail = tail[:k]
            break
    if len(tail) >= LONG_TAIL:
        k = next((k for k in range(2, len(tail)) if tail[k] not in transliteration_chars()), 0)
        tail = tail[:k] if k else tail
    return name[: last + 1] + tail


def _sound_before_address(tail: str, k: int) -> bool:
    """艾都·艾都先生, 某·某都一行: a one-character word that follows names (都, 也, 在) right
    before an honorific or the word for a visitor's party is the name's last sound, since
    those words attach to the name itself and nothing stands between them; where the adverb
    is one (某·某都表示) a verb follows it."""
    return tail[k] in followers() and tail.startswith(_addressed_after(), k + 1)


@cache
def _addressed_after() -> tuple[str, ...]:
    """The words that stand right after a name and nowhere else: honorifics (先生) and the
    word for a visitor's party (一行)."""
    return tuple(longest_first(honorifics() + zh_lex.words("retinue_words")))


def runs_on(tail: str) -> bool:
    """萨勒曼会见了: whether a dotted name's last part runs over a word that follows names.
    One character of those words that ends the part is a sound of it (艾都 of 艾都·艾都先生,
    kept whole by `trim_followers`), not a word it ran over."""
    return any(
        tail.startswith(foreign_ends(), k) and not (k == len(tail) - 1 and tail[k] in followers())
        for k in range(1, len(tail))
    )
