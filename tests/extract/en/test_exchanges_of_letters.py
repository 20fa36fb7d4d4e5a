"""Exchanges of letters: headings in capitals, address and signature blocks, the staff a
letter names and the instruments the letters extend or adopt (importers/en/orgs/chunks.py,
importers/en/orgs/phrases.py, importers/en/names.py, importers/en/roles/stacked.py,
importers/en/roles/letters.py, importers/en/agreements/exchanges.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_names, org_set, people_names, roles

_EXCHANGE = (
    "LETTERS EXCHANGED BY THE NORDLAND PATENT BOARD AND THE ALPINE TRADE MARK AGENCY "
    "REGARDING THEIR COOPERATION ACCORD\n\n"
    "First letter\n\n"
    "Oslovik, 3 February 2031\n\n"
    "Ms Chiara Valtellina\n"
    "Director\n"
    "Alpine Trade Mark Agency\n"
    "Lugarno\n\n"
    "Dear Director,\n\n"
    "We write about the Cooperation Accord on Trade Mark Examination that the Board and "
    "the Agency concluded in Lugarno on 9 June 2027. We suggest that the Accord be renewed "
    "for three more years and that the Joint Action Plan 2031–2032 enclosed herewith be "
    "adopted to carry it out.\n\n"
    "Should the Agency agree, this letter and the Agency's answering letter will together "
    "form an agreement between our two bodies.\n\n"
    "With kind regards,\n\n"
    "Henrik Solbakken\n"
    "President\n"
    "Nordland Patent Board\n\n"
    "Second letter\n\n"
    "Lugarno, 20 February 2031\n\n"
    "Mr Henrik Solbakken\n"
    "President\n"
    "Nordland Patent Board\n"
    "Oslovik\n\n"
    "Dear President Solbakken,\n\n"
    "Your suggestions suit the Agency, and your letter and this reply form an agreement "
    "between us from today. The Joint Action Plan is adopted as enclosed.\n\n"
    "Let me add that the Agreement on Search Data Exchange that our Offices signed on 4 May "
    "2019 stays as it is. Head of Examination Ottavio Brenni has spoken to your staff "
    "about visits.\n\n"
    "With kind regards,\n\n"
    "Chiara Valtellina\n"
    "Director\n"
    "Alpine Trade Mark Agency\n"
)


def _agreements(f: DocumentFacts) -> dict[str, tuple[str | None, set[str], set[str]]]:
    """title -> (date, party names, signatory names)."""
    orgs = org_names(f)
    people = {p.key: p.name for p in f.people}
    return {
        a.title: (a.date, {orgs[p] for p in a.parties}, {people[s] for s in a.signatories})
        for a in f.agreements
    }


def test_a_heading_in_capitals_ends_a_name_at_a_function_word() -> None:
    f = facts_text(
        "MEMORANDUM BETWEEN THE NORDLAND PATENT BOARD AND THE ALPINE TRADE MARK AGENCY "
        "CONCERNING THEIR SEARCH DATA\n\n"
        "The Nordland Patent Board and the Alpine Trade Mark Agency share search data."
    )
    names = {n.casefold() for n in org_set(f)}
    assert "alpine trade mark agency" in names
    assert not any("concerning" in n or "between" in n for n in names)


def test_a_body_named_in_capitals_and_in_running_text_is_called_by_the_running_text() -> None:
    f = facts_text(
        "REPORT OF THE NORDLAND PATENT BOARD\n\n"
        "The Nordland Patent Board examined more patents this year than last year."
    )
    assert "Nordland Patent Board" in org_names(f).values()


def test_a_mission_posted_to_a_country_ends_at_the_end_of_its_line() -> None:
    f = facts_text(
        "Copies went to Lena Frost, Counsellor; Delegation of the European Union to Norway\n\n"
        "Annex No. 4\n\nThe annex lists the dates of the visits."
    )
    assert "Delegation of the European Union to Norway" in org_set(f)
    assert not any("Annex" in n for n in org_set(f))


def test_an_abbreviated_given_name_opens_the_name() -> None:
    f = facts_text("The visitors were led by Hon. Ma. Lourdes T. Villanueva, Undersecretary.")
    assert "Ma. Lourdes T. Villanueva" in people_names(f)


def test_a_two_letter_family_name_without_a_full_stop_is_no_abbreviation() -> None:
    f = facts_text("Ma Jianguo, Deputy Commissioner of the Nordland Patent Board, spoke.")
    assert "Ma Jianguo" in people_names(f)


def test_an_address_block_names_the_body_on_the_line_under_the_title() -> None:
    f = facts_text(_EXCHANGE, date="2031-02-25")
    got = roles(f)
    assert ("Chiara Valtellina", "Director", "Alpine Trade Mark Agency") in got
    assert ("Henrik Solbakken", "President", "Nordland Patent Board") in got


def test_a_title_in_a_letter_is_held_at_the_body_that_signs_the_letter() -> None:
    f = facts_text(_EXCHANGE, date="2031-02-25")
    assert ("Ottavio Brenni", "Head of Examination", "Alpine Trade Mark Agency") in roles(f)


def test_an_exchange_of_letters_renews_and_adopts_on_the_day_of_the_reply() -> None:
    got = _agreements(facts_text(_EXCHANGE, date="2031-02-25"))
    both = {"Nordland Patent Board", "Alpine Trade Mark Agency"}
    accord = got["Cooperation Accord on Trade Mark Examination"]
    assert accord == ("2031-02-20", both, {"Henrik Solbakken", "Chiara Valtellina"})
    assert got["Joint Action Plan 2031–2032"] == ("2031-02-20", both, set())
    assert all(date != "2027-06-09" for date, _, _ in got.values())


def test_an_instrument_a_letter_only_recalls_keeps_its_date_between_both_writers() -> None:
    got = _agreements(facts_text(_EXCHANGE, date="2031-02-25"))
    date, parties, _ = got["Agreement on Search Data Exchange"]
    assert date == "2019-05-04"
    assert parties == {"Nordland Patent Board", "Alpine Trade Mark Agency"}


def test_a_letter_that_forms_no_agreement_extends_nothing_by_itself() -> None:
    f = facts_text(
        "Dear Director,\n\n"
        "We hope that the Accord will be renewed next year.\n\n"
        "With kind regards,\n\n"
        "Henrik Solbakken\nPresident\nNordland Patent Board\n",
        date="2031-02-25",
    )
    assert not [a for a in f.agreements if a.date and a.date.startswith("2031")]
