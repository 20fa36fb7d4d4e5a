"""An envoy whose sender the text names before the title, posted to a body it reads as no
body of its own ("Chile's Permanent Representative to the UN in Geneva,": the posting stays
in the title, importers/en/roles/postings.py), and a post a person is thanked for ("for her
leadership as Chair of X": the person named last holds it, importers/en/roles/careers.py).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def _titles(text: str, person: str) -> set[str]:
    facts = facts_text(text)
    key = next(p.key for p in facts.people if p.name == person)
    return {r.title for r in facts.roles if r.person == key}


def test_a_sender_s_envoy_keeps_the_posting_to_an_acronym_in_the_title() -> None:
    text = (
        "The conference heard Ambassador Ingrid Solberg, Norway's Permanent Representative "
        "to the UN in Vienna, on the budget.\n"
    )
    assert "Permanent Representative to the UN in Vienna" in _titles(text, "Ingrid Solberg")


def test_the_posting_ends_only_at_a_comma() -> None:
    text = "Norway's Permanent Representative to the UN in Vienna spoke on Monday.\n"
    assert people_names(facts_text(text)) == set()


def test_the_person_thanked_for_leadership_as_a_post_holds_it() -> None:
    text = (
        "The Ruritanian Patent Agency (RPA) hosted the talks. The director thanked Ingrid "
        "Solberg, Norway's envoy, for her leadership as Chair of the Ruritanian Patent Agency.\n"
    )
    got = roles(facts_text(text))
    assert ("Ingrid Solberg", "Chair", "Ruritanian Patent Agency") in got


def test_the_name_right_before_for_his_service_as_holds_the_post() -> None:
    text = "The board thanked Omar Haddad for his service as President of the Seed Council.\n"
    assert ("Omar Haddad", "President", "Seed Council") in roles(facts_text(text))


def test_a_service_of_a_group_gives_no_post() -> None:
    text = "The board thanked the staff for their service as Directors of the Seed Council.\n"
    assert people_names(facts_text(text)) == set()
