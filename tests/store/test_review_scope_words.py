"""A body whose scope word is miswritten ("International X Organization" in one text, "World X
Organization" in another) is proposed as a duplicate pair (review.txt head_synonyms); a body
that differs by another word is not. Every name and sentence here is our own."""

from __future__ import annotations

from pathlib import Path

from tests.store.review_kb import proposed_pairs

TEXTS = {
    "assembly.txt": "The World Lantern Makers Organization (WLMO) held its assembly.",
    "note.txt": "Delegates met at the International Lantern Makers Organization in spring.",
    "other.txt": "The World Lantern Buyers Organization answered the letter.",
}


def test_one_scope_word_for_another_is_one_pair(tmp_path: Path) -> None:
    found = proposed_pairs(
        tmp_path / "scope.db",
        TEXTS,
        {
            "world": ("World Lantern Makers Organization", "assembly.txt", ["WLMO"], None),
            "international": ("International Lantern Makers Organization", "note.txt", [], None),
            "buyers": ("World Lantern Buyers Organization", "other.txt", [], None),
        },
    )
    assert frozenset(("world", "international")) in found
    assert frozenset(("world", "buyers")) not in found
    assert frozenset(("international", "buyers")) not in found
