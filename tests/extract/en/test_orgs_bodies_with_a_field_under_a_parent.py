"""A body whose head has a field after it ("Agency for X and Y") sits "under" its parent as a
body whose head stands right before "under" does (importers/en/orgs/under.py): one name,
never split at the field's "and"; and "the Kyrgyz Republic" is a state's name."""

from __future__ import annotations

from store.text import lexicon
from tests.extract.en.helpers import facts_text, roles


def _names(f: object) -> set[str]:
    return {n for o in f.orgs for n in (o.name, *o.aliases)}  # type: ignore[attr-defined]


def test_an_agency_with_a_field_under_a_cabinet_is_one_name() -> None:
    f = facts_text(
        "Mr. Talant Usenov, Director of the State Agency for Seeds and Breeding under the "
        "Cabinet of Ministers of the Kyrgyz Republic, welcomed the guests."
    )
    full = (
        "State Agency for Seeds and Breeding under the Cabinet of Ministers of the Kyrgyz Republic"
    )
    assert full in _names(f)
    assert "State Agency for Seeds and Breeding" not in {o.name for o in f.orgs}
    assert ("Talant Usenov", "Director", full) in roles(f)


def test_an_institute_for_a_field_under_a_ministry() -> None:
    f = facts_text(
        "Mr. Ivo Horvat, Head of the Institute for Seed Testing under the Ministry of "
        "Agriculture of Croatia, presented the results."
    )
    full = "Institute for Seed Testing under the Ministry of Agriculture of Croatia"
    assert ("Ivo Horvat", "Head", full) in roles(f)


def test_a_second_body_after_and_with_its_own_head_is_still_apart() -> None:
    f = facts_text(
        "The Patent Office and the Seed Agency for Testing and Control under the Ministry of "
        "Agriculture of Georgia met in Tbilisi."
    )
    names = _names(f)
    assert "Patent Office" in names
    assert (
        "Seed Agency for Testing and Control under the Ministry of Agriculture of Georgia" in names
    )


def test_the_kyrgyz_republic_names_the_state() -> None:
    f = facts_text("The Ministry of Justice of the Kyrgyz Republic signed the plan.")
    names = _names(f)
    assert "Ministry of Justice (Kyrgyzstan)" in names
    assert "Republic" not in names


def test_the_words_of_a_field_before_under_are_read_from_the_word_list() -> None:
    assert lexicon.wordset("en_orgs.txt", "under_field_openers") == {"for", "on", "of"}
    assert lexicon.wordset("en_orgs.txt", "under_field_joiners") == {"and", "&", "the"}
