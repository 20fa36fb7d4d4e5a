"""A person named by initials and a family name in one text ("M. Okonkwova") and in full,
a patronymic perhaps among the given names, in another is one person where the post is the
same (importers/resolve/initialled.py); another initial, or another post, is not."""

from __future__ import annotations

import pytest

from importers.resolve.initialled import initials_fit
from tests.imported import import_texts


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("M. Okonkwova", "Marguerite Okonkwova"),
        ("M. Okonkwova", "Marguerite Ilyinichna OKONKWOVA"),  # a patronymic, capitals
        ("M. I. Okonkwova", "Marguerite Ilyinichna Okonkwova"),
        ("M.I. Okonkwova", "Marguerite Ilyinichna Okonkwova"),
        ("Dr. M. Okonkwova", "Marguerite Okonkwova"),  # the honorific is no initial
    ],
)
def test_initials_that_open_the_given_names_in_order_fit(short: str, full: str) -> None:
    assert initials_fit(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("T. Okonkwova", "Marguerite Okonkwova"),  # another initial
        ("M. P. Okonkwova", "Marguerite Ilyinichna Okonkwova"),  # a second initial that fails
        ("I. Okonkwova", "Marguerite Ilyinichna Okonkwova"),  # the patronymic's, not the first
        ("M. Okonkwova", "Marguerite Adeyemi"),  # another family
        ("Marguerite Okonkwova", "M. Okonkwova"),  # the full form is not the short one
        ("M. Okonkwova", "M. I. Okonkwova"),  # two initialled forms: nothing to expand
    ],
)
def test_other_initials_do_not_fit(short: str, full: str) -> None:
    assert not initials_fit(short, full)


def test_an_initialled_name_at_the_same_post_is_the_person_named_in_full(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Minsk, 4 March 2026 - The report of the President of the Ruritanian Patent Office, "
        "Mr. M. Okonkwova, was approved.\n",
        "Vienna, 9 April 2026 - Marguerite Ilyinichna OKONKWOVA, President of the Ruritanian "
        "Patent Office, signed a memorandum with the Austrian Patent Office.\n",
    )
    found = [p for p in data["people"] if "okonkwova" in p["name"].casefold()]
    assert len(found) == 1


def test_an_initialled_name_at_another_post_stays_another_person(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Minsk, 4 March 2026 - The report of the President of the Ruritanian Patent Office, "
        "Mr. M. Okonkwova, was approved.\n",
        "Vienna, 9 April 2026 - Marguerite Ilyinichna OKONKWOVA, Director of the Austrian "
        "Patent Office, signed a memorandum with the Ruritanian Patent Office.\n",
    )
    found = [p for p in data["people"] if "okonkwova" in p["name"].casefold()]
    assert len(found) == 2
