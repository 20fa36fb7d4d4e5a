"""Statements named as titles are, and the sides of the meeting that adopts them.

A capitalised statement named by its place or topic ("the Bay IP Statement") is an
instrument as a declaration is (kinds.py), but an account's "Financial Statements", one
body's "Press Statement" and a bare "Statement" are none ([one_voice_statements]).
Adopted at a meeting named after two sides joined by a dash ("the Kestrel-ASEAN Heads of
IP Offices Meeting") with no body adopting it in the sentence, it is the statement of those
two sides: a group the text names, and a country's body the text names (meeting_sides.py);
one that has fewer than two sides even then ("its Modern Slavery Statement") is one body's
words.
"""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_named_statement_adopted_by_two_offices_is_their_statement() -> None:
    text = (
        "The Kestrel Patent Office (KPO) and the Heron Patent Office (HPO) adopted the "
        "Bay IP Statement on 8 February 2012.\n"
    )
    [(title, kind, date, parties)] = agreements_of(facts_text(text, "2012-02-15"))
    assert (title, kind, date) == ("Bay IP Statement", "joint_statement", "2012-02-08")
    assert parties == frozenset({"Kestrel Patent Office", "Heron Patent Office"})


def test_financial_statements_approved_are_no_instrument() -> None:
    text = (
        "The Board of the Kestrel Patent Office (KPO) approved the Annual Financial "
        "Statements on 8 February 2012.\n"
    )
    assert agreements_of(facts_text(text, "2012-02-15")) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The Kestrel Patent Office (KPO) issued a Press Statement on 8 February 2012.",
        "The Kestrel Patent Office (KPO) and the Heron Patent Office (HPO) issued a Media "
        "Statement on 8 February 2012.",
        "The Kestrel Patent Office (KPO) and the Heron Patent Office (HPO) adopted the "
        "Statement on 8 February 2012.",
    ],
)
def test_one_voice_or_a_bare_statement_is_no_instrument(sentence: str) -> None:
    assert agreements_of(facts_text(sentence + "\n", "2012-02-15")) == []


def test_a_named_statement_of_one_body_is_its_own_words() -> None:
    text = (
        "The board of the Kestrel Patent Office (KPO) approved its Modern Slavery Statement "
        "on 8 February 2012.\n"
    )
    assert agreements_of(facts_text(text, "2012-02-15")) == []


def test_a_statement_adopted_at_a_meeting_named_after_two_sides_is_theirs() -> None:
    text = (
        "Japan and ASEAN\n\n"
        "The Japan Patent Office (JPO) works with the Association of Southeast Asian Nations "
        "(ASEAN) on examination. At the First Japan-ASEAN Heads of Patent Offices Meeting "
        "held on February 8, it was agreed that training for ASEAN would go on, and the "
        "Bay IP Statement was adopted.\n"
    )
    [(_, kind, date, parties)] = agreements_of(facts_text(text, "2012-02-15"))
    assert (kind, date) == ("joint_statement", "2012-02-08")
    assert parties == frozenset({"Japan Patent Office", "Association of Southeast Asian Nations"})
