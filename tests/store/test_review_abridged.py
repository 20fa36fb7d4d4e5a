"""A body named in full with its country, and by an acronym of the rest of its name in the
same text, is proposed as one body even when it states an acronym of its own; the same
acronym in another text is not paired with it. Every name here is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.abridged import countryless_initials
from store.review.pairs import duplicate_pairs
from store.review.queue import PAIR_THRESHOLD
from store.writer import add_mention, add_name, new_organisation
from tests.store.review_kb import add_documents

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
    db = open_database(f"sqlite:///{tmp_path / 'abridged.db'}")
    texts = {"notice.txt": NOTICE, "other.txt": OTHER}
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = add_documents(s, texts, lang="en")
        for key, (name, path, aliases) in made.items():
            org = new_organisation(s, name)
            assert org.id is not None
            ids[key] = org.id
            for alias in aliases:
                add_name(s, "organisation", org.id, alias)
            start = max(texts[path].find(name), 0)
            add_mention(
                s,
                docs[path],
                "organisation",
                org.id,
                start=start,
                end=start + len(name),
                surface=name,
                extractor="en/1",
                confidence=0.9,
            )
        s.commit()
        by_id = {v: k for k, v in ids.items()}
        found = {
            frozenset((by_id[p.a], by_id[p.b]))
            for p in duplicate_pairs(s, "organisation")
            if p.p_same >= PAIR_THRESHOLD
        }
    db.engine.dispose()
    return found


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
