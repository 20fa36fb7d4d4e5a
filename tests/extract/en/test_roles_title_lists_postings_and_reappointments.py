"""Titles written before their holders in a list, lower-case portfolios and postings to a
body, a field before an addressed holder, "the Office" named again with its head addressed,
a delegation led by its head, a reappointment for a term, and posts listed like names."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, people_names, roles


def _titles(f: DocumentFacts) -> set[tuple[str, str]]:
    """(person, title) of every role the text states, at an organisation or not."""
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles}


def test_each_title_of_a_list_of_titled_names_goes_to_the_name_after_it() -> None:
    f = facts_text(
        "Vice-President of the Nordic Patent Institute (NPI) Ingrid Solberg, Deputy "
        "Director of the Canadian Intellectual Property Office (CIPO) Marc Tremblay, and "
        "Registrar of the Malta Business Registry (MBR) Paul Vella opened the workshop."
    )
    got = roles(f)
    assert ("Ingrid Solberg", "Vice-President", "Nordic Patent Institute") in got
    assert ("Marc Tremblay", "Deputy Director", "Canadian Intellectual Property Office") in got
    assert ("Paul Vella", "Registrar", "Malta Business Registry") in got
    assert not any(p == "Ingrid Solberg" and o != "Nordic Patent Institute" for p, _, o in got)


def test_a_title_at_an_office_of_a_dotted_state_reaches_the_name_after_its_acronym() -> None:
    f = facts_text(
        "Director of the Trademark Office of P.R.C. (CTMO) Liu Wenhua welcomed the guests."
    )
    assert ("Liu Wenhua", "Director", "Trademark Office of P.R.C") in roles(f)


def test_a_lower_case_portfolio_and_a_posting_to_a_named_body_are_roles_of_their_own() -> None:
    f = facts_text(
        "Somchai Prasert, deputy permanent secretary for agriculture, and Nadia Karim, "
        "ambassador and permanent representative to the Food and Agriculture Organization, "
        "attended the ceremony in Rome."
    )
    held = _titles(f)
    assert ("Somchai Prasert", "deputy permanent secretary for agriculture") in held
    posting = "ambassador and permanent representative to the Food and Agriculture Organization"
    assert ("Nadia Karim", posting) in held


def test_a_field_before_an_addressed_holder_stays_in_the_title() -> None:
    f = facts_text(
        "The head of the League of Arab States was joined by Deputy Secretary-General for "
        "Legal Affairs Ms. Leila Haddad at the airport."
    )
    assert ("Leila Haddad", "Deputy Secretary-General for Legal Affairs") in _titles(f)


def test_the_office_named_again_by_its_kind_before_an_addressed_head_is_that_office() -> None:
    f = facts_text(
        "The delegates toured the Trademark Office of the Andean Community on Tuesday and "
        "were welcomed by the Registrar of the Office Mr. Diego Paredes and his staff."
    )
    assert ("Diego Paredes", "Registrar", "Trademark Office of the Andean Community") in roles(f)


def test_the_head_of_a_delegation_from_a_body_holds_the_title_there() -> None:
    f = facts_text(
        "The agency met a team from the Norwegian Industrial Property Office (NIPO), which "
        "was led by Kari Nordmann, the Head of Trademark Section. A second meeting was held "
        "with the Danish Patent and Trademark Office."
    )
    got = roles(f)
    office = "Norwegian Industrial Property Office"
    assert ("Kari Nordmann", "Head of Trademark Section", office) in got


def test_a_reappointment_for_a_term_gives_the_title() -> None:
    f = facts_text(
        "At its annual assembly, the Benelux Office for Intellectual Property (BOIP) said "
        "Anna Verbeek was reappointed for a third five-year term as Director General of BOIP."
    )
    got = roles(f)
    assert ("Anna Verbeek", "Director General", "Benelux Office for Intellectual Property") in got


def test_posts_listed_after_including_are_not_a_person() -> None:
    f = facts_text(
        "Since 1995 she has held several posts at the Eurasian Patent Office, including "
        "Chief Examiner, Deputy Director and Director."
    )
    assert "Chief Examiner" not in people_names(f)
    assert not roles(f)


def test_a_list_of_body_title_name_items_gives_each_name_the_title_before_it() -> None:
    f = facts_text(
        "Talks between the Seed Bureau of Laos (SBL) and the Thai Seed Office (TSO) opened. "
        "SBL Director Vong Phet, TSO Director Suzuki Haruto and VSO Director Tran Minh "
        "headed the delegations."
    )
    assert "Suzuki Haruto" in people_names(f)
    assert ("Suzuki Haruto", "Director", "Thai Seed Office") in roles(f)
    assert ("Vong Phet", "Director", "Thai Seed Office") not in roles(f)
