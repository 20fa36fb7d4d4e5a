"""Words of signing the probe grid found unread: a "programme of cooperation" is a
programme (importers/en/agreements/kinds.py); "sealed" and "put their signatures to" sign
an instrument ([sign_verbs] of en_agreements.txt)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

_PAIR = frozenset({"Austrian Patent Office", "Intellectual Property Office of Mongolia"})


def test_a_programme_of_cooperation_signed_is_a_programme() -> None:
    f = facts_text(
        "The Austrian Patent Office and the Intellectual Property Office of Mongolia signed a "
        "Programme of Cooperation for 2026-2028 in Vienna on 5 May 2025."
    )
    assert [(a[1], a[2], a[3]) for a in agreements_of(f)] == [("programme", "2025-05-05", _PAIR)]


def test_a_memorandum_sealed_is_signed() -> None:
    f = facts_text(
        "On 9 October 2025 the Austrian Patent Office and the Intellectual Property Office of "
        "Mongolia sealed a memorandum of understanding on examiner training."
    )
    assert [(a[1], a[2], a[3]) for a in agreements_of(f)] == [("mou", "2025-10-09", _PAIR)]


def test_heads_who_put_their_signatures_to_a_memorandum_sign_it_for_their_offices() -> None:
    f = facts_text(
        "President Karin Huber of the Austrian Patent Office and Director General Bat-Erdene "
        "Dorj of the Intellectual Property Office of Mongolia put their signatures to a "
        "memorandum of understanding on 14 January 2025."
    )
    assert [(a[1], a[2], a[3]) for a in agreements_of(f)] == [("mou", "2025-01-14", _PAIR)]


def test_a_seal_as_a_noun_signs_nothing() -> None:
    f = facts_text(
        "The memorandum of understanding of the Austrian Patent Office bears the seal of the "
        "Republic, its website notes."
    )
    assert agreements_of(f) == []
