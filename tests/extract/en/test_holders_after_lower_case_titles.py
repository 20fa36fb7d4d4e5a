"""A title in lower case between a body and its holder ("the X Office (XO) commissioner Jane
Roe and the Y Bureau's ..."): the holder's name is no word of the next body, and a given name
that is also a country's name with an "s" ("Frances") is a name."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_holder_after_a_lower_case_title_does_not_open_the_next_body() -> None:
    f = facts_text(
        "NPO president Maria Santos and Nordic Patent Institute (NPI) director general Olav "
        "Berg signed a cooperation agreement on Monday.",
        "2019-04-03",
    )
    assert "Nordic Patent Institute" in org_set(f)
    assert not any("Santos" in n for n in org_set(f))
    assert ("Olav Berg", "director general", "Nordic Patent Institute") in roles(f)


def test_a_given_name_that_ends_like_a_countrys_name_is_a_name() -> None:
    f = facts_text(
        "Austrian Patent Office president Frances Keller said the new work plan with IP "
        "Australia covers training.",
        "2019-04-03",
    )
    assert "Frances Keller" in people_names(f)


def test_a_countrys_possessive_is_still_no_name() -> None:
    f = facts_text(
        "President Alan Moss of the Korean Intellectual Property Office met France's delegation.",
        "2019-04-03",
    )
    assert not any("France" in n for n in people_names(f))


def test_its_before_a_lower_case_title_stands_for_the_body_named_before() -> None:
    """Visited the X Institute and "met with its chairman NAME": the pronoun marks the title
    as a post held at the body the sentence named last."""
    f = facts_text(
        "The Ambassador of Norway visited the Kenya Industrial Property Institute in Nairobi "
        "and met with its managing director Joseph Mwangi.",
        "2019-04-03",
    )
    assert ("Joseph Mwangi", "managing director", "Kenya Industrial Property Institute") in roles(f)
