"""A body one text names generically ("the Seed Office") and another names in full with its
country: the queue proposes the two as one when the generic name's text names that country
and one body of it only holds the generic name's words. Every name here is our own."""

from __future__ import annotations

from pathlib import Path

from store.review.generic import generic_name, text_countries
from tests.store.review_kb import MadeOrgs, proposed_pairs

TEXTS = {
    "short.txt": "The Lesotho seed sector took a step: the IP Office signed a note with a guild.",
    "full.txt": "The National Office for Intellectual Property and Seeds of Lesotho met a guild.",
    "other.txt": "The Intellectual Property Office of Malawi opened a library.",
    "none.txt": "The IP Office signed a note with a guild of weavers.",
}


def _pairs(tmp_path: Path, made: MadeOrgs) -> set[frozenset[str]]:
    return proposed_pairs(tmp_path / "generic.db", TEXTS, made)


def test_a_generic_name_is_a_head_and_what_the_body_does_only() -> None:
    assert generic_name("IP Office")
    assert generic_name("the Patent Office")
    assert not generic_name("Seed Registry Office")  # (a word no topic: a body's own name)
    assert not generic_name("Patent Office of Lesotho")
    assert text_countries("A Lesotho guild met Malawian weavers.") == {"LS", "MW"}
    # the regions the countries table names in Chinese only, as the resolver reads them
    assert text_countries("A Hong Kong guild met weavers in Macau.") == {"HK", "MO"}


def test_a_generic_name_pairs_with_the_one_body_of_its_texts_country(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "short": ("IP Office", "short.txt", [], None),
            "full": ("National Office for Intellectual Property and Seeds", "full.txt", [], "LS"),
            "other": ("Intellectual Property Office of Malawi", "other.txt", [], "MW"),
        },
    )
    assert frozenset(("short", "full")) in found
    assert frozenset(("short", "other")) not in found


def test_a_generic_name_in_a_text_of_no_country_pairs_with_none(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "short": ("IP Office", "none.txt", [], None),
            "full": ("National Office for Intellectual Property and Seeds", "full.txt", [], "LS"),
        },
    )
    assert not found


def test_the_body_of_its_texts_country_stays_proposed_among_namesakes(tmp_path: Path) -> None:
    """Other states' offices that bear the generic name's words as a name of theirs share
    their pairs with it among their countries; the one its text's country names is meant."""
    found = _pairs(
        tmp_path,
        {
            "short": ("IP Office", "short.txt", [], None),
            "full": ("National Office for Intellectual Property and Seeds", "full.txt", [], "LS"),
            "other": ("Malawi Seed Office", "other.txt", ["Intellectual Property Office"], "MW"),
            "third": ("Ruritania Seed Office", "other.txt", ["Intellectual Property Office"], "BW"),
        },
    )
    assert frozenset(("short", "full")) in found
    assert frozenset(("short", "other")) not in found
