"""'Secretary General Ambassador NAME': an envoy keeps "Ambassador" before the name as a
courtesy title in later posts; it is a form of address (store/text/words/en_people.txt,
[other_honorifics]), so the person is one, whatever title comes first."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_title_then_ambassador_then_the_name_is_the_same_person() -> None:
    f = facts_text(
        "The forum brought together Ambassador Timur Bekov, Secretary General of the Union of "
        "Steppe States (USS), and national delegates.\n\n"
        "Opening the forum, Secretary General Ambassador Timur Bekov spoke of shared goals."
    )
    assert [p.name for p in f.people] == ["Timur Bekov"]
    assert roles(f) == {("Timur Bekov", "Secretary General", "Union of Steppe States")}


def test_executive_director_ambassador_name() -> None:
    f = facts_text(
        "Ms. Lena Ortiz, Executive Director of the Andean Seed Council (ASC), opened the day. "
        "Later, Executive Director Ambassador Lena Ortiz thanked the hosts."
    )
    assert [p.name for p in f.people] == ["Lena Ortiz"]


def test_ambassador_alone_before_a_name_is_no_part_of_it() -> None:
    f = facts_text(
        "Ambassador Omar Haddad, Director General of the Gulf Patent Bureau (GPB), signed the plan."
    )
    assert ("Omar Haddad", "Director General", "Gulf Patent Bureau") in roles(f)
    assert all(not p.name.startswith("Ambassador") for p in f.people)
