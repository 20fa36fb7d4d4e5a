"""A name whose first given name is an initial ("J. Robert Roe"), read back from the title
after it (importers/en/names.py `name_before`): the initial opens the name where a form of
address or the line's start stands before it, never where it ends a sentence."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

OFFICE = "Ruritanian Patent Office"


def test_an_initial_after_a_form_of_address_opens_the_name() -> None:
    f = facts_text(f"The minister welcomed Mr. K. Daniel Osei, Director General of the {OFFICE}.")
    assert roles(f) == {("K. Daniel Osei", "Director General", OFFICE)}


def test_an_initial_after_a_lawyers_address_in_a_salutation_opens_the_name() -> None:
    f = facts_text(f"Atty. K. Daniel Osei, Director General, {OFFICE},\n\nLadies and Gentlemen,\n")
    assert "K. Daniel Osei" in people_names(f)


def test_an_initial_that_opens_the_line_opens_the_name() -> None:
    f = facts_text(f"K. Daniel Osei, Director General of the {OFFICE}, opened the meeting.")
    assert "K. Daniel Osei" in people_names(f)


def test_a_letter_that_ends_a_sentence_is_no_initial() -> None:
    f = facts_text(
        f"The office chose Plan B. Daniel Osei, Director General of the {OFFICE}, agreed."
    )
    assert "Daniel Osei" in people_names(f)
    assert not any(n.startswith("B.") for n in people_names(f))
