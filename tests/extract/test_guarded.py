"""importers/guarded.py: a pattern behind a look-ahead for its first characters finds the
same matches, and is left as written where those characters cannot be bounded."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from importers.en.titles import TITLE
from importers.en.words import SIGN_VERBS, TITLE_CORE
from importers.gazetteer import alternation
from importers.guarded import first_characters, guarded
from store.text import lexicon

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_the_first_characters_of_words_classes_and_optional_parts() -> None:
    assert first_characters(r"\b(?:signed|concluded)\b", re.I) == {"s", "c"}
    assert first_characters(r"(?:[Tt]he )?(?:Office|Bureau) of") == set("TtOB")
    assert first_characters(r"(?<![\w-])(?:ab|c)?d") == set("acd")


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"a|b*", 0),  # may match nothing
        (r"\w+ office", 0),  # may start with any letter
        (r"[^x]y", 0),
        (r"(?i:the) office", 0),  # a part ignoring case in a pattern that compares it
        (r"the # a comment", re.VERBOSE),
    ],
)
def test_unbounded_patterns_are_compiled_as_written(pattern: str, flags: int) -> None:
    assert first_characters(pattern, flags) is None
    assert guarded(pattern, flags).pattern == pattern


def test_a_leading_global_flag_stays_first() -> None:
    rx = guarded(r"(?i)\bof\s+the\b|for")
    assert rx.pattern.startswith("(?i)(?=")
    assert [m.group() for m in rx.finditer("OF THE x For")] == ["OF THE", "For"]


def test_random_texts_find_the_same_matches() -> None:
    rng = random.Random(7)
    patterns = [
        (r"\b(?:signed|sign|of)\b(?!\s+force\b)", re.I),
        (r"(?:ab|c)?d|e", re.I),
        (r"(?<![\w-])(?:then[- ]|former\s+)?(?:Sign|of)(?![\w-])", re.I),
        (r"(?:[Tt]he )?(?:Office|of) f", 0),
    ]
    letters = "abcdefgnoirsSOFTKkſ -\n,"
    for pattern, flags in patterns:
        plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
        for _ in range(3000):
            text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 30)))
            assert [m.span() for m in fast.finditer(text)] == [
                m.span() for m in plain.finditer(text)
            ], (pattern, text)


_NOT_SIGNED = rf"\b({alternation(lexicon.words('en_agreements.txt', 'not_signed_phrases'))})\b"
_POST_OF = rf"(?i)\b(?:{TITLE_CORE})\s+(?:of|for)\s+(?:the\s+)?$"  # not_bodies.py


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [(TITLE.pattern, TITLE.flags), (SIGN_VERBS.pattern, SIGN_VERBS.flags), (_NOT_SIGNED, re.I)],
)
def test_the_seeds_give_the_same_matches(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), guarded(pattern, flags)
    assert fast.pattern != plain.pattern
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        got = [(m.span(), m.groups()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in plain.finditer(text)], path.name


def test_a_window_before_each_capital_gives_the_same_match() -> None:
    plain, fast = re.compile(_POST_OF), guarded(_POST_OF)
    assert fast.pattern != plain.pattern
    found = 0
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for m in re.finditer(r"[A-Z]", text):
            at = m.start()
            a = plain.search(text, max(0, at - 80), at)
            b = fast.search(text, max(0, at - 80), at)
            assert (a and a.span()) == (b and b.span()), (path.name, at)
            found += a is not None
    assert found
