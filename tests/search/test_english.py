"""Search in English: acronyms, former names, words in any order, accents, typos,
agreements by title and by party."""

from __future__ import annotations

from typing import Any

import pytest

from store.search import search
from tests.search.kb import IDS, ids, top


@pytest.mark.parametrize(
    "q,who",
    [("ipos", "ipos"), ("IPOS", "ipos"), ("SIPO", "cnipa"), ("cnipa", "cnipa"), ("Wipo", "wipo")],
)
def test_acronyms_any_case_find_the_organisation(session: Any, q: str, who: str) -> None:
    h = top(session, q)
    assert (h.kind, h.id, h.how) == ("organisation", IDS[who], "exact")


def test_a_previous_name_finds_the_organisation(session: Any) -> None:
    assert top(session, "State Intellectual Property Office").id == IDS["cnipa"]


@pytest.mark.parametrize(
    "q",
    ["singapore ip office", "office singapore", "Singapore Intellectual", "intel prop off sing"],
)
def test_english_words_in_any_order_and_abbreviated(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.kind, h.id) == ("organisation", IDS["ipos"])


def test_a_computed_acronym_finds_the_organisation(session: Any) -> None:
    assert IDS["cnipa"] in ids(search(session, "cnipa"))
    assert IDS["wipo"] in ids(search(session, "wipo"))
    assert IDS["tajik"] in ids(search(session, "ncfpiot"))


def test_accents_are_folded(session: Any) -> None:
    for q in ["Antonio Campinos", "antonio", "campinos antonio", "ANTÓNIO CAMPINOS"]:
        assert top(session, q).id == IDS["campinos"], q


def test_a_typo_finds_the_name_when_nothing_else_does(session: Any) -> None:
    h = top(session, "Francis Gury")
    assert (h.id, h.how) == (IDS["gurry"], "typo")
    assert top(session, "Gurrry").id == IDS["gurry"]
    assert top(session, "francisgury").id == IDS["gurry"]


def test_agreements_by_title_words(session: Any) -> None:
    h = top(session, "belt and road")
    assert (h.kind, h.id) == ("agreement", IDS["belt"])
    assert h.matched.startswith("Agreement on Enhancing")


def test_agreements_by_party_name(session: Any) -> None:
    h = top(session, "tajikistan mou")
    assert (h.kind, h.id) == ("agreement", IDS["mou"])
    assert IDS["belt"] in ids(search(session, "belt road wipo"), "agreement")
    assert IDS["belt"] in ids(search(session, "中国政府", kind="agreement"))
