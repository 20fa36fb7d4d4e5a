"""News conventions the English extractor reads: a minister's portfolio written before the
title ("Fisheries Minister NAME"), given names written as initials after a title, a
headline's verb after a name, "Adv." before a name; treaty capacities ("International
Searching Authority") that are roles of an office, not bodies; a state's dotted abbreviation
ending a body's name; a known body's acronym before its council."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _unplaced(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_portfolio_before_minister_is_the_title_with_no_body() -> None:
    f = facts_text(
        "The mayor of Valdivia hosted Fisheries and Ocean Resources Minister Carla Montt, "
        "Deputy Home Affairs Minister R. T. Quispe and Tourism Minister Ines Vidal at the port."
    )
    unplaced = _unplaced(f)
    assert ("Carla Montt", "Fisheries and Ocean Resources Minister") in unplaced
    assert ("R. T. Quispe", "Deputy Home Affairs Minister") in unplaced
    assert ("Ines Vidal", "Tourism Minister") in unplaced


def test_a_demonym_and_a_head_of_government_stay_out_of_the_portfolio() -> None:
    f = facts_text("Peruvian Energy Minister Hugo Salas and Prime Minister Rosa Checa spoke.")
    titles = {t for _, t in _unplaced(f)}
    assert "Energy Minister" in titles
    assert not any("Peruvian" in t for t in titles)


def test_a_headline_verb_after_a_titled_name_is_not_part_of_it() -> None:
    f = facts_text(
        "Vice Minister Lin Haoran Visits Seed Testing Station\n\n"
        "Vice Minister Lin Haoran toured the station in Kunming on Friday."
    )
    assert "Lin Haoran" in people_names(f)
    assert not any("Visits" in n for n in people_names(f))


def test_an_advocate_is_addressed_by_adv_before_the_name() -> None:
    f = facts_text(
        "The Registrar met the Board's Chairperson Adv. Thabo Mokoena in Pretoria on Monday."
    )
    assert "Thabo Mokoena" in people_names(f)


def test_treaty_capacities_and_their_acronyms_are_not_bodies() -> None:
    f = facts_text(
        "The Danube Patent Office was appointed as Receiving Office/International Searching "
        "Authority (RO/ISA) last year. Acting as ISA, it will search applications, and as "
        "RO it receives them; the ISA work starts in June."
    )
    names = org_set(f)
    assert "Danube Patent Office" in names
    assert not names & {"Receiving Office", "International Searching Authority", "ISA", "RO"}


def test_two_treaty_capacities_that_share_their_head_are_no_body() -> None:
    f = facts_text(
        "Since 2025 the Danube Patent Institute has acted as International Searching and "
        "Preliminary Examining Authority for applicants of the region."
    )
    names = org_set(f)
    assert "Danube Patent Institute" in names
    assert not any("Searching" in n for n in names)


def test_a_dotted_state_abbreviation_ends_a_bodys_name() -> None:
    f = facts_text(
        "Last month, at the National Seed Administration of the P.R.C (NSA) in Harbin, "
        "Director Wu Hanbing received the visitors."
    )
    assert ("Wu Hanbing", "Director", "National Seed Administration of the P.R.C") in roles(f)
    assert not any(n.endswith("of the P") for n in org_set(f))


def test_a_known_bodys_acronym_before_its_council_names_the_body() -> None:
    f = facts_text("Ministers gathered for the 40th session of the ARIPO Administrative Council.")
    assert "ARIPO" in org_set(f)


def test_a_countrys_adjective_and_head_noun_name_the_known_body_the_text_gave_by_acronym() -> None:
    f = facts_text(
        "The JPO hosted a delegation from KIPO in Tokyo on 4 March 2019. Both sides agreed "
        "that working with the Korean Office on classification would continue next year."
    )
    assert "Korean Office" not in org_set(f)


def test_a_dotted_state_run_on_by_a_possessive_or_a_hyphen_reads_without_failing() -> None:
    f = facts_text(
        "The P.R.C's patent office met a P.R.C-based firm and the Patent Office of the "
        "P.R.C. on 2 May 2018."
    )
    assert org_set(f) == {"Patent Office of the P.R.C"}


def test_initials_with_full_stops_before_a_state_name_end_the_body_and_name_its_government() -> (
    None
):
    f = facts_text(
        "Ms Guo Ping, Deputy Commissioner of the Trademark Office of the P.R. China, read "
        "a message from the government of the P.R. China in Lhasa on 3 June 2009. The "
        "government of the P.R. China also sent a delegation."
    )
    names = org_set(f)
    assert "Trademark Office of the P.R. China" in names
    assert not any(n.endswith(("of the P", "of the P.R")) for n in names)
    gov = next(o for o in f.orgs if o.kind == "government")
    assert "government of the P.R. China" in {gov.name, *gov.aliases}
