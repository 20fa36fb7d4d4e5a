"""Hong Kong and Macao officials often go by an English given name and their family name in
Latin letters (Vincent Chan) in English texts and by their Chinese name (陳建輝) in Chinese
ones. The two are one person when the family name is a listed spelling of the Chinese one and
both hold the same role at the same body, with no second such person there; a given name
shaped like a romanised syllable must romanise the Chinese given name instead."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from importers.resolve.romanised import english_given_form
from store.db import Database, open_database
from tests.resolve.people_kb import import_texts, person_ids


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("陳建輝", "Vincent Chan"),
        ("黃美玲", "Christina Wong"),
        ("梁志強", "Ivy Leung Chi-keung"),
        ("方嘉雯", "Margot Fong"),
    ],
)
def test_an_english_given_name_before_a_listed_family_spelling_fits(han: str, latin: str) -> None:
    assert english_given_form(han, latin)


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("陳建輝", "Vincent Lee"),  # another family name
        ("陳建輝", "Wai Chan"),  # a syllable that would have to romanise 建輝
        ("陳建輝", "Chan Vincent"),  # family name first is no English given form
        ("陳建輝", "Vincent Chan Mo-po"),  # the words after the family name differ
        ("陳", "Vincent Chan"),  # no given name in characters
    ],
)
def test_a_name_that_is_not_an_english_given_form_of_the_chinese_one_does_not_fit(
    han: str, latin: str
) -> None:
    assert not english_given_form(han, latin)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'given.db'}")
    yield database
    database.engine.dispose()


ENGLISH = (
    "Macao, 6 February 2025 - Vincent Chan, Director of the Economic and Technological "
    "Development Bureau (DSEDT), welcomed a group of patent attorneys to a seminar.\n"
)
CHINESE = "2025年4月9日，澳門經濟及科技發展局局長陳建輝出席商標實務講座並致辭。\n"


def test_an_english_given_name_and_a_chinese_name_holding_one_post_are_one_person(
    db: Database, tmp_path: Path
) -> None:
    import_texts(db, tmp_path, {"en.txt": ENGLISH, "zh.txt": CHINESE})
    assert len(person_ids(db, "Vincent Chan", "陳建輝")) == 1


def test_another_post_at_the_body_keeps_the_two_names_apart(db: Database, tmp_path: Path) -> None:
    deputy = CHINESE.replace("局長", "副局長")
    import_texts(db, tmp_path, {"en.txt": ENGLISH, "zh.txt": deputy})
    assert len(person_ids(db, "Vincent Chan", "陳建輝")) == 2


def test_two_holders_of_the_post_with_that_family_name_join_neither(
    db: Database, tmp_path: Path
) -> None:
    other = (
        "Macao, 2 March 2025 - Gloria Chan, Director of the Economic and Technological "
        "Development Bureau (DSEDT), opened a training course for examiners.\n"
    )
    import_texts(db, tmp_path, {"en.txt": ENGLISH, "en2.txt": other, "zh.txt": CHINESE})
    assert len(person_ids(db, "Vincent Chan", "Gloria Chan", "陳建輝")) == 3


def test_the_chinese_name_stored_first_is_joined_by_the_english_given_form_later(
    db: Database, tmp_path: Path
) -> None:
    import_texts(db, tmp_path, {"a_zh.txt": CHINESE, "b_en.txt": ENGLISH})
    assert len(person_ids(db, "Vincent Chan", "陳建輝")) == 1
