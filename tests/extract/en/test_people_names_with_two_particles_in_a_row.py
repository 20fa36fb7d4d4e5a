"""A family name may open with two particles in a row, as Dutch, German, Spanish and
Portuguese names write them ("van der", "von der", "de la", "de los"): the name runs on past
both to the capitalised family name, as it runs past one ("van Berg", "bin Ali"). Names and
sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import facts_text, people_names, roles


@pytest.mark.parametrize(
    "name",
    ["Pieter van der Berg", "Karl von der Heide", "Maria de la Cruz", "Lucia de los Rios"],
)
def test_a_name_after_a_title_runs_past_two_particles(name: str) -> None:
    f = facts_text(
        f"The Director General of the Borovian Patent Office, Mr. {name}, opened the forum."
    )
    assert (name, "Director General", "Borovian Patent Office") in roles(f)


def test_one_particle_still_links_a_family_name() -> None:
    f = facts_text("Director General Pieter van Berg of the Borovian Patent Office spoke.")
    assert "Pieter van Berg" in people_names(f)
