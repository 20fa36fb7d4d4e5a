"""An agreement's short name defined in quotes is no second agreement (titles.py), partners
told only by whom they belong to sign nothing of their own (signings.py), a relative clause
about what an agreement will do later does not date its signing (signings.py), "the first
document to be signed was" tells a past signing (signings.py), and offices that "agreed on" a
memorandum concluded it, not when they agreed on the need for one (governs.py); a sentence
that opens with its day dates what the paragraph tells after it, though a signing dated the
paragraph before (agreements/__init__.py); a bracket that lists what a party of "between"
is made of names no parties of its own (titles.py, parties.py); "two memoranda, establishing
X and Y" are one agreement on each topic when the count and the topics agree (one_each.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_short_name_defined_in_quotes_is_the_same_agreement() -> None:
    for defined in ('("MOU")', "(the “MoU”)"):
        f = facts_text(
            "On 3 March 2022, the Korean Intellectual Property Office signed a Memorandum of "
            f"Understanding {defined} with the Danish Patent and Trademark Office, renewing "
            "their ties on examination."
        )
        assert [(kind, date, parties) for _, kind, date, parties in agreements_of(f)] == [
            (
                "mou",
                "2022-03-03",
                {"Korean Intellectual Property Office", "Danish Patent and Trademark Office"},
            )
        ]


def test_agreements_with_partner_agencies_from_named_bodies_are_not_theirs() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office recently signed agreements with partner "
        "offices from the African Union, Canada and the Association of Southeast Asian Nations "
        "at the margins of a conference in Geneva."
    )
    assert agreements_of(f) == []


def test_agreements_with_bodies_named_are_still_one_each() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office signed agreements with the African Union and "
        "the Caribbean Community on 2 May 2023."
    )
    assert {frozenset(parties) for _, _, _, parties in agreements_of(f)} == {
        frozenset({"Korean Intellectual Property Office", "African Union"}),
        frozenset({"Korean Intellectual Property Office", "Caribbean Community"}),
    }


def test_what_an_agreement_will_do_later_does_not_date_its_signing() -> None:
    f = facts_text(
        "On March 3, 2021, the Japan Patent Office and the Korean Intellectual Property Office "
        "met in Tokyo. The two offices also signed a cooperation agreement which will be "
        "carried out in 2022."
    )
    assert [date for _, _, date, _ in agreements_of(f)] == ["2021-03-03"]


def test_the_first_document_to_be_signed_was_a_past_signing() -> None:
    f = facts_text(
        "The first document to be signed by the Korean Intellectual Property Office was the "
        "partnership agreement with the Canadian Intellectual Property Office, deepening "
        "their cooperation on search."
    )
    assert [parties for _, _, _, parties in agreements_of(f)] == [
        {"Korean Intellectual Property Office", "Canadian Intellectual Property Office"}
    ]


def test_the_first_document_to_be_signed_in_the_future_is_still_ahead() -> None:
    f = facts_text(
        "The first document to be signed by the Korean Intellectual Property Office will be "
        "the partnership agreement with the Canadian Intellectual Property Office."
    )
    assert agreements_of(f) == []


def test_offices_that_agreed_on_a_memorandum_concluded_it() -> None:
    f = facts_text(
        "On August 3, 2018, the Japan Patent Office and the Mexican Institute of Industrial "
        "Property agreed on a memorandum of cooperation to widen their work on examination."
    )
    assert [(kind, date, parties) for _, kind, date, parties in agreements_of(f)] == [
        ("mou", "2018-08-03", {"Japan Patent Office", "Mexican Institute of Industrial Property"})
    ]


def test_agreeing_on_the_need_for_a_memorandum_signs_none() -> None:
    f = facts_text(
        "The Japan Patent Office and the Mexican Institute of Industrial Property agreed on the "
        "need for a new memorandum next year."
    )
    assert agreements_of(f) == []


def test_a_sentence_opening_with_its_day_dates_the_signing_told_after_it() -> None:
    f = facts_text(
        "On March 3, 2021, the Japan Patent Office and the Korean Intellectual Property Office "
        "signed a memorandum of understanding on search. On March 4, 2021, the Japan Patent "
        "Office and the Mexican Institute of Industrial Property met to review their earlier "
        "arrangement. The two offices also signed a work plan on examiner training."
    )
    assert [(kind, date) for _, kind, date, _ in agreements_of(f)] == [
        ("mou", "2021-03-03"),
        ("work_plan", "2021-03-04"),
    ]


def test_a_bracket_listing_a_partys_members_adds_no_parties() -> None:
    f = facts_text(
        "The Memorandum of Cooperation between the Nordic Patent Institute states (Denmark, "
        "Iceland and Norway) and the Korean Intellectual Property Office, concluded on 2 "
        "March 2015, took effect on 4 June 2015."
    )
    assert [(date, parties) for _, _, date, parties in agreements_of(f)] == [
        ("2015-03-02", {"Nordic Patent Institute", "Korean Intellectual Property Office"})
    ]


def test_two_memoranda_spelled_out_as_two_topics_are_one_each() -> None:
    f = facts_text(
        "On 15 March 2022, the Japan Patent Office and the Mexican Institute of Industrial "
        "Property signed two memoranda of understanding, establishing joint training of "
        "trademark examiners and a Patent Prosecution Highway (PPH) pilot."
    )
    pair = {"Japan Patent Office", "Mexican Institute of Industrial Property"}
    assert [(title, date, parties) for title, _, date, parties in agreements_of(f)] == [
        (
            "memorandum of understanding on joint training of trademark examiners",
            "2022-03-15",
            pair,
        ),
        (
            "memorandum of understanding on a Patent Prosecution Highway (PPH) pilot",
            "2022-03-15",
            pair,
        ),
    ]


def test_a_count_its_topics_do_not_spell_out_stays_an_aggregate() -> None:
    f = facts_text(
        "The Japan Patent Office and the Mexican Institute of Industrial Property signed three "
        "agreements on examination and training in 2021."
    )
    assert agreements_of(f) == []


def test_a_count_followed_by_when_and_where_is_no_list_of_topics() -> None:
    f = facts_text(
        "The Andean Patent Office signed two memoranda of understanding on 11 November, on the "
        "sidelines of a regional conference on patent examination."
    )
    assert agreements_of(f) == []


def test_a_plan_a_group_agreed_on_told_in_passing_is_no_signing() -> None:
    f = facts_text(
        "All of this fits within the regional Action Plan 2026–2030, which the Working Group "
        "on Patents agreed on last year."
    )
    assert agreements_of(f) == []


def test_a_count_spelled_out_item_by_item_after_a_dash_or_colon_is_one_agreement_each() -> None:
    """ "signed two MoUs - one on X and another on Y" and "two agreements on 4 May: one on X
    and the other on Y" list the topics item by item: one agreement on each."""
    pair = {"Japan Patent Office", "Mexican Institute of Industrial Property"}
    dashed = facts_text(
        "In March 2022, the Japan Patent Office and the Mexican Institute of Industrial "
        "Property signed two Memorandums of Understanding - one on examiner training and "
        "another on data exchange."
    )
    assert [(t, p) for t, _, _, p in agreements_of(dashed)] == [
        ("Memorandum of Understanding on examiner training", pair),
        ("Memorandum of Understanding on data exchange", pair),
    ]
    colon = facts_text(
        "The Japan Patent Office and the Mexican Institute of Industrial Property signed two "
        "agreements on 4 May 2022: one on a PPH pilot and the other on staff exchanges."
    )
    assert len(agreements_of(colon)) == 2
