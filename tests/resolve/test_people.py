"""Person names: how a text refers back to someone, and the readings that link two scripts."""

from __future__ import annotations

import pytest

from importers.resolve.people import _readings, is_reference_form


@pytest.mark.parametrize(
    "name",
    [
        "Mr. Tang",
        "Mrs Lee",
        "Ms. Wang",
        "Dr Smith",
        "Madam Chan",
        " Sir Tang ",
        "邓先生",
        "王局长",
        "欧阳女士",
    ],
)
def test_reference_forms(name: str) -> None:
    assert is_reference_form(name)


@pytest.mark.parametrize(
    "name", ["Daren Tang", "Mr. Daren Tang", "Sir", "Mister Tang", "邓鸿森", "欧阳明华先生", "先生"]
)
def test_names(name: str) -> None:
    assert not is_reference_form(name)


def test_every_reading_of_a_heteronym_both_orders() -> None:
    readings = _readings("申长雨")
    assert "shenchangyu" in readings and "shenzhangyu" in readings
    assert "changyushen" in readings


def test_the_honorifics_come_from_the_one_english_list() -> None:
    from importers.resolve.people import is_reference_form
    from store.text import lexicon

    honorifics = set(lexicon.words("en_people.txt", "honorifics"))
    kept = lexicon.wordset("en_people.txt", "honorifics_not_in_reference_forms")
    before_a_family_name = honorifics - kept
    assert honorifics >= before_a_family_name
    english = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Prof", "Madam", "Sir", "Adv"}
    assert before_a_family_name == english | {"Madame", "Mme", "Mlle", "Monsieur"}
    assert is_reference_form("Mr. Tang") and is_reference_form("Madam Li")
    assert is_reference_form("Mme Mensah")
    assert not is_reference_form("Professor Tang")
