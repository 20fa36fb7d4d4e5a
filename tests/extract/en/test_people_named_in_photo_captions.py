"""People (importers/en/roles/captions.py): a photograph's caption names the people it shows in
a row, from one side to the other, each perhaps with the country they come from."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names


def test_each_name_of_a_caption_row_from_left_is_a_person() -> None:
    f = facts_text(
        "The heads of the offices after the signing. From left: Jane Roe, Tom Baker and "
        "Ana Ruiz. Photo: Acme Office."
    )
    assert {"Jane Roe", "Tom Baker", "Ana Ruiz"} <= people_names(f)


def test_the_countries_after_the_names_of_a_caption_row_are_skipped() -> None:
    f = facts_text("(L-R) Jane Roe, Norway, Tom Baker, Peru, and Ana Ruiz, Chile, at the meeting.")
    assert {"Jane Roe", "Tom Baker", "Ana Ruiz"} <= people_names(f)
    assert not people_names(f) & {"Norway", "Peru", "Chile"}


def test_a_caption_row_ends_at_the_first_item_that_is_no_name() -> None:
    f = facts_text("From left to right: Jane Roe, the new building, Tom Baker and the garden.")
    assert "Jane Roe" in people_names(f)
    assert "Tom Baker" not in people_names(f)


def test_capitalised_words_after_from_left_in_running_text_are_no_caption() -> None:
    f = facts_text("The speakers moved from left to right across the stage.")
    assert not people_names(f)
