"""Spanish and Portuguese names join their two family names with "y" or "e" and link them
with "do" or "das": the whole is one person's name, found where a title sets it off."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_spanish_name_with_y_between_its_family_names_is_one_name() -> None:
    f = facts_text(
        "Rodrigo Vidal y Montes, Director of the Andean Trademark Institute, opened the forum."
    )
    assert ("Rodrigo Vidal y Montes", "Director", "Andean Trademark Institute") in roles(f)


def test_a_portuguese_name_with_e_and_do_is_one_name_read_either_way() -> None:
    f = facts_text(
        "Dr. Helena Prado e Lima, President of the Lusitania Patent Board, met "
        "the President of the Atlantic Design Office, Carlos do Vale Ramos."
    )
    names = people_names(f)
    assert {"Helena Prado e Lima", "Carlos do Vale Ramos"} <= names
