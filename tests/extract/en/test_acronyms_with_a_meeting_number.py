"""A group's acronym in brackets with the number of one of its meetings, in figures or in
Roman numerals ("(XYZG 12)", "(XYZG XII)"), defines the acronym alone, also where a forum's
acronym opens the group's name ("ABCD Seed Variety Experts' Group (SVEG XIV)")."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import all_names, facts_text, org_names


@pytest.mark.parametrize("number", ["14", "XIV", "XXXVIII"])
def test_the_meeting_number_is_left_out_of_the_acronym(number: str) -> None:
    f = facts_text(
        f"The 14th meeting of the Nordland Seed Variety Experts' Group (NSVEG {number}) "
        "opened in Tromso on Monday.\n\nThe NSVEG adopted its work plan."
    )
    key = next(k for k, n in org_names(f).items() if n.startswith("Nordland Seed"))
    names = all_names(f, key)
    assert "NSVEG" in names
    assert not any(number in n for n in names)
    assert len([n for n in org_names(f).values() if "NSVEG" in n]) == 0


def test_a_forum_acronym_before_the_group_s_name_is_passed_over() -> None:
    f = facts_text(
        "The meeting of the ABCD Seed Variety Experts' Group (SVEG XIV) opened on Monday."
        "\n\nThe SVEG Chair thanked the hosts."
    )
    key = next(k for k, n in org_names(f).items() if "Seed Variety" in n)
    assert "SVEG" in all_names(f, key)
    assert "SVEG XIV" not in all_names(f, key)
