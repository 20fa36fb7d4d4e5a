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


def test_a_unit_after_its_owners_capitals_and_its_own_acronym_in_one_text_pair() -> None:
    from store.review.abridged import loosely
    from store.review.pairs import _Entity

    full = "OGL Seed Quality Experts Group"
    entities = {
        1: _Entity(1, full, names=[full], documents={4}),
        2: _Entity(2, "SEG", names=["SEG"], documents={4}),
        3: _Entity(3, "SQEG", names=["SQEG"], documents={4}),
        4: _Entity(4, "QEG", names=["QEG"], documents={4}),
        5: _Entity(5, "SQG", names=["SQG"], documents={9}),
    }
    assert sorted(found[0] for found in loosely(entities, 40)) == [(1, 2), (1, 3)]


def test_a_name_with_no_owners_capitals_gives_no_loose_acronym() -> None:
    from store.review.abridged import loosely
    from store.review.pairs import _Entity

    full = "Seed Quality Experts Group"
    entities = {
        1: _Entity(1, full, names=[full], documents={4}),
        2: _Entity(2, "SEG", names=["SEG"], documents={4}),
    }
    assert list(loosely(entities, 40)) == []
