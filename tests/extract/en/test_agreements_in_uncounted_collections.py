"""Uncounted collections and signings worked toward (importers/en/agreements/one_each.py,
store/text/words/en_agreements.txt): "a series of bilateral agreements" among the bodies named
before it is one entry between them all, while the same collection signed with partners left
unnamed stays an aggregate; a signing the sides make arrangements toward is still ahead."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_series_of_agreements_among_the_bodies_named_before_it_is_one_entry() -> None:
    f = facts_text(
        "The German Patent and Trade Mark Office, the Austrian Patent Office and the Danish "
        "Patent and Trademark Office concluded a series of bilateral agreements on 4 March 2024 "
        "to share search results."
    )
    (found,) = agreements_of(f)
    assert found[0] == "bilateral agreements"
    assert found[3] == {
        "German Patent and Trade Mark Office",
        "Austrian Patent Office",
        "Danish Patent and Trademark Office",
    }


def test_a_series_of_agreements_with_partners_left_unnamed_stays_an_aggregate() -> None:
    f = facts_text(
        "The Austrian Patent Office signed a series of agreements with universities in 2024."
    )
    assert agreements_of(f) == []


def test_a_signing_the_sides_make_arrangements_toward_is_still_ahead() -> None:
    f = facts_text(
        "The Austrian Patent Office and the Danish Patent and Trademark Office agreed to "
        "prepare toward signing the work-sharing agreement before the end of next year."
    )
    assert agreements_of(f) == []
