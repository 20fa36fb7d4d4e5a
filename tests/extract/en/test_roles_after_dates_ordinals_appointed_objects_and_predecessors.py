"""Posts in a history of an office's heads: a subject after an opening date ("On Monday,
NAME was sworn in as ..."), a lower-case ordinal that counts holders ("the first Registrar
of X"), a title that belongs to the name after it ("Governor Hale's Registrar"), an
appointing verb's object ("appointed NAME head of X") and a named predecessor ("NAME,
Roe's predecessor")."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_date_before_the_subject_keeps_the_post_taken_with_as() -> None:
    for opening in ("On Tuesday, ", "On Friday, May 9, ", "In 2015, ", "On 3 June 2015, "):
        f = facts_text(
            f"{opening}Lena Marsh was sworn in as Registrar of the Norland Trade Marks Office."
        )
        assert ("Lena Marsh", "Registrar", "Norland Trade Marks Office") in roles(f), opening


def test_a_lower_case_ordinal_counts_holders_and_stays_out_of_the_title() -> None:
    f = facts_text(
        "Omar Beck, the first Commissioner of Patents, opened the Norland Patent Office in 1990."
    )
    assert ("Omar Beck", "Commissioner of Patents", "Norland Patent Office") in roles(f)


def test_a_capitalised_ordinal_is_still_a_grade_of_the_title() -> None:
    f = facts_text("Ana Ruiz, First Secretary of the Norland Patent Office, signed the plan.")
    assert ("Ana Ruiz", "First Secretary", "Norland Patent Office") in roles(f)


def test_a_title_before_a_possessive_name_is_that_persons_not_the_appositions() -> None:
    f = facts_text(
        "Omar Beck, Governor Hale's second Commissioner of Patents, ran the Norland Patent "
        "Office for four years."
    )
    got = roles(f)
    assert ("Omar Beck", "Commissioner of Patents", "Norland Patent Office") in got
    assert not any(p == "Omar Beck" and t == "Governor" for p, t, _ in got)


def test_the_object_of_an_appointing_verb_holds_the_title_after_it() -> None:
    f = facts_text(
        "The cabinet took months to appoint Tomas Weil head of the Norland Patent Office. "
        "The board later named Irene Solano Director of the Norland Patent Office."
    )
    got = roles(f)
    assert ("Tomas Weil", "head", "Norland Patent Office") in got
    assert ("Irene Solano", "Director", "Norland Patent Office") in got


def test_an_appointing_verb_gives_no_post_without_a_body_after_the_title() -> None:
    f = facts_text("The Norland Patent Office named Irene Solano Chair for the evening.")
    assert not any(p == "Irene Solano" for p, _, _ in roles(f))


def test_a_named_predecessor_held_the_post_of_the_person_named_by_surname() -> None:
    f = facts_text(
        "Lena Marsh was sworn in as Registrar of the Norland Trade Marks Office. "
        "Paul Ferris, Marsh's immediate predecessor, served for six years."
    )
    assert "Paul Ferris" in people_names(f)
    assert ("Paul Ferris", "Registrar", "Norland Trade Marks Office") in roles(f)
