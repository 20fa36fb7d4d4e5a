"""A head of state's title with the state's name (roles/portfolio.py, roles/bare.py), a
middle initial written without its full stop (names.py), an acronym defined in the plural
and a relative clause after a counterpart (orgs/acronyms.py, agreements/counterparts.py), an
informal treaty capacity (orgs/capacities.py), "the two sides" of the visit a paragraph tells
(agreements/two_sides.py) and what a signing brought about (agreements/said_again.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _bodiless(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_president_named_with_the_state_holds_the_post_at_no_body() -> None:
    f = facts_text(
        "Talks in Vienna\n\n"
        "President of Estonia Marju Kallaste received Ola Brenden, Director General of the "
        "Nordic Patent Institute, on 4 March 2031 in Tallinn."
    )
    assert ("Marju Kallaste", "President of Estonia") in _bodiless(f)
    assert not any(p == "Marju Kallaste" for p, _, _ in roles(f))


def test_a_president_of_a_body_named_after_a_country_is_still_that_body_s() -> None:
    f = facts_text(
        "Awards\n\n"
        "The President of Korea Invention Promotion Association Park Jinsoo handed out "
        "the prizes in Daejeon on 2 May 2031."
    )
    assert ("Park Jinsoo", "President", "Korea Invention Promotion Association") in roles(f)


def test_a_middle_initial_without_its_full_stop_stays_inside_the_name() -> None:
    f = facts_text(
        "Registry figures\n\n"
        "Filings rose by a fifth this year, says Tamsin R Okafor, CEO of the Lagos "
        "Business Registry (LBR)."
    )
    assert "Tamsin R Okafor" in people_names(f)
    assert ("Tamsin R Okafor", "CEO", "Lagos Business Registry") in roles(f)


def test_an_acronym_defined_in_the_plural_names_a_class_of_things_not_a_body() -> None:
    f = facts_text(
        "Registry figures\n\n"
        "The Freedonia Business Registry recorded 9 000 new Limited Partnerships (LP’s) in "
        "June. Forming an LP is simple, and an LP pays a low fee."
    )
    assert "LP" not in org_set(f)


def test_countries_in_a_clause_telling_what_an_agreement_does_sign_nothing() -> None:
    f = facts_text(
        "Registry news\n\n"
        "The Freedonia Business Registry (FBR) said: “We have signed an agreement with the "
        "World Intellectual Property Organization (WIPO) under which all Brazilian designs "
        "will be indexed,” said its head."
    )
    parties = [{o.name for o in f.orgs if o.key in a.parties} for a in f.agreements]
    assert parties and all(not any("Brazil" in n for n in p) for p in parties)
    assert not any("Brazil" in n for n in org_set(f))


def test_an_informal_search_authority_is_a_capacity_not_a_body() -> None:
    f = facts_text(
        "Exchange of examiners\n\n"
        "The Nordic Patent Institute and the Austrian Patent Office discussed the tasks "
        "assigned to the International Search Authority (ISA) on 3 June 2031. Both act as "
        "ISA for applicants of the region."
    )
    assert "International Search Authority" not in org_set(f)
    assert "ISA" not in org_set(f)


def test_the_two_sides_of_a_second_visit_are_the_bodies_its_paragraph_names() -> None:
    f = facts_text(
        "Tour of the Baltic offices\n\n"
        "In Riga, Ola Brenden, Director General of the Nordic Patent Institute (NPI), held "
        "talks with Ilze Ozola, Director of the Patent Office of the Republic of Latvia. The "
        "two sides signed a memorandum of understanding on training.\n"
        "In Vilnius, Ola Brenden held talks with Jonas Petraitis, Director of the State "
        "Patent Bureau of the Republic of Lithuania. The two sides reviewed their work and "
        "signed a memorandum of understanding on data exchange."
    )
    by_title = {a.title: {o.name for o in f.orgs if o.key in a.parties} for a in f.agreements}
    data = next(p for t, p in by_title.items() if "data exchange" in t)
    assert any("Lithuania" in n for n in data)
    assert not any("Latvia" in n for n in data)


def test_a_programme_a_signing_launched_is_no_second_agreement() -> None:
    f = facts_text(
        "PPH with Latvia\n\n"
        "The Nordic Patent Institute and the Patent Office of the Republic of Latvia signed a "
        "memorandum of understanding on a pilot PPH, which "
        "marked the start of the PPH programme between them, on 8 May 2031."
    )
    assert len(f.agreements) == 1
