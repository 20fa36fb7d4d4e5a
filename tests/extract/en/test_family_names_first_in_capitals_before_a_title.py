"""A Chinese or Korean name written family name first, in capitals, as such offices write
their officials in English, read as a name before its title ("NAME, Title of X") where the
two words stand alone; an acronym before a name never becomes its family name."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_chinese_family_name_in_capitals_before_the_title_of_a_body() -> None:
    f = facts_text(
        "On May 9, LIU Jianmin, Director of the Eastland Patent Office, received the visiting "
        "Anna Berg, President of the Westland Patent Office."
    )
    assert ("LIU Jianmin", "Director", "Eastland Patent Office") in roles(f)
    assert ("Anna Berg", "President", "Westland Patent Office") in roles(f)


def test_a_korean_family_name_in_capitals_before_the_title_of_a_body() -> None:
    f = facts_text(
        "The meeting was opened by PARK Min-ho, Commissioner of the Southland Patent Office."
    )
    assert ("PARK Min-ho", "Commissioner", "Southland Patent Office") in roles(f)


def test_an_acronym_before_a_name_is_not_its_family_name() -> None:
    f = facts_text(
        "The Eastland Patent Office (EPO) welcomed the visitors. EPO Wang Jianmin, "
        "Director of the office, spoke first."
    )
    assert not any(n.startswith("EPO") for n in people_names(f))


def test_a_single_syllable_after_capitals_is_not_a_given_name() -> None:
    f = facts_text("A note by UNDP Lin, Director of the Eastland Patent Office, was read out.")
    assert "UNDP Lin" not in people_names(f)
