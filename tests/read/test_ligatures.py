"""Words a PDF split after an fi/fl/ff ligature are one word again; real words stay apart."""

from __future__ import annotations

from importers.read import repair_text


def test_a_capitalised_word_split_after_its_ligature_is_joined() -> None:
    fixed = repair_text(
        "The Danish Patent Offi ce and the Scientifi c Council met on Confl ict rules."
    )
    assert fixed == "The Danish Patent Office and the Scientific Council met on Conflict rules."


def test_a_real_word_after_a_word_ending_in_the_ligature_letters_stays_apart() -> None:
    assert repair_text("The team flew to Cardiff and met Wifi users.") == (
        "The team flew to Cardiff and met Wifi users."
    )


def test_a_lower_case_word_is_left_as_written() -> None:
    assert repair_text("the offi ce was closed") == "the offi ce was closed"
