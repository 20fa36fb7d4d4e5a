"""An appointment notice: the post a person will take up ("take up the post of"), the post
held now ("currently Title, Unit in X"), a photograph's position after the name, and the
outgoing head named by a title's short form in capitals ("current CE NAME")."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles

NOTICE = (
    "The Nordland Patent Office has chosen a successor to its current CE Lars Berg, who "
    "retires in May. Eva Holm (left), currently Managing Director, Trade Directorate in the "
    "Nordland Export Agency, will take up the post of Chief Executive of the Nordland Patent "
    "Office on 2 June 2031."
)


def test_the_post_a_person_will_take_up_is_theirs_past_an_apposition() -> None:
    assert ("Eva Holm", "Chief Executive", "Nordland Patent Office") in roles(facts_text(NOTICE))


def test_a_unit_after_the_titles_comma_stays_in_the_title_at_the_body_after_in() -> None:
    f = facts_text(NOTICE)
    assert ("Eva Holm", "Managing Director, Trade Directorate", "Nordland Export Agency") in roles(
        f
    )
    assert "Trade Directorate" not in org_set(f)


def test_a_titles_short_form_in_capitals_before_a_name_is_that_title() -> None:
    f = facts_text(NOTICE)
    assert ("Lars Berg", "CE", "Nordland Patent Office") in roles(f)


def test_a_short_form_in_lower_case_or_before_no_name_is_no_title() -> None:
    f = facts_text("The boxes carry the CE Marking, and ce Programme was read out.")
    assert not people_names(f)


def test_a_photographs_position_and_currently_leave_the_apposition_whole() -> None:
    f = facts_text(
        "Anna Lind (second from right), currently Director of the Baltic Seed Agency, spoke."
    )
    assert ("Anna Lind", "Director", "Baltic Seed Agency") in roles(f)


def test_a_discussion_of_a_post_gives_it_to_no_one() -> None:
    f = facts_text(
        "Lars Berg, Director of the Nordland Patent Office, described the role of Chief "
        "Executive in the new structure."
    )
    assert ("Lars Berg", "Chief Executive", "Nordland Patent Office") not in roles(f)


def test_a_known_department_with_no_head_noun_holds_the_post_after_a_unit() -> None:
    f = facts_text(
        "Tom Reed, Managing Director, Export Directorate in UK Trade and Investment, met the "
        "Nordland Patent Office on 4 May 2006."
    )
    assert (
        "Tom Reed",
        "Managing Director, Export Directorate",
        "UK Trade and Investment",
    ) in roles(f)


def test_a_department_listed_after_an_internal_unit_is_a_unit_too() -> None:
    f = facts_text(
        "The Director General of the Nordic Seed Office, Ms Eva Lund, met the visitors. "
        "Officials of the Legal Affairs Department and the Archives Department also attended."
    )
    assert "Archives Department" not in org_set(f)


def test_a_department_listed_after_a_body_is_still_a_body() -> None:
    f = facts_text("The Nordic Seed Office and the Archives Department hosted the visitors.")
    assert "Archives Department" in org_set(f)
