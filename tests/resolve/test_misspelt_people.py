"""One person whose long family name a text misspells (two letters swapped, one doubled) is
still one person where the post is the same; a different letter, or another post, is not."""

from __future__ import annotations

import pytest

from importers.resolve.misspelt import one_slip
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Marguerite Okonkwova", "Marguerite Okonkowva"),
        ("Marguerite Okonkwova", "Marguerite Okonkwovva"),
    ],
)
def test_one_slip_in_a_long_family_name_is_the_same_name(a: str, b: str) -> None:
    assert one_slip(a, b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Ann Andersen", "Ann Anderson"),  # another letter: another family
        ("Li Wei", "Li Wie"),  # a short word: no slip to speak of
        ("Marguerite Okonkwova", "Marguerite Okonkwova Diallo"),
        ("Marguerite Okonkwova", "Marguerite Okkonwova"),  # two changes
    ],
)
def test_other_differences_are_not_one_slip(a: str, b: str) -> None:
    assert not one_slip(a, b)


def test_a_misspelt_name_at_the_same_post_is_the_person_named_before(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Almaty, 4 March 2026 - Marguerite Okonkwova, President of the Ruritanian Patent "
        "Office, opened a training week for examiners.\n",
        "Vienna, 9 April 2026 - Marguerite Okonkowva, President of the Ruritanian Patent "
        "Office, signed a memorandum with the Austrian Patent Office.\n",
    )
    found = [p for p in data["people"] if p["name"].startswith("Marguerite")]
    assert len(found) == 1


def test_a_misspelt_name_at_another_post_stays_another_person(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Almaty, 4 March 2026 - Marguerite Okonkwova, President of the Ruritanian Patent "
        "Office, opened a training week for examiners.\n",
        "Vienna, 9 April 2026 - Marguerite Okonkowva, Director of the Austrian Patent Office, "
        "welcomed a delegation from Almaty.\n",
    )
    found = [p for p in data["people"] if p["name"].startswith("Marguerite")]
    assert len(found) == 2
