"""A body's name ends before "and Mr."/"Dr." and before a numbered act ("Decree No. 7"); a
topic's title ends before "on the sidelines of"; a post's body may sit in a town before the
holder's name; a title in brackets after a body is held there; "full-time" is a title's word
(importers/en/orgs/run_breaks.py, agreements/titles.py, roles/after_title.py,
roles/anchors.py, store/text/words/en_titles.txt)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, roles


def test_a_body_named_before_and_a_person_addressed_by_honorific_ends_before_and() -> None:
    f = facts_text(
        "The accord was signed by Dr. Rania Haddad, President of the Jordanian Authority for "
        "Standards and Metrology and Mr. Tomas Berg, Director of the Swedish Patent Office."
    )
    names = org_set(f)
    assert "Jordanian Authority for Standards and Metrology" in names
    assert not any(n.endswith(" and Mr") for n in names)
    assert ("Rania Haddad", "President", "Jordanian Authority for Standards and Metrology") in (
        roles(f)
    )


def test_a_numbered_act_after_a_body_is_no_part_of_its_name() -> None:
    f = facts_text("The Council of Ministers Decree No. 84 approved the new fees last spring.")
    assert "Council of Ministers" in org_set(f)
    assert not any("Decree" in n for n in org_set(f))


def test_a_field_ending_in_resolution_stays_in_a_centres_name() -> None:
    f = facts_text("The Centre for Dispute Resolution of Uganda trained forty mediators.")
    assert "Centre for Dispute Resolution of Uganda" in org_set(f)


def test_the_meeting_after_an_agreements_topic_is_no_part_of_its_title_or_parties() -> None:
    f = facts_text(
        "The Omani Patent Authority signed a memorandum of understanding with the Brazilian "
        "National Institute of Industrial Property on examination training on the sidelines "
        "of the 63rd General Assembly of the World Intellectual Property Organization in "
        "Switzerland."
    )
    [(title, kind, _, parties)] = agreements_of(f)
    assert title == "memorandum of understanding on examination training"
    assert "World Intellectual Property Organization" not in parties
    assert not any("Switzerland" in p for p in parties)


def test_a_post_whose_body_sits_in_a_town_is_held_by_the_name_after_the_comma() -> None:
    f = facts_text(
        "The visit ended with a dinner given by the Director of the Nordic Patent Institute "
        "in Copenhagen, Dr. Ingrid Dahl, and her staff."
    )
    assert ("Ingrid Dahl", "Director", "Nordic Patent Institute") in roles(f)


def test_a_title_in_brackets_right_after_a_body_is_held_at_that_body() -> None:
    f = facts_text(
        "Chile Design Promotion Society (President Marta Rojas) said it would open two "
        "offices in Peru and Bolivia next year."
    )
    assert ("Marta Rojas", "President", "Chile Design Promotion Society") in roles(f)


def test_a_full_time_vice_president_is_a_titled_official() -> None:
    f = facts_text(
        "Park Min-seo, the full-time vice president of the Seoul Design Promotion Society, "
        "said the fair drew 300 firms."
    )
    assert (
        "Park Min-seo",
        "full-time vice president",
        "Seoul Design Promotion Society",
    ) in roles(f)
