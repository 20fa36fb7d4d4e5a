"""Verbs that bring no agreement into being though a signing verb stands near: a plan the
sides finalised after they "exchanged opinions" (the exchange took its own object), a joint
statement whose draft they only "reached a consensus on", and a memorandum named as "the
signed" one after a preposition (importers/en/agreements/clauses.py, governs.py)."""

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
        "in line with the terms of the signed two-sided Memorandum of Understanding between "
        "PPO and HTB concerning examiner exchanges."
    )
    assert agreements_of(facts_text(text, date="2030-05-04")) == []

