"""A title-case headline capitalises its verb as much as its names: in "Talks between the
Envoy and the Director of X Held at X" the words after the title's body ("Held") are the
headline's verb, no holder, even where the headline leaves a long preposition ("between",
"during") in lower case, as Chicago style does with every preposition. And a story that has
named a body in full may call it by its kind alone before the holder, set off by a comma and
addressed: "the Director of the Institute, Mr. NAME," holds the post at the one institute the
text has named. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

STORY = (
    "The envoy of Xandria was received at the Borovian Seed Research Institute (BSRI) on "
    "Monday. During the visit the Director of the Institute, Mr. Tomas Velkov, presented its "
    "programmes and hoped to work with the Xandrian Plant Variety Office.\n"
)


def test_a_headline_verb_after_a_title_and_its_body_names_no_one() -> None:
    text = "Director of BSRI Opens Harvest Fair\n\n" + STORY
    facts = facts_text(text)
    assert "Opens Harvest Fair" not in people_names(facts)
    assert ("Tomas Velkov", "Director", "Borovian Seed Research Institute") in roles(facts)


def test_a_long_preposition_left_in_lower_case_keeps_the_line_a_headline() -> None:
    text = "BSRI Director Opens Harvest Fair between Two Growing Seasons\n\n" + STORY
    assert "Opens Harvest Fair" not in people_names(facts_text(text))


def test_the_holder_of_a_title_at_a_body_named_by_its_kind_then_addressed_is_read() -> None:
    got = roles(facts_text(STORY))
    assert ("Tomas Velkov", "Director", "Borovian Seed Research Institute") in got


def test_a_kind_that_fits_two_bodies_named_before_gives_neither() -> None:
    text = (
        "The Borovian Seed Research Institute and the Xandrian Soil Institute met. "
        "The Director of the Institute, Mr. Tomas Velkov, spoke first.\n"
    )
    got = roles(facts_text(text))
    assert not any(org.endswith("Institute") for _, _, org in got)


def test_the_holder_set_off_by_commas_after_a_title_at_a_body_named_by_its_kind() -> None:
    text = (
        "A team from Xandria toured the Borovian Institute of Seed Research. The Director of "
        "the Institute, Tomas Velkov, showed the team its laboratories.\n"
    )
    got = roles(facts_text(text))
    assert got == {("Tomas Velkov", "Director", "Borovian Institute of Seed Research")}
