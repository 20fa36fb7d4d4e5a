"""Two spellings of one body's name that unseen texts bring, proposed as one body: two words
written as one ("Trade Mark" / "Trademark"), with a head word of the same group; a Chinese
name with 政府 (government) between its country and the body, and without. Every name here
is our own."""

from __future__ import annotations

from pathlib import Path

from tests.store.review_kb import MadeOrgs, proposed_pairs

TEXTS = {
    "one.txt": "The Lesotho Seed and Trade Mark Office met a guild. 莱索托政府种子部出席。",
    "two.txt": "The Lesotho Seed and Trademark Bureau opened a fair. 莱索托种子部发言。",
    "three.txt": "The Lesotho Seed and Trade Office opened a fair. 莱索托政府发言。",
}


def _pairs(tmp_path: Path, made: MadeOrgs) -> set[frozenset[str]]:
    return proposed_pairs(tmp_path / "spelled.db", TEXTS, made)


def test_two_words_written_as_one_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "two": ("Lesotho Seed and Trade Mark Office", "one.txt", [], "LS"),
            "one": ("Lesotho Seed and Trademark Bureau", "two.txt", [], "LS"),
            "other": ("Lesotho Seed and Trade Office", "three.txt", [], "LS"),
        },
    )
    assert frozenset(("two", "one")) in found
    assert frozenset(("one", "other")) not in found


def test_a_chinese_name_with_government_after_its_country_pairs_with_the_name(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "governed": ("莱索托政府种子部", "one.txt", [], "LS"),
            "plain": ("莱索托种子部", "two.txt", [], "LS"),
            "government": ("莱索托政府", "three.txt", [], "LS"),
        },
    )
    assert frozenset(("governed", "plain")) in found
    assert frozenset(("government", "plain")) not in found
