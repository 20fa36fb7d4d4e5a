"""Timelines whose entries are headed by a year, renewals told in the passive, roadmaps,
named PPH variants, and signings denied.

On a page of milestones ("- 2014 The two agencies signed a memorandum on 9 March.") the
year that heads an entry dates the days its sentences name, not the page's own year; a
later entry "The memorandum was renewed on 2 June" is one more signing of it. A roadmap is
a plan of work; a "PPH Plus arrangement" is a PPH; "no agreement has been signed" signs
nothing.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

TIMELINE = (
    "Partnership history\n\n"
    "The table of events below follows our ties with the Danish office.\n\n"
    "- 2014 The Mexican Institute of Industrial Property (IMPI) and the Danish Patent and "
    "Trademark Office (DKPTO) signed a Memorandum of Understanding on 9 March in Mexico City.\n\n"
    "- 2017 Examiners of IMPI and DKPTO took part in a first exchange.\n\n"
    "- 2020 The memorandum was renewed in Copenhagen on 2 June by the two heads of office.\n\n"
    "- 2022 A Work Plan for 2022–2024 was signed by IMPI and DKPTO on 30 November.\n"
)


def test_a_year_heading_a_timeline_entry_dates_the_day_its_sentence_names() -> None:
    got = {(k, d) for _t, k, d, _p in agreements_of(facts_text(TIMELINE, "2026-05-01"))}
    assert ("mou", "2014-03-09") in got
    assert ("work_plan", "2022-11-30") in got


def test_a_memorandum_renewed_in_a_later_entry_is_signed_again_that_year() -> None:
    got = agreements_of(facts_text(TIMELINE, "2026-05-01"))
    mous = sorted(d or "" for _t, k, d, _p in got if k == "mou")
    assert mous == ["2014-03-09", "2020-06-02"]
    parties = {p for _t, k, _d, p in got if k == "mou"}
    assert len(parties) == 1 and len(next(iter(parties))) == 2


ROADMAP = (
    "Vienna, 3 October 2026. The Austrian Patent Office and the Hungarian Intellectual "
    "Property Office signed a Roadmap for Joint Examiner Training for 2027–2028 on 1 October.\n"
)


def test_a_roadmap_signed_by_two_offices_is_a_work_plan() -> None:
    got = agreements_of(facts_text(ROADMAP, "2026-10-03"))
    assert [(k, d, len(p)) for _t, k, d, p in got] == [("work_plan", "2026-10-01", 2)]


FAQ = (
    "Questions on fast-track examination\n\n"
    "Q2. What changed with Mexico?\n"
    "The Spanish Patent and Trademark Office (OEPM) and the Mexican Institute of Industrial "
    "Property (IMPI) prolonged the PPH Plus arrangement through notes exchanged on 5 May.\n\n"
    "Q3. And the Nordic office?\n"
    "OEPM and the Nordic Patent Institute met in April, but no PPH arrangement has been "
    "signed so far.\n"
)


def test_a_named_pph_variant_extended_is_a_pph() -> None:
    got = agreements_of(facts_text(FAQ, "2026-06-01"))
    assert [(k, d) for _t, k, d, _p in got] == [("pph", "2026-05-05")]


def test_an_arrangement_said_not_to_have_been_signed_is_no_agreement() -> None:
    got = agreements_of(facts_text(FAQ, "2026-06-01"))
    assert all("Nordic Patent Institute" not in p for _t, _k, _d, p in got)


def test_a_statement_said_not_to_have_been_adopted_is_no_agreement() -> None:
    text = (
        "The Danish Patent and Trademark Office and the Norwegian Industrial Property Office "
        "held a workshop in Oslo on 4 May 2025. No joint statement was adopted.\n"
    )
    assert agreements_of(facts_text(text, "2025-05-10")) == []


def test_a_pph_an_office_hoped_to_conclude_is_no_agreement() -> None:
    text = (
        "Ms. Ana Sousa said the Portuguese Institute of Industrial Property hoped to conclude "
        "a PPH with the Japan Patent Office by the end of the year.\n"
    )
    assert agreements_of(facts_text(text, "2025-05-10")) == []


SAME_DAY = (
    "Lisbon, 12 March 2026. A week of meetings on industrial property opened in Lisbon on "
    "9 March with a seminar for examiners from six countries.\n\n"
    "The Portuguese Institute of Industrial Property and the Spanish Patent and Trademark "
    "Office signed a Memorandum of Understanding on 10 March.\n\n"
    "On the same day the Brazilian National Institute of Industrial Property and the "
    "Portuguese Institute of Industrial Property concluded an agreement on data exchange.\n"
)


def test_a_signing_on_the_same_day_takes_the_day_of_the_one_before() -> None:
    got = agreements_of(facts_text(SAME_DAY, "2026-03-12"))
    assert sorted((k, d or "") for _t, k, d, _p in got) == [
        ("agreement", "2026-03-10"),
        ("mou", "2026-03-10"),
    ]
