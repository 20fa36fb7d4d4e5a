"""Honours before a name (importers/en/roles/model.py): Malay, Brunei, Thai, Indonesian and
Arabic honours ("Tan Sri", "Dato' Sri", "Pehin", "Khun", "Hajah") are not part of a person's
name, but the honoured name is a form the person is also known by, as "Dr NAME" is."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, people_names, roles


def _forms(f: DocumentFacts, name: str) -> set[str]:
    return {a for p in f.people if p.name == name for a in (p.name, *p.aliases)}


def test_a_malay_honour_is_kept_as_a_form_of_the_name_not_in_it() -> None:
    f = facts_text(
        "The Intellectual Property Corporation of Malaysia signed a plan.\n\nIt was signed by "
        "Tan Sri Razak Hamid, Chairman of the Intellectual Property Corporation of Malaysia, "
        "and witnessed by Dato' Sri Mariam Yusof, Secretary General of the Ministry of "
        "Domestic Trade of Malaysia."
    )
    assert {"Razak Hamid", "Mariam Yusof"} <= people_names(f)
    assert "Tan Sri Razak Hamid" in _forms(f, "Razak Hamid")
    assert "Dato' Sri Mariam Yusof" in _forms(f, "Mariam Yusof")


def test_brunei_and_arabic_honours_are_forms_of_one_person_each() -> None:
    f = facts_text(
        "The Brunei Intellectual Property Office hosted the meeting. Its Registrar, Pehin Abdul "
        "Karim Mohd, welcomed the guests, with Hajah Siti Aminah binti Haji Yusof, Deputy "
        "Registrar of the Brunei Intellectual Property Office."
    )
    assert {"Abdul Karim Mohd", "Siti Aminah binti Haji Yusof"} <= people_names(f)
    assert "Hajah Siti Aminah binti Haji Yusof" in _forms(f, "Siti Aminah binti Haji Yusof")
    assert not {"Pehin Abdul Karim Mohd", "Hajah Siti Aminah binti Haji Yusof"} & people_names(f)


def test_a_thai_or_indonesian_form_of_address_is_no_part_of_the_name() -> None:
    f = facts_text(
        "The Department of Intellectual Property of Thailand met the Directorate General of "
        "Taxes of Indonesia.\n\nThey were led by Khun Somchai Rattanakul, Director-General of "
        "the Department of Intellectual Property of Thailand, and Ibu Ratna Dewi Kusuma, "
        "Director General of the Directorate General of Taxes of Indonesia."
    )
    assert {"Somchai Rattanakul", "Ratna Dewi Kusuma"} <= people_names(f)
    assert (
        "Ratna Dewi Kusuma",
        "Director General",
        "Directorate General of Taxes of Indonesia",
    ) in roles(f)
