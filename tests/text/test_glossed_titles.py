"""A title as a glossed repost writes it is the same title as its clean form."""

from __future__ import annotations

from store.text.glosses import without_glosses
from store.text.titles import title_key


def test_a_title_with_a_reading_glossed_inside_is_one_title_with_the_clean_one() -> None:
    assert title_key("臨時(shí)代辦") == title_key("临时代办")


def test_readings_are_dropped_and_a_bracket_of_the_texts_own_is_kept() -> None:
    assert without_glosses("副局長(zhǎng)") == "副局長"
    assert without_glosses("產權組織(WIPO)") == "產權組織(WIPO)"
