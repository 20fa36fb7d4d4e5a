"""GBK punctuation and pinyin letters that a site decoded byte by byte as Latin-1.

A page encoded in GBK but served as Latin-1 writes each of its two-byte characters as two
Latin-1 signs: ’ becomes "¡¯", “ and ” "¡°" and "¡±", the á of a Spanish name typed with
a Chinese input method "¨¢". A reader sees one character there, and the extractors should
too: "People¡¯s Republic" is one name, "Ren¨¦e" one word. The stored text keeps what the
site wrote (a name compared as written must still match), so the readers' view is built
here with, per character, its offset in the original text.

Only GBK's punctuation row (lead byte 0xA1) and its row of pinyin letters (0xA8) are read
back, and only when the pair decodes to punctuation or a Latin letter: two Latin-1 signs
such as "üß" in a German word are no GBK character, and are left alone.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

#: A lead byte of GBK's punctuation or pinyin row, then a GBK trail byte, as Latin-1 signs.
_PAIR = re.compile("[\xa1\xa8][\xa1-\xfe]")


@dataclass(frozen=True)
class Unmangled:
    """The text as a reader sees it, and for each of its characters the offset in the
    original text where it starts."""

    text: str
    origin: list[int]
    length: int  # of the original text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Offsets in the original text of view[start:end] (a pair is covered whole)."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.length
            return at, at
        past = self.origin[end] if end < len(self.origin) else self.length
        return self.origin[start], past


def _decoded(pair: str) -> str | None:
    """The GBK character `pair` spells, when it is punctuation or a Latin letter."""
    try:
        ch = bytes(ord(c) for c in pair).decode("gbk")
    except UnicodeDecodeError:
        return None
    if len(ch) != 1:
        return None
    category = unicodedata.category(ch)
    if pair[0] == "\xa1" and category[0] in "PS":
        return ch
    if pair[0] == "\xa8" and category[0] == "L" and "LATIN" in unicodedata.name(ch, ""):
        return ch
    return None


def mangled_pairs(text: str) -> list[tuple[int, str]]:
    """Where `text` has a GBK character written as two Latin-1 signs, and that character."""
    if "\xa1" not in text and "\xa8" not in text:
        return []
    out = []
    for m in _PAIR.finditer(text):
        ch = _decoded(m.group())
        if ch is not None:
            out.append((m.start(), ch))
    return out


def unmangled(text: str) -> Unmangled:
    """`text` with each GBK character written as two Latin-1 signs read as the one it is."""
    chars: list[str] = []
    origin: list[int] = []
    at = 0
    for start, ch in mangled_pairs(text):
        chars.extend(text[at:start])
        origin.extend(range(at, start))
        chars.append(ch)
        origin.append(start)
        at = start + 2
    chars.extend(text[at:])
    origin.extend(range(at, len(text)))
    return Unmangled("".join(chars), origin, len(text))
