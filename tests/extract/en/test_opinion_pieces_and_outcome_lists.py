"""Opinion pieces that list what a visit produced: an instrument named in a phrase of its own
and signed in the next sentence, a plan about a treaty adopted by two bodies, signers named
with their bodies' posts, and an author note that names the writer's post and mission."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, people_names, roles

_OUTCOMES = (
    "COMMENT\n"
    "\n"
    "Two busy days in Copenhagen\n"
    "\n"
    "By Ingrid Sole*\n"
    "\n"
    "This month Copenhagen received a trade delegation from Seoul, and I want to "
    "record what came of it.\n"
    "\n"
    "What the visit produced:\n"
    "\n"
    "1. A new Memorandum of Understanding on patent examination between the Danish "
    "Patent and Trademark Office and the Korean Intellectual Property Office. Mette "
    "Lund, Director General of the Danish Patent and Trademark Office, and Kim Min-"
    "jun, Commissioner of the Korean Intellectual Property Office, signed it on 3 "
    "September, with two ambassadors looking on.\n"
    "\n"
    "2. A letter of intent between the Royal Society and Thailand's Ministry of "
    "Education on science teaching, signed the same afternoon by Karin Vogel, the "
    "Royal Society's Country Director, and Vice Minister Somchai Wongsawat.\n"
    "\n"
    "3. A work plan on carrying out the Japan–Peru Economic Partnership Agreement, "
    "adopted on 4 September by the Ministry of Foreign Trade and Tourism of Peru and "
    "the Japan External Trade Organization.\n"
    "\n"
    "UK Export Finance has looked at a loan for a wind farm, but nothing was agreed.\n"
    "\n"
    "*Ingrid Sole is the British Ambassador to Denmark, British Embassy Copenhagen. "
    "She writes in a personal capacity.\n"
    "\n"
)


def _agreement(title_word: str) -> tuple[str, str, str | None, frozenset[str]]:
    f = facts_text(_OUTCOMES, "2025-09-12")
    return next(a for a in agreements_of(f) if title_word in a[0])


def test_an_instrument_named_without_a_verb_is_signed_by_the_sentence_that_signs_it() -> None:
    _, kind, date, parties = _agreement("Memorandum")
    assert kind == "mou"
    assert date == "2025-09-03"
    assert parties == {"Danish Patent and Trademark Office", "Korean Intellectual Property Office"}


def test_the_signers_of_it_are_the_people_before_signed_it_not_the_onlookers() -> None:
    f = facts_text(_OUTCOMES, "2025-09-12")
    people = {p.key: p.name for p in f.people}
    mou = next(a for a in f.agreements if "Memorandum" in a.title)
    assert {people[s] for s in mou.signatories} == {"Mette Lund", "Kim Min-jun"}


def test_a_signing_the_same_afternoon_takes_the_day_of_the_signing_told_before() -> None:
    assert _agreement("letter of intent")[2] == "2025-09-03"


def test_people_after_signed_on_a_day_by_are_the_signatories() -> None:
    f = facts_text(
        "A letter of intent between the Royal Society and Thailand's Ministry of Education on "
        "science teaching was signed on 3 September by Karin Vogel, the Royal Society's "
        "Country Director, and Vice Minister Somchai Wongsawat.\n",
        "2025-09-12",
    )
    people = {p.key: p.name for p in f.people}
    assert {people[s] for s in f.agreements[0].signatories} == {"Karin Vogel", "Somchai Wongsawat"}


def test_a_country_director_after_a_bodys_possessive_holds_the_post_there() -> None:
    f = facts_text(_OUTCOMES, "2025-09-12")
    assert ("Karin Vogel", "Country Director", "Royal Society") in roles(f)


def test_a_vice_minister_signing_beside_the_other_partys_official_is_at_the_ministry() -> None:
    f = facts_text(_OUTCOMES, "2025-09-12")
    held = {(p, t, o) for p, t, o in roles(f) if p == "Somchai Wongsawat"}
    assert held == {("Somchai Wongsawat", "Vice Minister", "Ministry of Education of Thailand")}


def test_a_plan_on_carrying_out_a_treaty_between_states_binds_the_bodies_that_adopted_it() -> None:
    _, kind, date, parties = _agreement("work plan")
    assert (kind, date) == ("work_plan", "2025-09-04")
    assert parties == {
        "Ministry of Foreign Trade and Tourism of Peru",
        "Japan External Trade Organization",
    }


def test_a_treaty_between_states_is_still_between_their_governments() -> None:
    f = facts_text(
        "The Chile–Thailand Free Trade Agreement was signed on 4 May 2024.\n", "2024-05-06"
    )
    assert agreements_of(f)[0][3] == {"Government of Chile", "Government of Thailand"}


def test_a_negated_signed_it_adds_no_instrument() -> None:
    f = facts_text(
        "A draft memorandum on trade marks between the Danish Patent and Trademark Office and "
        "the Korean Intellectual Property Office. The two offices have not signed it yet.\n",
        "2025-09-12",
    )
    assert agreements_of(f) == []


def test_an_author_note_names_the_writer_as_the_envoy_at_the_embassy_in_its_city() -> None:
    f = facts_text(_OUTCOMES, "2025-09-12")
    assert "Ingrid Sole" in people_names(f)
    assert "British Embassy Copenhagen" in org_set(f)
    assert ("Ingrid Sole", "Ambassador", "Embassy of the United Kingdom in Copenhagen") in roles(f)


def test_an_envoy_with_a_demonym_after_a_copula_is_named() -> None:
    f = facts_text("Lars Berg is the Swedish Ambassador to Chile.\n", "2025-09-12")
    assert "Lars Berg" in people_names(f)


def test_the_uk_export_credit_agency_is_known_by_its_name_without_a_head_noun() -> None:
    assert "UK Export Finance" in org_set(facts_text(_OUTCOMES, "2025-09-12"))


def test_a_minister_named_with_the_portfolio_once_and_by_rank_later_holds_one_post() -> None:
    f = facts_text(
        "Ottawa, 12 March 2025\n"
        "\n"
        "Minister for Culture Anne Dahl met Chile's Minister of Economy, Rosa Fuentes, on "
        "Monday to plan the next steps of their partnership.\n"
        "\n"
        "- A Memorandum of Understanding on design protection between the Department of "
        "Canadian Heritage, Minister Dahl's department, and Chile's Ministry of Economy, "
        "signed by Minister Dahl and Minister Rosa Fuentes at their meeting on Monday.\n",
        "2025-03-12",
    )
    held = {(t, o) for p, t, o in roles(f) if p == "Rosa Fuentes"}
    assert held == {("Minister of Economy", "Ministry of Economy of Chile")}
