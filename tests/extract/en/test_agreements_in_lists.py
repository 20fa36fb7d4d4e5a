"""Instruments listed under a lead-in that signs them all, and instruments only referred to.

An answer to a parliamentary question, a news item or a "who we are" page may list the
instruments an office concluded, one item each, with the verb and the office said once in
the lead-in ("In 2023 the Office concluded the following:") or in a heading ("Partnerships
signed this year"). Each item is then a signing by that office, even when the item itself
says only "the renewal of ..." or "the extension, by letters, of ...". A lead-in that talks
of instruments still to come signs nothing. Inside a new instrument, an earlier arrangement
recalled by name ("recalled the MoU signed in 2015 and welcomed the results of the PPH") is
not signed again.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

DK = "Danish Patent and Trademark Office"
NO = "Norwegian Industrial Property Office"
CA = "Canadian Intellectual Property Office"
AU = "IP Australia"
IL = "Israel Patent Office"

LETTERED = (
    "Written reply to a question from a member of the committee\n\n"
    f"The Minister: Over the last two years the {DK} (DKPTO) concluded the following:\n\n"
    f"(a) the renewal, in March 2023, of its memorandum of understanding with the {NO} "
    "(NIPO);\n\n"
    f"(b) a work plan for 2024-2025 with the {CA} (CIPO), agreed in Ottawa in January "
    "2024; and\n\n"
    "(c) the extension, through an exchange of letters in June 2024, of the Patent "
    f"Prosecution Highway pilot programme with {AU}.\n\n"
    f"The Office is also talking to the {IL} about a memorandum.\n"
)


def _by_kind(text: str, date: str) -> dict[str, tuple[str | None, frozenset[str]]]:
    return {kind: (d, parties) for _, kind, d, parties in agreements_of(facts_text(text, date))}


def test_each_item_under_a_signing_lead_in_is_a_signing_by_its_subject() -> None:
    got = _by_kind(LETTERED, "2024-09-10")
    assert got == {
        "mou": ("2023-03", frozenset({DK, NO})),
        "work_plan": ("2024-01", frozenset({DK, CA})),
        "pph": ("2024-06", frozenset({DK, AU})),
    }


BULLETED = (
    f"{CA} news\n\n"
    f"Ottawa, 4 April 2025. The {CA} (CIPO) signed three instruments with partner offices "
    "at its spring meetings. In the order they were signed, they are:\n\n"
    f"- 1 April: a renewed memorandum of understanding with {AU}, covering trade mark "
    "examination. It was signed by CIPO Commissioner Konstantinos Georgaras and the "
    "Director General of IP Australia, Michael Schwager.\n"
    f"- 2 April: a memorandum of understanding with the {IL} on patent data.\n"
    f"- 3 April: letters exchanged with the {DK} (DKPTO) to prolong until 2029 the "
    "memorandum of understanding the two offices concluded in 2019.\n\n"
    f"A memorandum with the {NO} is expected to be signed later in the year.\n"
)


def test_a_bulleted_list_after_a_colon_gives_every_item_the_lead_ins_office() -> None:
    found = agreements_of(facts_text(BULLETED, "2025-04-04"))
    got = {(date, parties) for _, _, date, parties in found}
    assert got == {
        ("2025-04-01", frozenset({CA, AU})),
        ("2025-04-02", frozenset({CA, IL})),
        ("2025-04-03", frozenset({CA, DK})),
    }


def test_a_definite_noun_in_an_item_with_a_new_counterpart_is_that_items_instrument() -> None:
    """ "to prolong the memorandum" in the third item is the one with the Danish office,
    not the memorandum an earlier item named."""
    found = agreements_of(facts_text(BULLETED, "2025-04-04"))
    assert sum(1 for _, kind, _, _ in found if kind == "mou") == 3


def test_it_was_signed_by_gives_the_items_instrument_its_signatories() -> None:
    f = facts_text(BULLETED, "2025-04-04")
    people = {p.key: p.name for p in f.people}
    first = f.agreements[0]
    assert {people[k] for k in first.signatories} >= {"Konstantinos Georgaras", "Michael Schwager"}


def test_a_heading_that_says_signed_governs_the_bullets_below_it() -> None:
    text = (
        "About the office\n\n"
        f"The {AU} is the Australian Government agency that administers IP rights.\n\n"
        "Recent partnerships signed by our leadership\n\n"
        f"* In May 2024 our Director General and the {IL} agreed a memorandum of "
        "understanding on examiner training.\n"
        f"* In August 2024 the Patent Prosecution Highway with the {CA} was made permanent "
        "by an exchange of letters.\n"
    )
    found = agreements_of(facts_text(text, "2024-12-01"))
    assert ("pph", "2024-08", frozenset({AU, CA})) in {
        (kind, date, parties) for _, kind, date, parties in found
    }


def test_a_lead_in_about_instruments_still_to_come_signs_none_of_its_items() -> None:
    text = (
        f"Update from the {DK}\n\n"
        "The office is still negotiating the following instruments:\n\n"
        f"- a memorandum of understanding with the {NO};\n"
        f"- a work plan with the {CA}.\n"
    )
    assert agreements_of(facts_text(text, "2024-02-01")) == []


def test_between_an_office_its_described_parent_and_a_partner_is_the_office_and_partner() -> None:
    """ "between A, the training arm of B, and C": A and C sign; B is only how A is
    described."""
    text = (
        "Between 2020 and 2022 the office concluded the following:\n\n"
        f"(a) a memorandum of understanding between IPOS International, the enterprise arm "
        f"of the Intellectual Property Office of Singapore, and {AU}, signed in May 2021.\n"
    )
    found = agreements_of(facts_text(text, "2022-06-01"))
    assert [parties for *_, parties in found] == [frozenset({"IPOS International", AU})]


def test_an_instrument_expected_to_be_signed_is_not_reported() -> None:
    text = (
        f"The {CA} met the {IL} in Jerusalem on 3 March 2025. A memorandum of understanding "
        "between the two offices is expected to be signed in the autumn, and talks on a "
        "work plan will go on.\n"
    )
    assert agreements_of(facts_text(text, "2025-03-04")) == []


def test_a_signing_after_negotiations_is_still_reported() -> None:
    text = (
        f"After two years of negotiations, the {CA} and the {IL} signed a memorandum of "
        "understanding on patent examination in Ottawa on 9 May 2024.\n"
    )
    assert [kind for _, kind, _, _ in agreements_of(facts_text(text, "2024-05-10"))] == ["mou"]


STATEMENT = (
    "JOINT STATEMENT\n"
    f"of the {CA} and {AU}\n"
    "on the occasion of their Fifth Bilateral Meeting\n\n"
    f"1. The {CA} (CIPO) and {AU} held their Fifth Bilateral Meeting in Canberra on "
    "14 November 2024.\n\n"
    "2. The delegations recalled the Memorandum of Understanding signed between the two "
    "offices in May 2015, and welcomed the results of the Patent Prosecution Highway "
    "programme launched in 2016.\n\n"
    "3. The delegations adopted the CIPO-IP Australia Work Plan 2025-2026, annexed to "
    "this statement.\n\n"
    "Signed in Canberra on 14 November 2024.\n\n"
    f"For the {CA}\n"
    "Konstantinos Georgaras\n"
    "Commissioner of Patents\n\n"
    f"For {AU}\n"
    "Michael Schwager\n"
    "Director General\n"
)


def test_an_arrangement_recalled_inside_a_new_instrument_is_not_signed_again() -> None:
    kinds = {kind: date for _, kind, date, _ in agreements_of(facts_text(STATEMENT, "2024-11-15"))}
    assert "pph" not in kinds
    assert kinds["mou"] == "2015-05"  # recalled with its own signing date


def test_a_plan_adopted_at_the_meeting_a_numbered_statement_records_has_the_meetings_date() -> None:
    kinds = {kind: date for _, kind, date, _ in agreements_of(facts_text(STATEMENT, "2024-11-15"))}
    assert kinds["work_plan"] == "2024-11-14"
    assert kinds["joint_statement"] == "2024-11-14"


def test_a_participle_that_signs_one_agreement_does_not_sign_the_next_one_named() -> None:
    text = (
        f"Officials of the {NO} reviewed the cooperation agreement concluded with the {DK} "
        "in Oslo in 2012, and the results of the work plan for 2020-2021.\n"
    )
    found = agreements_of(facts_text(text, "2023-01-20"))
    assert [kind for _, kind, _, _ in found] == ["agreement"]


def test_the_highway_itself_is_an_agreement_when_a_verb_signs_it() -> None:
    text = (
        f"In March 2025 the Patent Prosecution Highway with the {NO} was extended for two "
        f"more years. The {DK} also renewed the PPH with {AU} that month.\n"
    )
    found = agreements_of(facts_text(text, "2025-04-01"))
    assert {(kind, date) for _, kind, date, _ in found} == {("pph", "2025-03")}
    assert len(found) == 2


def test_the_highway_named_in_passing_is_no_agreement() -> None:
    text = (
        f"The {DK} and the {NO} signed a memorandum of understanding on 2 June 2024. "
        "Requests under the PPH rose by a third in that year. A faster PPH, together with "
        "the plan we adopted today, helps applicants, the Director said.\n"
    )
    found = agreements_of(facts_text(text, "2024-06-03"))
    assert [kind for _, kind, _, _ in found] == ["mou"]


def test_a_signatory_with_an_earlier_post_elsewhere_signs_for_the_pages_office() -> None:
    """On an office's page about its people, a director whose biography names a post held
    before at a ministry signs for the office, not for that ministry."""
    text = (
        f"{CA}: our senior team\n\n"
        f"The {CA} (CIPO) is a special operating agency of the federal government.\n\n"
        "Marie Tremblay\nDirector General of International Affairs\nMarie came to us from "
        "the Department of Finance, where she was Director of Tax Treaties.\n\n"
        "Partnerships signed by the team\n\n"
        f"* In June 2024 Ms Tremblay signed a memorandum of understanding with the {IL}.\n"
    )
    found = agreements_of(facts_text(text, "2024-09-01"))
    assert [parties for *_, parties in found] == [frozenset({CA, IL})]


def test_an_item_that_only_uses_the_highway_lists_no_highway_agreement() -> None:
    text = (
        f"In 2024 the {DK} (DKPTO) concluded the following:\n\n"
        f"- a memorandum of understanding with the {NO}, signed in Oslo in April 2024;\n"
        f"- joint examiner training with the {CA}, with fast-track requests under the PPH.\n"
    )
    found = agreements_of(facts_text(text, "2025-01-15"))
    assert [(kind, parties) for _, kind, _, parties in found] == [("mou", frozenset({DK, NO}))]
