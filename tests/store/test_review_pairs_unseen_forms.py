"""Forms of one body's name that texts never seen before bring, and that the queue proposes
as one body: the name with its state's head and country after it ("of the Kingdom of X")
and without; the full name followed by the body's short name; the full name and, in the
same text, the name less "National" and its country; a Chinese name holding a Latin short
form in brackets and the same name without it. Every name here is our own."""

from __future__ import annotations

from pathlib import Path

from tests.store.review_kb import MadeOrgs, proposed_pairs

TEXTS = {
    "visit.txt": "The National Seed Registry Centre of Lesotho Seedreg welcomed a delegation. "
    "The Seed Registry Centre showed its vaults. The National Seed Registry Center of "
    "Lesotho signed a note.",
    "note.txt": "The Ministry of Looms and Pottery of the Kingdom of Lesotho met traders.",
    "later.txt": "The Ministry of Looms and Pottery opened a fair. The Seed Registry Centre "
    "of the capital is another body.",
    "zh.txt": "某某组织(ABCO)学院举办课程。",
}


def _pairs(tmp_path: Path, made: MadeOrgs) -> set[frozenset[str]]:
    return proposed_pairs(tmp_path / "forms.db", TEXTS, made)


def test_a_name_with_the_kingdom_of_its_country_and_the_name_alone_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": (
                "Ministry of Looms and Pottery of the Kingdom of Lesotho",
                "note.txt",
                [],
                None,
            ),
            "bare": ("Ministry of Looms and Pottery", "later.txt", [], None),
        },
    )
    assert frozenset(("full", "bare")) in found


def test_a_name_then_its_short_name_after_it_pairs_with_the_name(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "known": ("National Seed Registry Center of Lesotho", "visit.txt", ["Seedreg"], None),
            "trailed": ("National Seed Registry Centre of Lesotho Seedreg", "visit.txt", [], None),
        },
    )
    assert frozenset(("known", "trailed")) in found


def test_a_further_word_that_is_no_name_of_the_other_is_no_trailing_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "one": ("Ministry of Looms and Pottery", "note.txt", [], None),
            "two": ("Ministry of Looms and Pottery Exports", "later.txt", [], None),
        },
    )
    assert frozenset(("one", "two")) not in found


def test_a_name_less_national_and_its_country_in_one_text_pairs(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": ("National Seed Registry Center of Lesotho", "visit.txt", [], None),
            "bare": ("Seed Registry Centre", "visit.txt", [], None),
        },
    )
    assert frozenset(("full", "bare")) in found


def test_a_name_less_national_and_its_country_in_another_text_is_no_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": ("National Seed Registry Center of Lesotho", "visit.txt", [], None),
            "bare": ("Seed Registry Centre", "later.txt", [], None),
        },
    )
    assert frozenset(("full", "bare")) not in found


def test_a_chinese_name_with_a_bracketed_short_form_pairs_with_it_without(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "bracketed": ("某某组织(ABCO)学院", "zh.txt", [], None),
            "known": ("ABCO Academy", "later.txt", ["某某组织学院"], None),
        },
    )
    assert frozenset(("bracketed", "known")) in found
