"""One capitalised word between a title and " of " a body the text names is its holder's
whole name, whatever verb the clause goes on with (importers/en/roles/odd_names.py); a unit
word there is the title's field, no name."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names


def test_a_one_word_holder_of_a_named_office_that_thanks_is_a_person() -> None:
    f = facts_text(
        "During the visit, Commissioner Aramaki of the Japan Patent Office thanked the "
        "delegation for its work."
    )
    assert "Aramaki" in people_names(f)
    people = {p.key: p.name for p in f.people}
    orgs = {o.key: o.name for o in f.orgs}
    assert ("Aramaki", "Commissioner", "Japan Patent Office") in {
        (people[r.person], r.title, orgs.get(r.org or "")) for r in f.roles
    }


def test_two_one_word_holders_joined_by_and_are_both_people() -> None:
    f = facts_text(
        "Commissioner Aramaki of the Japan Patent Office and Director General Quang of the "
        "Vietnam Directorate of Market Surveillance agreed to share data."
    )
    assert {"Aramaki", "Quang"} <= people_names(f)


def test_a_unit_word_after_a_title_before_a_body_is_no_name() -> None:
    f = facts_text("Director Operations of the Japan Patent Office welcomed the guests.")
    assert "Operations" not in people_names(f)
