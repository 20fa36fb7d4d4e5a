"""Statements adopted at a meeting of heads of offices, statements whose heading names the
bodies that issue them, plans that are only to come, and a transcript's re-mention of an
agreement after a speaker's label. Documents and sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

SUMMIT = """JOINT MEDIA STATEMENT
Fourth Meeting of the Heads of Patent Offices of the Northern Rim
Oslo, 3-4 June 2025

1. The Heads of the patent offices of the Northern Rim met in Oslo under the chairmanship of Norway.

2. The delegations were led by:
   - Norway: Ms Kari Holm, Director General, Norwegian Industrial Property Office (NIPO)
   - Finland: Mr Jussi Lahti, Director General, Finnish Patent and Registration Office (PRH)
   - Sweden: Ms Anna Berg, Director General, Swedish Intellectual Property Office (PRV)

3. The Heads took note of the attendance of an observer from the European Patent Office.

4. The Heads adopted the present Joint Media Statement.

Adopted in Oslo on 4 June 2025.
"""

DELEGATIONS = frozenset(
    {
        "Norwegian Industrial Property Office",
        "Finnish Patent and Registration Office",
        "Swedish Intellectual Property Office",
    }
)


def test_a_statement_the_heads_adopt_binds_the_offices_whose_delegations_are_listed() -> None:
    found = agreements_of(facts_text(SUMMIT, date="2025-06-05"))
    statements = [(k, d, p) for _, k, d, p in found if k == "joint_statement"]
    assert len(statements) == 1
    kind, date, parties = statements[0]
    assert date == "2025-06-04"  # the closing formula's day, not the first day of the meeting
    assert parties >= DELEGATIONS
    assert "European Patent Office" not in parties  # an observer


def test_a_statement_whose_heading_names_its_issuers_has_them_as_parties() -> None:
    text = (
        "JOINT PRESS STATEMENT\n"
        "Danish Patent and Trademark Office (DKPTO)\n"
        "Icelandic Intellectual Property Office (ISIPO)\n\n"
        "Reykjavik, 9 October 2024\n\n"
        "1. The heads of the DKPTO and the ISIPO met in Reykjavik on 8 October 2024 and "
        "discussed examiner training.\n"
    )
    found = [(k, d, p) for _, k, d, p in agreements_of(facts_text(text, date="2024-10-09"))]
    assert found == [
        (
            "joint_statement",
            "2024-10-09",
            frozenset(
                {"Danish Patent and Trademark Office", "Icelandic Intellectual Property Office"}
            ),
        )
    ]


def test_a_plan_that_would_be_prepared_later_is_not_signed() -> None:
    text = (
        "The Japan Patent Office (JPO) and the Korean Intellectual Property Office (KIPO) met "
        "in Tokyo on 2 May 2024. They agreed that a joint action plan on design searches would "
        "be drafted for their next meeting; nothing was adopted on that point."
    )
    assert agreements_of(facts_text(text, date="2024-05-03")) == []


def test_a_signing_verb_that_is_negated_signs_nothing() -> None:
    text = (
        "The Japan Patent Office (JPO) and the Korean Intellectual Property Office (KIPO) "
        "reviewed their memorandum of understanding on 2 May 2024, but no text was signed."
    )
    assert agreements_of(facts_text(text, date="2024-05-03")) == []


def test_a_renewed_agreement_named_again_after_a_speakers_label_is_the_same_one() -> None:
    text = (
        "Show notes\n"
        "Our guests are Ana Ruiz, Director General of the Spanish Patent and Trademark Office "
        "(OEPM), and Paulo Reis, President of the National Institute of Industrial Property "
        "of Portugal (INPI).\n\n"
        "Chapters\n"
        "00:00 Welcome\n"
        "05:20 Renewing the OEPM–INPI memorandum\n"
        "20:15 Working with Brazil\n\n"
        "HOST: Both offices renewed their memorandum of understanding this March.\n\n"
        "REIS: The renewed MOU, which Ana and I signed in Lisbon on 12 March, adds training.\n"
    )
    found = agreements_of(facts_text(text, date="2024-04-10"))
    assert len(found) == 1
    _, kind, date, parties = found[0]
    assert kind == "mou" and date is not None and date.startswith("2024-03")
    # no office of the country that a chapter's title names
    assert parties == frozenset(
        {
            "Spanish Patent and Trademark Office",
            "National Institute of Industrial Property of Portugal",
        }
    )


def test_the_three_offices_of_a_trilateral_meeting_sign_its_meeting_minutes() -> None:
    f = facts_text(
        "The 7th Heads Meeting of the Nordic Seed Office (NSO), the Baltic Seed Office (BSO) "
        "and the Polish Seed Office (PSO) was held in Riga on 4 May 2021. The three offices "
        "reviewed their joint projects and signed meeting minutes."
    )
    assert (
        "meeting minutes",
        "record_of_discussion",
        "2021-05-04",
        frozenset({"Nordic Seed Office", "Baltic Seed Office", "Polish Seed Office"}),
    ) in agreements_of(f)


def test_an_approved_vision_for_cooperation_is_an_instrument_titled_with_its_years() -> None:
    f = facts_text(
        "The Nordic Seed Office (NSO) and the Baltic Seed Office (BSO) met in Riga on 4 May "
        "2021. The meeting approved the 15 Year Vision for Regional Seed Cooperation."
    )
    titles = [a[0] for a in agreements_of(f)]
    assert "15 Year Vision for Regional Seed Cooperation" in titles


def test_a_lower_case_vision_of_cooperation_is_no_instrument() -> None:
    f = facts_text(
        "The Nordic Seed Office (NSO) and the Baltic Seed Office (BSO) met in Riga on 4 May "
        "2021 and approved the vision of regional cooperation."
    )
    assert not agreements_of(f)


def test_a_meeting_that_passed_a_joint_statement_adopted_it() -> None:
    f = facts_text(
        "The 9th SEED4 Heads Meeting was held in Oslo in May 2022. The heads of the SEED4 "
        "offices reviewed their projects. The meeting passed the SEED4 Joint Statement."
    )
    assert [a for a in agreements_of(f) if a[1] == "joint_statement"]


def test_an_outcome_the_meeting_itself_approves_has_the_sides_of_its_earlier_outcome() -> None:
    f = facts_text(
        "The Heads Meeting of the Nordic Seed Office (NSO), the Baltic Seed Office (BSO) and "
        "the Polish Seed Office (PSO) was held in Riga on 4 May 2021. The three offices "
        "signed meeting minutes.\n\nThe meeting approved the 2030 Vision for Seed Cooperation."
    )
    three = frozenset({"Nordic Seed Office", "Baltic Seed Office", "Polish Seed Office"})
    assert ("2030 Vision for Seed Cooperation", "other", "2021-05-04", three) in agreements_of(f)


def test_a_signing_after_the_meeting_is_between_the_sides_that_met() -> None:
    f = facts_text(
        "On 12 May, Ana Lopez, Director General of the Mexican Institute of Industrial "
        "Property, received a delegation led by their Minister of Ministry of Trade of Peru, "
        "Carlos Rivas. After the meeting, a memorandum of understanding on trademark "
        "examination was signed."
    )
    parties = {p for _t, k, _d, p in agreements_of(f) if k == "mou"}
    assert parties == {
        frozenset({"Mexican Institute of Industrial Property", "Ministry of Trade of Peru"})
    }


def test_an_instrument_the_two_heads_review_is_between_their_bodies() -> None:
    f = facts_text(
        "JPO Commissioner Ken Sato met the Director General of the Mexican Institute of "
        "Industrial Property, Ana Lopez, on 3 March.\n\n"
        "The two heads of office reviewed the Strategic Deepened Partnership signed by their "
        "offices in 2018.",
        "2024-03-05",
    )
    parties = {p for _t, k, _d, p in agreements_of(f) if k == "other"}
    assert parties == {frozenset({"JPO", "Mexican Institute of Industrial Property"})}
