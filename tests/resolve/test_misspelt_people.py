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
        ("Abdul Rahman Al Dwairej", "Abdulrahman Al-Dwairej"),  # particles apart or joined
        ("Abdul Rahman Bin Faisal Al Dwairej", "Abdul Rahman Al-Dwairej"),  # father left out
        ("Abdul Rahman Bin Faisal Al Dwairej", "Abdulrahman Al-Duwairej"),  # and a vowel added
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
        ("Nawaf bin Turki Al Mutlaq", "Nawaf bin Hamad Al Mutlaq"),  # two fathers: two people
        ("Hessa Al-Otaibi", "Lulwa Al-Otaibi"),  # one family, two people
        ("Siti Rohana binti Kassim", "Siti Rohana"),  # a Malay name ends with the father's
        ("Heinrich Oberlander", "Heinrich Oberlandera"),  # a vowel at the end: another name
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


def test_an_arabic_name_spelt_two_ways_at_the_same_post_is_one_person(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Doha, 2 February 2026 - Dr. Abdul Rahman Bin Faisal Al Dwairej, Governor of the "
        "Ruritanian Intellectual Property Authority, opened a regional patent clinic.\n",
        "Geneva, 17 May 2026 - Dr. Abdulrahman Al-Duwairej, Governor of the Ruritanian "
        "Intellectual Property Authority, met the heads of three trademark offices.\n",
    )
    found = [p for p in data["people"] if "wairej" in p["name"]]
    assert len(found) == 1


def test_two_people_sharing_a_family_name_and_particle_stay_two(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Doha, 2 February 2026 - Dr. Majed Bin Fahad Al Mutairi, Governor of the Ruritanian "
        "Intellectual Property Authority, opened a regional patent clinic.\n",
        "Geneva, 17 May 2026 - Dr. Majed Al-Mutairi, Director of the Bordurian Trade Bureau, "
        "met the heads of three trademark offices.\n",
        "Muscat, 9 June 2026 - Dr. Saad Al-Mutairi, Governor of the Ruritanian Intellectual "
        "Property Authority, welcomed a delegation of examiners.\n",
    )
    found = [p for p in data["people"] if "Mutairi" in p["name"]]
    assert len(found) == 3
