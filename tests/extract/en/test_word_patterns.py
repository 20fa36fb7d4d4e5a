"""How a word list's entry becomes a pattern (importers/en/word_patterns.py): one notation,
read the same by words.py and by every rule that builds a pattern from a list of its own."""

from __future__ import annotations

import re

import pytest

from importers.en import word_patterns


@pytest.mark.parametrize(
    ("entry", "text", "matches"),
    [
        ("draw* up", "drawing up", True),
        ("draw* up", "drawn up", True),
        ("draw* up", "draw down", False),
        ("put ... on hold", "put the talks on hold", False),  # "..." is one word at most
        ("put ... on hold", "put talks on hold", True),
        ("put ... on hold", "put on hold", True),
    ],
)
def test_a_star_goes_on_and_dots_stand_for_one_word(entry: str, text: str, matches: bool) -> None:
    assert bool(re.fullmatch(word_patterns.phrase_alternation([entry]), text)) is matches


def test_phrases_keep_their_gap() -> None:
    spaced = word_patterns.alternation(["joint venture"])
    assert re.fullmatch(spaced, "joint venture")
    assert not re.fullmatch(spaced, "joint\nventure")
    assert re.fullmatch(word_patterns.phrase_alternation(["joint venture"]), "joint\nventure")


@pytest.mark.parametrize(("text", "matches"), [("Q.C.", True), ("Q. C.", True), ("QC", False)])
def test_a_dotted_form_of_address_needs_its_final_stop(text: str, matches: bool) -> None:
    assert bool(re.fullmatch(word_patterns.honorific_alternation(["Q.C."]), text)) is matches
