"""Bytes to text: byte-order marks (UTF-8, UTF-16, UTF-32), UTF-8, the charset an HTML page
declares, and otherwise charset-normalizer's guess, with GB18030 and Big5 preferred when the
bytes read as common Chinese (ipx reads English and Chinese). Binary data is refused.

charset-normalizer is imported inside the function that needs it, so that importing the
readers stays cheap.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata

from importers.read.quiet import quiet
from importers.read.result import BINARY, ReadError
from store.text.script import is_han

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "cp950",
    "utf8": "utf-8",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)
_CHINESE_ENCODINGS = frozenset(
    {"gb18030", "gbk", "gb2312", "big5", "cp950", "big5hkscs", "hz", "iso2022_cn"}
)


def decode(data: bytes, name: str, *, html: bool = False) -> str:
    """Bytes -> str with CRLF/CR turned to LF. Raises ReadError for binary data."""
    text = _by_bom(data, name)
    if text is None:
        if b"\x00" in data:
            raise ReadError(name, BINARY)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None and html:
        text = _by_declared_charset(data)
    if text is None:
        text = _guess_decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise ReadError(name, BINARY)
    return text


def _by_bom(data: bytes, name: str) -> str | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError:
                raise ReadError(
                    name, f"not a text document (invalid {enc} after its BOM)"
                ) from None
    return None


def _by_declared_charset(data: bytes) -> str | None:
    """The charset of an HTML page's <meta>, when the bytes decode in it."""
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    enc = m.group(1).decode("ascii").lower()
    enc = _CHARSET_ALIASES.get(enc, enc)
    with contextlib.suppress(LookupError, UnicodeDecodeError):
        return data.decode(enc)
    return None


def _guess_decode(data: bytes, name: str) -> str:
    """Decode non-UTF-8 bytes with charset-normalizer's guess. On short inputs it sometimes
    takes GBK or Big5 Chinese for Korean or a single-byte code page; this project reads
    English and Chinese, so a decoding as GB18030 or Big5 that gives only common Chinese
    characters wins over a guess of another legacy encoding."""
    from charset_normalizer import from_bytes

    with quiet("charset_normalizer"):
        best = from_bytes(data).best()
    guess = _CHARSET_ALIASES.get(best.encoding.lower(), best.encoding) if best else None
    if guess is None or guess.lower().replace("-", "_") not in _CHINESE_ENCODINGS:
        chinese = _plausible_chinese(data)
        if chinese is not None:
            return chinese
    if best is None or guess is None:
        raise ReadError(name, BINARY)
    try:
        text = data.decode(guess)
    except (UnicodeDecodeError, LookupError):
        text = str(best)
    if not _plausible(text):
        raise ReadError(name, BINARY)
    return text


def _plausible(text: str) -> bool:
    """Whether a guessed decoding reads like a document. charset-normalizer finds some
    decoding for almost any bytes, so random data saved as .txt would otherwise import as
    a page of rare symbols: a document's characters are mostly letters of one alphabet,
    common Chinese characters and ordinary punctuation, and its words are spaced (or it is
    Chinese, which is not)."""
    body = [c for c in text if not c.isspace()]
    if not body:
        return True
    rare = sum(1 for c in body if not _ordinary(c))
    if rare > (len(body) // 10 if len(body) >= 40 else 0):
        return False
    spaced = sum(1 for c in text if c.isspace() or is_han(c))
    return len(body) < 20 or spaced >= len(text) // 20


def _ordinary(c: str) -> bool:
    if c.isascii():
        return c.isprintable()
    if is_han(c):
        return _in_gb2312(c) or _in_big5_level1(c)
    return (
        "\u00c0" <= c <= "\u024f"  # Latin letters with accents
        or "\u0391" <= c <= "\u03c9"  # Greek letters
        or "\u2000" <= c <= "\u206f"  # general punctuation
        or "\u3000" <= c <= "\u303f"  # CJK punctuation
        or "\uff01" <= c <= "\uff5e"  # full-width forms
        or c in "\u00a0\u00b7\u00a9\u00ae\u00b0"
    )


def _plausible_chinese(data: bytes) -> str | None:
    for enc, common in (("gb18030", _in_gb2312), ("cp950", _in_big5_level1)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 0x7F]
        if wide and sum(1 for c in wide if common(c)) >= 0.95 * len(wide):
            return text
    return None


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _in_big5_level1(c: str) -> bool:
    """Big5 symbols and level-1 (frequent) characters."""
    try:
        b = c.encode("big5")
    except UnicodeEncodeError:
        return False
    code = int.from_bytes(b, "big")
    return len(b) == 2 and (0xA140 <= code <= 0xA3BF or 0xA440 <= code <= 0xC67E)


#: Every character `_looks_binary` may count (controls but tab, newline, form feed and
#: vertical tab; surrogates; private use; the replacement character), found by one regex so
#: that only these few are looked up in the Unicode tables, not each of 20,000 characters.
_MAYBE_BAD = re.compile(
    "[\x00-\x08\x0d-\x1f\x7f-\x9f\ud800-\udfff\ue000-\uf8ff\ufffd\U000f0000-\U0010ffff]"
)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(
        1
        for c in _MAYBE_BAD.findall(sample)
        if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in "\t\n\f\v")
    )
    return bad > max(2, len(sample) // 50)
