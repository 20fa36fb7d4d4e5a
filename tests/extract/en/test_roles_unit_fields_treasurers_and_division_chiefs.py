"""A unit head's title with the unit's field before it ("Budget Division Chief") is one post,
held at the body its list serves (importers/en/roles/unit_fields.py); "Treasurer" and a
unit's "Chief" are titles (store/text/words/en_titles.txt)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, people_names


def _roles(f: DocumentFacts) -> set[tuple[str, str, str | None]]:
    people = {p.key: p.name for p in f.people}
    orgs = {o.key: o.name for o in f.orgs}
    return {(people[r.person], r.title, orgs.get(r.org) if r.org else None) for r in f.roles}


def test_the_last_post_of_a_represented_by_list_keeps_the_unit_s_field_and_the_body() -> None:
    f = facts_text(
        "The Riverside Export Council, represented by Director Ana Lim, Deputy Director "
        "Jose P. Cruz and Budget Division Chief Maria L. Santos, thanked the ministry."
    )
    assert ("Maria L. Santos", "Budget Division Chief", "Riverside Export Council") in _roles(f)


def test_a_section_head_after_a_name_keeps_its_field() -> None:
    f = facts_text("Paolo Reyes, Legal Section Head of the Riverside Export Council, spoke.")
    assert ("Paolo Reyes", "Legal Section Head", "Riverside Export Council") in _roles(f)


def test_a_country_before_a_division_title_is_no_field_of_it() -> None:
    f = facts_text("The Kenya Division Chief Paolo Reyes opened the fair in Nairobi.")
    assert all(not title.startswith("Kenya") for _, title, _ in _roles(f))


def test_a_treasurer_is_a_titled_holder_in_a_list() -> None:
    f = facts_text(
        "The Lakeside Craft Board, represented by Chairman Ben Torres and Treasurer Carla "
        "Reyes, met the office."
    )
    assert "Carla Reyes" in people_names(f)
    assert ("Carla Reyes", "Treasurer", "Lakeside Craft Board") in _roles(f)


def test_a_unit_field_opening_a_sentence_is_the_title_s() -> None:
    for text in (
        "Budget Division Chief Ana Lim of the Harbour Revenue Office opened the fair.",
        "The fair opened. Budget Division Chief Ana Lim of the Harbour Revenue Office spoke.",
    ):
        assert ("Ana Lim", "Budget Division Chief", "Harbour Revenue Office") in _roles(
            facts_text(text)
        )
