"""Through a real import: the form a text calls a person by ("Mr. Roe", "Dr. Roe") is kept
among the person's names, and a namesake called by the same form elsewhere is not linked to
them through it (resolve/people.is_reference_form)."""

from __future__ import annotations

from tests.imported import import_texts


def _names(person: dict) -> set[str]:
    return {person["name"], *person["aliases"]}


def test_a_surname_after_a_form_of_address_is_a_name_of_the_person(ipx, empty_db, tmp_path):
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Mr. Karl Ostrander, President of the Baltic Patent Board, met a delegation from "
        "Chile in Riga on 5 May 2023. Mr. Ostrander said the two offices would share "
        "examination results.\n",
    )
    people = [p for p in data["people"] if "Karl Ostrander" in _names(p)]
    assert len(people) == 1
    assert "Mr. Ostrander" in _names(people[0])


def test_namesakes_called_by_one_form_of_address_stay_apart(ipx, empty_db, tmp_path):
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Mr. Karl Ostrander, President of the Baltic Patent Board, met a delegation from "
        "Chile in Riga on 5 May 2023. Mr. Ostrander welcomed the guests.\n",
        "Mr. Erik Ostrander, Director of the Nordic Design Registry, opened a seminar in "
        "Oslo on 9 June 2023. Mr. Ostrander thanked the speakers.\n",
    )
    people = [p for p in data["people"] if "Mr. Ostrander" in _names(p)]
    assert len(people) == 2
