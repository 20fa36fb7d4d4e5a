"""A name opened by a form of address and joined to its title by a spaced dash is an
apposition in running prose too ("met Dr NAME – Title of X"), as it is in a list item
(roles/dashed.dashed_title); a dash after other words still sets off an aside."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_an_addressed_name_dashed_to_a_title_holds_the_post() -> None:
    f = facts_text(
        "The visiting delegation of the Andean Seed Agency met Dr. Tomas Quell – "
        "Director-General of the Nordic Design Registry (NDR) in Oslo."
    )
    assert ("Tomas Quell", "Director-General", "Nordic Design Registry") in roles(f)


def test_a_second_addressed_name_mid_sentence_holds_its_dashed_post() -> None:
    f = facts_text(
        "The talks brought together Mr. Ivan Petrov – President of the Baltic Patent Board "
        "with Ms. Lena Ovid – Vice President of the Nordic Design Registry in Riga."
    )
    assert ("Lena Ovid", "Vice President", "Nordic Design Registry") in roles(f)


def test_a_dash_after_a_place_is_no_apposition() -> None:
    f = facts_text(
        "The talks were held in New Carthage – Director of the Nordic Design Registry "
        "Lena Ovid opened them."
    )
    assert "New Carthage" not in people_names(f)
    assert ("Lena Ovid", "Director", "Nordic Design Registry") in roles(f)
