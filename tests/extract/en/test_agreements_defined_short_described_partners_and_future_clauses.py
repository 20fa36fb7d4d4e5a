"""An agreement's short name defined in quotes is no second agreement (titles.py), partners
told only by whom they belong to sign nothing of their own (signings.py), and a relative
clause about what an agreement will do later does not date its signing (signings.py)."""

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
