"""Organisations a text names only by the way, and armed services.

A government written "Government of <place>" before a possessive ("the Government of
Xland's support") is named without the possessive, and by its own style, so the common noun
it owns does not make it one named in passing (importers/en/states.py); one named by its
country's code in capitals ("the UK Government’s review") is a description, named in
passing. A union of states listed with two countries or more ("with
Xland, Japan and the EU") is one of the places listed, and so is one after "in" or "within"
("firms in the EU"); listed with one country ("between China and the EU") it may be a
party. A grouping the text names only by its acronym at the head of an event's name ("the
IP5 Heads Meeting") is no body (importers/en/orgs/modifiers.py, en_orgs.txt
[territory_prepositions]). A state's army or
navy is a body (en_orgs.txt [org_heads]).
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_possessive_after_a_governments_place_is_not_part_of_its_name() -> None:
    f = facts_text(
        "The Minister thanked the Royal Government of Ruritania's partners. The Royal "
        "Government of Ruritania will host the Danube Patent Office next year."
    )
    assert "Royal Government of Ruritania" in org_set(f)
    assert not any(n.endswith(("'s", "’s")) for n in org_set(f))


def test_a_government_in_its_own_style_owning_a_common_noun_is_still_named() -> None:
    f = facts_text(
        "The Danube Patent Office praised the Royal Government of Ruritania’s commitment to "
        "stronger patent examination."
    )
    assert org_set(f) == {"Danube Patent Office", "Royal Government of Ruritania"}


def test_a_union_listed_last_after_countries_is_one_of_the_places() -> None:
    f = facts_text(
        "The Danube Patent Office has worked on patent recognition with Singapore, Japan, "
        "Chile and the EU."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_union_after_in_is_a_territory() -> None:
    f = facts_text(
        "The Danube Patent Office wants faster patents for firms in the EU and in Chile."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_union_beside_one_country_stays_a_body() -> None:
    f = facts_text("The talks between Chile and the EU ended with a joint statement.")
    assert "EU" in org_set(f) or "European Union" in org_set(f)


def test_a_states_army_is_a_body() -> None:
    f = facts_text("The delegation will discuss training with the Royal Ruritanian Army next week.")
    assert "Royal Ruritanian Army" in org_set(f)


def test_a_government_named_by_its_countrys_code_owning_a_common_noun_is_named_in_passing() -> None:
    f = facts_text(
        "The report follows the UK Government’s review of patents, which the Danube Patent "
        "Office welcomed."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_government_named_by_its_countrys_code_that_acts_is_a_body() -> None:
    f = facts_text(
        "The UK Government will host the Danube Patent Office next year. The UK Government "
        "hosted its board in 2019."
    )
    assert "UK Government" in org_set(f)


def test_a_grouping_named_only_at_the_head_of_an_events_name_is_no_body() -> None:
    f = facts_text(
        "The Danube Patent Office signed the plan during the IP5 Heads Meeting in Vienna."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_grouping_named_on_its_own_too_is_a_body() -> None:
    f = facts_text(
        "The Danube Patent Office signed the plan during the IP5 Heads Meeting in Vienna. "
        "Cooperation under IP5 grew."
    )
    assert "IP5" in org_set(f)
