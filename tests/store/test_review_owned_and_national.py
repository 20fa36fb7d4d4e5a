"""Three duplicate pairs the queue proposes between Latin names: a body's organ named with
its body's acronym and then alone in one text (owned.py), a country's body named once with
"National" and once without (pair_keys.py national_words), and two capitals alone with the
two words they stand for. Every name and sentence here is our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from store.review.owned import owned
from store.review.pair_keys import national
from tests.store.review_kb import MadeOrgs, proposed_pairs

#: a report naming a league's board with the league's acronym, then alone
REPORT = (
    "The Orchard Growers League (OGL) met in May. The OGL Steering Board chose its chair, "
    "and the Steering Board will meet again in June."
)
#: another text, where a steering board of another body is named
OTHER = "The Steering Board of a river authority approved the budget."
#: two texts naming one seed institute two ways
SEEDS = "The Norwegian Institute of Seed Varieties signed a memorandum."
MORE_SEEDS = "The National Institute of Seed Varieties (Norway) hosted the second round."


def _pairs(tmp_path: Path, made: MadeOrgs) -> set[frozenset[str]]:
    """The organisations MADE and the pairs of them the queue proposes."""
    texts = {"report.txt": REPORT, "other.txt": OTHER, "seeds.txt": SEEDS, "more.txt": MORE_SEEDS}
    return proposed_pairs(tmp_path / "owned.db", texts, made)


LEAGUE = ("Orchard Growers League", "report.txt", ["OGL"], None)


def test_an_organ_named_with_its_body_and_then_alone_in_one_text_is_one_pair(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "league": LEAGUE,
            "full": ("OGL Steering Board", "report.txt", [], None),
            "alone": ("Steering Board", "report.txt", [], None),
        },
    )
    assert frozenset(("full", "alone")) in found


def test_the_body_may_come_after_of(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "league": LEAGUE,
            "full": ("Steering Board of the Orchard Growers League", "report.txt", [], None),
            "alone": ("Steering Board", "report.txt", [], None),
        },
    )
    assert frozenset(("full", "alone")) in found


def test_the_organ_alone_in_another_text_is_no_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "league": LEAGUE,
            "full": ("OGL Steering Board", "report.txt", [], None),
            "alone": ("Steering Board", "other.txt", [], None),
        },
    )
    assert frozenset(("full", "alone")) not in found


def test_words_before_the_organ_that_name_no_body_make_no_pair() -> None:
    from store.review.pairs import _Entity

    entities = {
        1: _Entity(1, "Annual Steering Board", names=["Annual Steering Board"], documents={7}),
        2: _Entity(2, "Steering Board", names=["Steering Board"], documents={7}),
    }
    assert list(owned(entities)) == []


def test_a_body_named_national_once_and_by_its_country_once_is_one_pair(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "plain": ("Norwegian Institute of Seed Varieties", "seeds.txt", [], "NO"),
            "national": ("National Institute of Seed Varieties (Norway)", "more.txt", [], "NO"),
        },
    )
    assert frozenset(("plain", "national")) in found


def test_national_bodies_of_two_countries_are_no_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "plain": ("Norwegian Institute of Seed Varieties", "seeds.txt", [], "NO"),
            "national": ("National Institute of Seed Varieties (Chile)", "more.txt", [], "CL"),
        },
    )
    assert frozenset(("plain", "national")) not in found


def test_only_a_name_that_names_a_country_and_bears_national_is_national() -> None:
    assert national("National Institute of Seed Varieties (Norway)")
    assert not national("Norwegian Institute of Seed Varieties")
    assert not national("International Seed Council")


def test_two_capitals_alone_and_the_two_words_they_stand_for_are_one_pair(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "full": ("Orchard Union", "report.txt", [], None),
            "short": ("OU", "other.txt", [], None),
        },
    )
    assert frozenset(("full", "short")) in found


def test_two_names_whose_words_begin_alike_are_no_pair_by_their_initials(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "one": ("Orchard Union", "report.txt", [], None),
            "other": ("Olive Union", "other.txt", [], None),
        },
    )
    assert frozenset(("one", "other")) not in found


def _entities(*rows: tuple[int, list[str], set[int]]) -> dict[int, Any]:
    from store.review.pairs import _Entity

    return {i: _Entity(i, names[0], names=names, documents=docs) for i, names, docs in rows}


def test_one_unit_named_with_two_names_of_its_body_in_one_text_is_one_pair() -> None:
    from store.review.owned import renamed

    entities = _entities(
        (1, ["Orchard Growers League", "OGL"], {7, 8}),
        (2, ["OGL Tasting Panel"], {7}),
        (3, ["Tasting Panel of the Orchard Growers League"], {7}),
    )
    assert [found[0] for found in renamed(entities)] == [(2, 3)]


def test_two_bodies_units_or_two_texts_make_no_renamed_pair() -> None:
    from store.review.owned import renamed

    entities = _entities(
        (1, ["Orchard Growers League", "OGL"], {7, 8}),
        (4, ["Pear Pickers Union"], {7}),
        (2, ["OGL Tasting Panel"], {7}),
        (3, ["Pear Pickers Union Tasting Panel"], {7}),
        (5, ["Orchard Growers League Tasting Panel"], {8}),
    )
    assert list(renamed(entities)) == []
