""" "General Director" is a title of its own, the head of a body as "Director General" is, in
either case ("NAME, general director of X"), not "Director" with a stray word before it
(en_titles.txt [title_bases])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_lower_case_general_director_in_apposition() -> None:
    f = facts_text(
        "The agreement was signed with Mr. Kowalski, general director of the Baltic Seed "
        "Agency, in Vilnius on 4 July 2019."
    )
    assert ("Kowalski", "general director", "Baltic Seed Agency") in roles(f)


def test_a_capitalised_general_director_keeps_the_whole_title() -> None:
    f = facts_text("General Director of the Baltic Seed Agency Jonas Petraitis met the guests.")
    assert ("Jonas Petraitis", "General Director", "Baltic Seed Agency") in roles(f)
