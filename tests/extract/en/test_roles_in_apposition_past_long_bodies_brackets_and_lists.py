"""Holders set off from their posts the way news and participant lists write them: a body
of three words or more before the title ("NAME, the X Patent Office's Director General,",
in lower case "the X Office's deputy director, NAME,"), the title and its body in brackets
after the name, parted by a comma ("NAME (Commissioner, Y Agency)"), and two people in a
row each with a title ("NAME, Director of X Affairs, and NAME2, Title2"), where the "and"
opens the next person and is no part of the first title's field. Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_body_of_several_words_in_the_possessive_before_the_title_holds_the_post() -> None:
    got = roles(facts_text("Jan Kos, the Borovian Patent Office's Director General, spoke first."))
    assert got == {("Jan Kos", "Director General", "Borovian Patent Office")}


def test_a_word_of_tenure_may_stand_between_the_bodys_possessive_and_the_title() -> None:
    got = roles(facts_text("Jan Kos, the Borovian Patent Office's new Director General, spoke."))
    assert got == {("Jan Kos", "Director General", "Borovian Patent Office")}


def test_a_possessive_of_no_body_names_no_post() -> None:
    got = roles(facts_text("Jan Kos, the Old Harbour Town's Director General, spoke first."))
    assert got == set()


def test_a_title_and_its_body_parted_by_a_comma_in_brackets_after_each_name() -> None:
    f = facts_text(
        "The talks were attended by Jan Kos (Director General, Borovian Patent Office) and "
        "Lena Brandt (Commissioner, Xandrian Trademark Agency)."
    )
    got = roles(f)
    assert ("Jan Kos", "Director General", "Borovian Patent Office") in got
    assert ("Lena Brandt", "Commissioner", "Xandrian Trademark Agency") in got


def test_and_before_the_next_titled_name_is_no_part_of_the_first_title() -> None:
    f = facts_text(
        "The Borovian Patent Office sent Eva Lind, Director of International Affairs, and "
        "Tomas Berg, Senior Counsellor, to the talks in Vienna."
    )
    assert {"Eva Lind", "Tomas Berg"} <= people_names(f)
    got = roles(f)
    assert ("Eva Lind", "Director of International Affairs", "Borovian Patent Office") in got
    assert not any(p == "Tomas Berg" and t.startswith("Director") for p, t, _ in got)


def test_a_lower_case_title_after_a_bodys_possessive_with_its_holder_set_off() -> None:
    got = roles(
        facts_text(
            "The Borovian Patent Office’s deputy director general, Ms. Lena Brandt, opened "
            "the forum."
        )
    )
    assert got == {("Lena Brandt", "deputy director general", "Borovian Patent Office")}
