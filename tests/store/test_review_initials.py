"""A person named by an initial and a surname in one text and in full in another (or the
same) is proposed as one person; two different initials, or two full first names sharing
an initial, are not. Every name here is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.initials import initial_key
from store.review.pairs import duplicate_pairs
from store.review.queue import PAIR_THRESHOLD
from store.writer import add_mention, new_person
from tests.store.review_kb import add_documents

#: a notice naming a registrar in full, and a later one naming her by her initial
NOTICE = "Registrar Ingrid Vasquez-Morel opened the workshop on design filings."
LATER = "I. Vasquez-Morel and M. Vasquez-Morel signed the minutes; Irene Vasquez-Morel spoke."


def _pairs(tmp_path: Path, made: dict[str, tuple[str, str]]) -> dict[frozenset[str], float]:
    """The people MADE (key: name, the document stating it) and the pairs of them the queue
    proposes, with how likely each is one person."""
    db = open_database(f"sqlite:///{tmp_path / 'initials.db'}")
    texts = {"notice.txt": NOTICE, "later.txt": LATER}
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = add_documents(s, texts, lang="en")
        for key, (name, path) in made.items():
            person = new_person(s, name)
            assert person.id is not None
            ids[key] = person.id
            start = max(texts[path].find(name), 0)
            add_mention(
                s,
                docs[path],
                "person",
                person.id,
                start=start,
                end=start + len(name),
                surface=name,
                extractor="en/1",
                confidence=0.9,
            )
        s.commit()
        by_id = {v: k for k, v in ids.items()}
        found = {
            frozenset((by_id[p.a], by_id[p.b])): p.p_same for p in duplicate_pairs(s, "person")
        }
    db.engine.dispose()
    return found


def test_an_initialled_name_and_the_full_name_with_its_surname_are_proposed_as_one(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": ("Ingrid Vasquez-Morel", "notice.txt"),
            "initial": ("I. Vasquez-Morel", "later.txt"),
        },
    )
    assert found[frozenset(("full", "initial"))] >= PAIR_THRESHOLD


def test_another_initial_or_two_full_first_names_are_no_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": ("Ingrid Vasquez-Morel", "notice.txt"),
            "other_initial": ("M. Vasquez-Morel", "later.txt"),
            "other_full": ("Irene Vasquez-Morel", "later.txt"),
        },
    )
    assert frozenset(("full", "other_initial")) not in found
    assert frozenset(("full", "other_full")) not in found


def test_an_honorific_before_a_name_is_no_initial() -> None:
    assert initial_key("H.E. I. Vasquez-Morel") == ("i", "vasquezmorel", True)
    assert initial_key("Dr. Ingrid Vasquez-Morel") == ("i", "vasquezmorel", False)
    assert initial_key("华明远") is None
