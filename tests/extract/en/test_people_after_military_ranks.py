"""An officer's rank written before the name ("Chief of Staff Lt.-Gen. NAME", "Major
General NAME") is a form of address, as "Dr" is: the name after it is the holder's."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_an_abbreviated_rank_between_a_title_and_the_name_is_skipped() -> None:
    f = facts_text(
        "The visit comes ahead of Army Chief of Staff Lt.-Gen. Arno Vesterlund's trip to Oslo."
    )
    assert "Arno Vesterlund" in people_names(f)


def test_a_rank_in_full_before_the_name_is_no_part_of_it() -> None:
    f = facts_text(
        "The Coastal Guard Authority (CGA) met on Monday. "
        "CGA Director General Rear Admiral Mira Koskinen opened the session."
    )
    assert "Mira Koskinen" in people_names(f)
    assert ("Mira Koskinen", "Director General", "Coastal Guard Authority") in roles(f)
