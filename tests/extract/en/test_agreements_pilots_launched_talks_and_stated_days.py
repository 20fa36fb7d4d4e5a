"""PPH pilots launched, signings only talked of, pilots inside a plan, and stated days.

A PPH pilot that an office announces or launches with another ("a new pilot project for the
Patent Prosecution Highway with X") is the agreement of both, no document being signed for
it (importers/en/agreements/launched.py); one launched with no partner after it, or a
campaign launched under the highway, is none. A
signing the sides agree only to start discussions on, weigh ("the possibility of
concluding", "considered signing"), hold talks about, or put "in the near future", is still
ahead. A pilot named inside a relative clause that describes the plan signed ("a plan that
includes work on the PPH program") is part of that plan (governs.py). A wire's dateline with
its name between slashes ("/Wire/ --") gives the story's day, not the signing's, and a
signing that only took that day is dated by the day a later sentence states for it
(dating.py, dedup.date_anaphor). "They signed" after a paragraph naming two bodies is
their signing (parties._THEY).
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

KESTREL = "the Kestrel Patent Office (KPO)"
HERON = "the Heron Patent Office (HPO)"


def test_a_pph_pilot_an_office_announces_with_another_is_the_agreement_of_both() -> None:
    text = (
        f"On Tuesday {KESTREL} announced a new joint pilot project for the "
        f"Patent Prosecution Highway (PPH) with {HERON}.\n"
    )
    [(title, kind, _date, parties)] = agreements_of(facts_text(text))
    assert kind == "pph"
    assert "pilot project for the Patent Prosecution Highway" in title
    assert parties == frozenset({"Kestrel Patent Office", "Heron Patent Office"})


def test_a_pph_pilot_programme_launched_with_a_partner_is_dated_by_its_sentence() -> None:
    text = f"On 3 May 2024 {KESTREL} launched a PPH pilot programme with {HERON}.\n"
    got = agreements_of(facts_text(text, "2024-05-10"))
    assert got == [
        (
            "PPH pilot programme",
            "pph",
            "2024-05-03",
            frozenset({"Kestrel Patent Office", "Heron Patent Office"}),
        )
    ]


def test_a_pilot_launched_with_no_partner_named_after_it_is_no_agreement() -> None:
    text = (
        f"In 2024 {KESTREL} officially launched the Kestrel-Heron PPH pilot program, and "
        "signed PPH cooperation agreements with the Ibis Patent Office (IPO) and the Crane "
        "Patent Office (CPO).\n"
    )
    got = agreements_of(facts_text(text, "2025-03-01"))
    assert [(k, p) for _, k, _, p in got] == [
        ("pph", frozenset({"Kestrel Patent Office", "Ibis Patent Office"})),
        ("pph", frozenset({"Kestrel Patent Office", "Crane Patent Office"})),
    ]


def test_a_campaign_launched_under_the_highway_is_no_agreement() -> None:
    text = f"On 3 May 2024 {KESTREL} and {HERON} launched a campaign under the PPH.\n"
    assert agreements_of(facts_text(text, "2024-05-10")) == []


def test_agreeing_to_start_discussions_on_signing_a_pilot_signs_nothing() -> None:
    text = (
        f"On 21 June 2024 {KESTREL} and {HERON} agreed on the need to start new discussions "
        "on training, as well as on signing a PPH pilot programme and an agreement on data "
        "exchange.\n"
    )
    assert agreements_of(facts_text(text, "2024-06-22")) == []


def test_a_signing_weighed_or_talked_about_as_a_topic_signs_nothing() -> None:
    for talk in (
        "discussed the possibility of concluding",
        "considered signing",
        "held talks about signing",
        "held consultations on",
    ):
        text = (
            f"On 3 May 2024 {KESTREL} and {HERON} {talk} a memorandum of understanding on "
            "patent examination.\n"
        )
        assert agreements_of(facts_text(text, "2024-05-10")) == [], talk


def test_talks_on_another_topic_leave_the_signing_of_the_sentence() -> None:
    text = (
        f"On 3 May 2024 {KESTREL} and {HERON} held talks about trade and signed a memorandum "
        "of understanding on patent examination.\n"
    )
    assert [k for _, k, _, _ in agreements_of(facts_text(text, "2024-05-10"))] == ["mou"]


def test_a_memorandum_to_be_signed_in_the_near_future_is_no_agreement() -> None:
    text = (
        f"On 20 October 2024 {KESTREL} and {HERON} agreed to run a course for examiners and "
        "sign a Memorandum of Understanding on it in the near future.\n"
    )
    assert agreements_of(facts_text(text, "2024-10-21")) == []


def test_a_pilot_named_in_a_relative_clause_of_the_plan_signed_is_part_of_the_plan() -> None:
    text = (
        f"In May 2024, {KESTREL} and {HERON} concluded a new action plan that has initiatives "
        "such as sending experts to share experience regarding the PPH program.\n"
    )
    got = agreements_of(facts_text(text, "2024-06-01"))
    assert [(t, k) for t, k, _, _ in got] == [("new action plan", "work_plan")]


def test_a_passive_relative_clause_still_leaves_the_next_agreement_signed() -> None:
    text = (
        f"In May 2024, {KESTREL} and {HERON} renewed the memorandum that had been signed "
        "in 2019 and the PPH pilot programme.\n"
    )
    got = agreements_of(facts_text(text, "2024-06-01"))
    assert [k for _, k, _, _ in got] == ["mou", "pph"]


def test_a_wire_dateline_with_its_name_between_slashes_does_not_date_the_signing() -> None:
    text = (
        "Two offices sign memorandum\n\n"
        f"LISBON, March 12, 2024 /Wire/ -- {KESTREL} and {HERON} signed a memorandum of "
        "understanding in January.\n"
    )
    [(_, _, date, _)] = agreements_of(facts_text(text, "2024-03-12"))
    assert date == "2024-01"


def test_a_day_stated_for_a_signing_replaces_the_dateline_day_it_took() -> None:
    text = (
        "Trade group signs MoU with brand association\n\n"
        "DUBAI, UAE, March 12, 2024 /Wire/ -- Marking their shared commitment, the Kestrel "
        "Trade Group (KTG) recently signed an MoU with the Falcon Brand Association (FBA) "
        "establishing an alliance between the two institutions. The MoU was signed on March "
        "07, 2024 at the 3rd Regional Brand Conference.\n"
    )
    [(_, _, date, parties)] = agreements_of(facts_text(text, "2024-03-12"))
    assert date == "2024-03-07"
    assert parties == frozenset({"Kestrel Trade Group", "Falcon Brand Association"})


def test_they_after_a_sentence_naming_two_bodies_sign_for_both() -> None:
    text = (
        f"On 3 May 2024 {KESTREL} and {HERON} met in Lisbon. They signed a memorandum of "
        "understanding on patent examination.\n"
    )
    [(_, _, _, parties)] = agreements_of(facts_text(text, "2024-05-10"))
    assert parties == frozenset({"Kestrel Patent Office", "Heron Patent Office"})


def test_a_further_or_additional_pph_pilot_with_a_partner_is_an_agreement_too() -> None:
    for word in ("further", "additional", "second"):
        text = (
            f"Last week {KESTREL} launched a {word} pilot programme for the "
            f"Patent Prosecution Highway with {HERON}.\n"
        )
        [(_title, kind, _date, parties)] = agreements_of(facts_text(text))
        assert kind == "pph"
        assert parties == frozenset({"Kestrel Patent Office", "Heron Patent Office"})
