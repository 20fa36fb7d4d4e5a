"""A partner page's table of instruments under a header that names its columns (partner,
instrument, signed by, date), with notes below it; a forum that adopts a plan; a renewal told
after a signing; a mission report's day. Documents and sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, roles

PAGE = (
    "date: 2025-06-30\n\n"
    "Northland Patent Office – Partners\n\n"
    "The Northland Patent Office (NPO) works with offices abroad through several instruments.\n\n"
    "| Partner office | Instrument | Signed by (partner) | Date |\n"
    "|---|---|---|---|\n"
    "| Eastland Trademark Office (ETO) | Twinning Partnership – renewal "
    "| Commissioner Hana Vester | 11 February 2025 |\n"
    "| Westland Patent Institute (WPI) | Examination agreement – entry into force | – "
    "| 2 May 2024 |\n"
    "| Southland Design Office (SDO) | Joint co-operation plan 2025–2026 "
    "| Registrar Tomas Quell | 8 April 2025 |\n"
    "| Highland Patent Office (HPO) | Examination agreement | – | under negotiation |\n"
    "\n"
    "Notes\n"
    "1. The examination agreement with the WPI was signed in Westport on 14 March 2021.\n"
)


def test_the_instrument_column_titles_each_row_whatever_noun_it_uses() -> None:
    found = {(t, d) for t, _, d, _ in agreements_of(facts_text(PAGE, "2025-06-30"))}
    assert ("Twinning Partnership", "2025-02-11") in found
    assert ("Joint co-operation plan 2025–2026", "2025-04-08") in found


def test_a_cooperation_plan_is_a_work_plan() -> None:
    kinds = {t: k for t, k, _, _ in agreements_of(facts_text(PAGE, "2025-06-30"))}
    assert kinds["Joint co-operation plan 2025–2026"] == "work_plan"


def test_an_entry_into_force_row_is_dated_by_the_signing_its_note_tells() -> None:
    found = agreements_of(facts_text(PAGE, "2025-06-30"))
    westland = [(t, d) for t, _, d, p in found if "Westland Patent Institute" in p]
    assert westland == [("Examination agreement", "2021-03-14")]


def test_a_row_still_under_negotiation_is_no_agreement() -> None:
    found = agreements_of(facts_text(PAGE, "2025-06-30"))
    assert not [p for _, _, _, p in found if "Highland Patent Office" in p]


def test_a_title_in_the_signed_by_column_is_the_signatorys_role_at_the_rows_partner() -> None:
    got = roles(facts_text(PAGE, "2025-06-30"))
    assert ("Hana Vester", "Commissioner", "Eastland Trademark Office") in got
    assert ("Tomas Quell", "Registrar", "Southland Design Office") in got
    assert not [r for r in got if r[0] == "Hana Vester" and r[2] == "Northland Patent Office"]


def test_the_person_in_the_signed_by_column_signs_the_rows_instrument() -> None:
    f = facts_text(PAGE, "2025-06-30")
    people = {p.key: p.name for p in f.people}
    signed = {a.title: {people[k] for k in a.signatories} for a in f.agreements}
    assert signed["Twinning Partnership"] == {"Hana Vester"}


FORUM = (
    "date: 2024-10-02\n\n"
    "ETO – NPO Joint Committee on Trademark Cooperation\n"
    "Record of the Second Session\n\n"
    "Delegates of the Eastland Trademark Office (ETO) and the Northland Patent Office (NPO) "
    "met in Northport on 30 September 2024. The Joint Committee adopted "
    "the Action Plan 2025 on 1 October 2024.\n"
)


def test_a_plan_a_joint_committee_adopts_binds_the_two_offices_its_name_joins() -> None:
    found = agreements_of(facts_text(FORUM, "2024-10-02"))
    assert [(d, p) for _, _, d, p in found] == [
        ("2024-10-01", frozenset({"Eastland Trademark Office", "Northland Patent Office"}))
    ]


RENEWED = (
    "date: 2025-01-10\n\n"
    "The Northland Patent Office (NPO) looks back on a decade of ties with the Eastland "
    "Trademark Office (ETO). In June 2019 the NPO signed a memorandum on search cooperation "
    "with the ETO, and in April 2023 the two offices renewed it for four more years.\n"
)


def test_renewing_it_later_is_one_more_signing_of_the_same_memorandum() -> None:
    found = agreements_of(facts_text(RENEWED, "2025-01-10"))
    assert sorted(d or "" for _, _, d, _ in found) == ["2019-06", "2023-04"]
    assert len({t for t, _, _, _ in found}) == 1


MISSION = (
    "date: 2025-05-20\n\n"
    "Summary\n"
    "The President travelled to Eastport from 12 to 16 May 2025. One instrument was signed.\n\n"
    "Eastland (12–13 May)\n"
    "On 12 May the President met the Minister of Trade of Eastland. He then visited the "
    "Eastland Trademark Office (ETO), where he and its Commissioner signed a Project Document "
    "on design protection for craft producers.\n"
)


def test_a_signing_without_a_day_takes_the_day_that_opened_its_paragraph() -> None:
    found = agreements_of(facts_text(MISSION, "2025-05-20"))
    assert [(k, d) for _, k, d, _ in found] == [("other", "2025-05-12")]


LATER_DAY = (
    "date: 2025-03-02\n\n"
    "The Northland Patent Office (NPO) and the Eastland Trademark Office (ETO) have signed a "
    "Joint Cooperation Plan for 2025-2026. The plan was signed in Northport on 27 February "
    "2025 by the heads of the two offices.\n\n"
    "Since 2010 the NPO has concluded cooperation agreements and plans with more than 40 "
    "offices abroad.\n"
)


def test_the_plan_named_again_as_signed_in_a_place_on_a_day_takes_that_day() -> None:
    found = agreements_of(facts_text(LATER_DAY, "2025-03-02"))
    assert [(k, d) for _, k, d, _ in found] == [("work_plan", "2025-02-27")]


def test_agreements_and_plans_with_a_counted_number_of_offices_are_no_agreement() -> None:
    found = agreements_of(facts_text(LATER_DAY, "2025-03-02"))
    assert not [t for t, _, _, _ in found if "agreements" in t]


EXTENDED = (
    "date: 2025-07-01\n\n"
    "Visit report\n\n"
    "The Northland Patent Office (NPO) and the Eastland Trademark Office (ETO) reviewed their "
    "work in Eastport this week and discussed examiner training at length with officials.\n\n"
    "On the last day the NPO and the ETO exchanged letters extending their Cooperation "
    "Agreement of May 2016 until 2031. The letters were exchanged on 26 June.\n"
)


def test_letters_extending_an_agreement_of_an_earlier_date_are_a_signing_of_it_now() -> None:
    # the agreement "of May 2016" is only referred to: the letters are its one signing here
    found = agreements_of(facts_text(EXTENDED, "2025-07-01"))
    assert [(t, d) for t, _, d, _ in found] == [("Cooperation Agreement", "2025-06-26")]


OWN_SIDE = (
    "date: 2025-06-30\n\n"
    "The Northland Patent Office (NPO) lists the instruments it signed this year.\n\n"
    "| Partner | Instrument | Signed by (NPO) | Date |\n"
    "|---|---|---|---|\n"
    "| Eastland Trademark Office (ETO) | Data exchange arrangement | Vice-President Ilse Marr "
    "| 3 March 2025 |\n"
)


def test_a_signed_by_column_for_the_publisher_places_the_title_at_the_publisher() -> None:
    got = roles(facts_text(OWN_SIDE, "2025-06-30"))
    assert ("Ilse Marr", "Vice-President", "Northland Patent Office") in got
    assert not [r for r in got if r[0] == "Ilse Marr" and r[2] == "Eastland Trademark Office"]
