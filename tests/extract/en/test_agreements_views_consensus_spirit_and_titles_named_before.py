"""Verbs that bring no agreement into being though a signing verb stands near: a plan the
sides finalised after they "exchanged opinions" (the exchange took its own object), a joint
statement whose draft they only "reached a consensus on", and a memorandum named as "the
signed" one after a preposition. And a capitalised title named before with its parties
("the Harbour Agreement between A and B") keeps them when the text later tells its signing
(importers/en/agreements/clauses.py, governs.py, named_before.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_plan_finalised_after_opinions_were_exchanged_is_not_signed() -> None:
    text = (
        "On 3 May 2030 the heads of the Pelican Patent Office (PPO) and the Heron Trademark "
        "Bureau (HTB) met in Lindberg. They compared results, exchanged opinions about joint "
        "training and finalised their action plan for 2031."
    )
    assert agreements_of(facts_text(text, date="2030-05-04")) == []


def test_letters_exchanged_and_a_plan_adopted_still_sign() -> None:
    text = (
        "On 3 May 2030 the Pelican Patent Office (PPO) and the Heron Trademark Bureau (HTB) "
        "exchanged letters and adopted a joint work plan for 2031."
    )
    got = agreements_of(facts_text(text, date="2030-05-04"))
    assert [k for _, k, _, _ in got] == ["work_plan"]


def test_a_consensus_on_a_draft_statement_adopts_nothing() -> None:
    text = (
        "The Pelican Patent Office (PPO) and the Heron Trademark Bureau (HTB) held talks in "
        "Lindberg on 3 May 2030. Both bureaus reached a consensus on the draft of a joint "
        "statement on design filings; it will be published once each bureau approves it."
    )
    assert agreements_of(facts_text(text, date="2030-05-04")) == []


def test_the_signed_memorandum_whose_terms_offices_follow_is_named_not_signed() -> None:
    text = (
        "Delegates of the Pelican Patent Office (PPO) visited the Heron Trademark Bureau (HTB) "
        "in Lindberg in May 2030.\n\n"
        "The Pelican Patent Office will fund two examiner posts at the Heron Trademark Bureau, "
        "following the terms of the signed reciprocal Memorandum of Understanding between "
        "PPO and HTB concerning examiner exchanges."
    )
    assert agreements_of(facts_text(text, date="2030-05-04")) == []


def test_the_exchange_of_the_signed_originals_still_tells_the_signing() -> None:
    text = (
        "Programme of the day, 3 May 2030\n\n"
        'Host: "We now come to the exchange of the signed originals of the Memorandum of '
        "Understanding on Examiner Exchanges between the Pelican Patent Office (PPO) and the "
        'Heron Trademark Bureau (HTB)."'
    )
    got = agreements_of(facts_text(text, date="2030-05-04"))
    assert [k for _, k, _, _ in got] == ["mou"]


def test_a_title_named_before_with_its_parties_keeps_them_at_its_signing() -> None:
    text = (
        "Experts of the Pelican Patent Office (PPO) reviewed how the Harbour Agreement between "
        "the Heron Trademark Bureau (HTB) and the Crane Innovation Agency (CIA) would be "
        "applied.\n\n"
        "Staff of the PPO then listed the tasks that follow from the signing of the Harbour "
        "Agreement."
    )
    got = agreements_of(facts_text(text, date="2030-05-04"))
    assert [(t, p) for t, _, _, p in got] == [
        ("Harbour Agreement", frozenset({"Heron Trademark Bureau", "Crane Innovation Agency"}))
    ]
