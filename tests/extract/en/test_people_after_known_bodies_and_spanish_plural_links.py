"""A person named right after the known body of her title, with no comma between them
(importers/en/orgs/trailing_names.py), and the Spanish plural links "de los", "de las" inside a
personal name (store/text/words/en_rules.txt, [name_particles])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_head_named_after_a_known_body_ending_in_a_field_is_a_person() -> None:
    f = facts_text(
        "The Director General of the Mexican Institute of Industrial Property Lucia Ferrer "
        "Ortiz opened the seminar in Monterrey."
    )
    assert "Mexican Institute of Industrial Property" in org_set(f)
    assert not any("Lucia" in n for n in org_set(f))
    assert roles(f) == {
        ("Lucia Ferrer Ortiz", "Director General", "Mexican Institute of Industrial Property")
    }


def test_an_unknown_body_ending_in_a_field_keeps_its_words() -> None:
    f = facts_text("The Director of the Ruritanian Institute of Industrial Property Rights spoke.")
    assert "Ruritanian Institute of Industrial Property Rights" in org_set(f)


def test_de_los_and_de_las_are_links_inside_a_name() -> None:
    f = facts_text(
        "The Commissioner received Ms. Rosa de los Rios Vega, Director of the Ruritanian "
        "Patent Office, and Mr. Tomas de las Heras Gil, its Deputy Director."
    )
    names = people_names(f)
    assert "Rosa de los Rios Vega" in names
    assert "Tomas de las Heras Gil" in names
    assert not {"Rios Vega", "Heras Gil"} & names
