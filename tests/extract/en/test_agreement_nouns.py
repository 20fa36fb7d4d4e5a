"""NOUN_RE's guard (importers/en/agreements/kinds.py) lists every letter an agreement noun
may start with, or the words before a noun that may start with any: a noun added with
another first letter would never be found, so each pattern's possible first characters are
read from its parsed form (importers/guarded.first_characters) and checked here."""

from __future__ import annotations

import importlib
import re
from typing import Any

from importers.en.agreements.kinds import _NOUNS, NOUN_AFTER_WORDS, NOUN_FIRST_LETTERS, NOUN_RE
from importers.guarded import first_characters

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")


def _after_word(items: Any) -> str | None:
    """The literal text of the look-behind a parsed pattern opens with, if it does."""
    while len(items) and items[0][0] is _c.SUBPATTERN:
        items = items[0][1][-1]
    if not len(items) or items[0][0] is not _c.ASSERT or items[0][1][0] != -1:
        return None
    behind = items[0][1][1]
    if not all(op is _c.LITERAL for op, _ in behind):
        return None
    return "".join(chr(av) for _, av in behind)


def test_every_noun_starts_with_a_letter_of_the_guard() -> None:
    for pattern, kind in _NOUNS:
        parsed = _parser.parse(pattern, re.IGNORECASE)
        chars = first_characters(pattern, re.IGNORECASE)
        assert chars is not None, f"{kind}: {pattern} may start with anything, or match nothing"
        missing = {c for c in chars if c.lower() not in NOUN_FIRST_LETTERS}
        if missing:
            assert _after_word(parsed) in NOUN_AFTER_WORDS, (
                f"{kind}: {pattern} may start with {sorted(missing)}"
            )


def test_the_guard_finds_what_the_nouns_alone_find() -> None:
    text = (
        "The two offices signed a Memorandum of Understanding, an MoU agreement and the "
        "2030 Vision for Regional Seed Cooperation; the PPH with KIPO was extended, and an "
        "annex on staff exchanges, a work plan and the Tokyo IP Statement were adopted, "
        "with a Strategic Enhanced Partnership."
    )
    plain = re.compile(
        r"\b(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_NOUNS)) + r")\b",
        re.IGNORECASE,
    )
    got = [(m.span(), m.lastgroup) for m in NOUN_RE.finditer(text)]
    assert got == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    assert len(got) >= 8
