"""A body named in full with its country, and by an acronym of the rest of its name in the
same text, is proposed as one body even when it states an acronym of its own; the same
acronym in another text is not paired with it. Every name here is our own."""

from __future__ import annotations

from pathlib import Path

from store.review.abridged import countryless_initials
from tests.store.review_kb import MadeOrgs, proposed_pairs

#: a notice naming an office in full with its own acronym, then by a shorter one
NOTICE = (
    "The Industrial Design Office of Uruguay (IDOU) opened a filing desk in March. "
    "The IDO will answer questions on renewals."
)
#: another text, where the same short form stands for another body
OTHER = "The IDO of a neighbouring state sent two examiners."


def _pairs(tmp_path: Path, made: dict[str, tuple[str, str, list[str]]]) -> set[frozenset[str]]:
    """The organisations MADE (key: name, the document stating it, further names) and the
    pairs of them the queue proposes."""
    texts = {"notice.txt": NOTICE, "other.txt": OTHER}
    with_country: MadeOrgs = {k: (n, p, a, None) for k, (n, p, a) in made.items()}
    return proposed_pairs(tmp_path / "abridged.db", texts, with_country)


def test_an_office_and_the_acronym_of_its_name_without_the_country_are_proposed_as_one(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": ("Industrial Design Office of Uruguay", "notice.txt", ["IDOU"]),
            "short": ("IDO", "notice.txt", []),
        },
    )
    assert frozenset(("full", "short")) in found


def test_the_same_acronym_in_another_text_is_no_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": ("Industrial Design Office of Uruguay", "notice.txt", ["IDOU"]),
            "short": ("IDO", "other.txt", []),
        },
    )
    assert frozenset(("full", "short")) not in found


def test_the_initials_leave_out_the_country_and_the_small_words() -> None:
    assert countryless_initials("Industrial Design Office of Uruguay") == "ido"
    assert countryless_initials("Uruguayan Industrial Design Office") == "ido"
    assert countryless_initials("Industrial Design Office") == ""  # (no country: acronyms())
    assert countryless_initials("Ministry of Trade of Uruguay") == ""  # (two letters)
