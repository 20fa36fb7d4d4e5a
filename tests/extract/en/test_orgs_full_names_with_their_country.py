"""A known body's full name with its own country after "of" ("the Federal Service for ...
of the Russian Federation") is one form of its name, kept as an alias: the country adds
nothing."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_a_full_name_with_its_own_country_after_of_is_a_form_of_the_body() -> None:
    f = extract(
        "A letter of intent between the Japan Patent Office and the Federal Service for "
        "Intellectual Property, Patents and Trademarks of the Russian Federation was signed "
        "in Moscow on Tuesday."
    )
    names = {o.ref: {o.name, *o.aliases} for o in f.orgs}
    assert (
        "Federal Service for Intellectual Property, Patents and Trademarks of the Russian "
        "Federation" in names["rospatent"]
    )


def test_a_country_glued_after_a_body_s_name_without_of_names_that_country_s_body() -> None:
    """ "the Industrial Property Institute Mozambique": the country written after the name
    with no "of" says which country's body it is, and the bare name is no body of its own."""
    for text in (
        "Staff of the Industrial Property Institute Mozambique attended a course in Maputo.",
        "A memorandum was signed between the Industrial Property Institute Mozambique and "
        "the Japan Patent Office.",
    ):
        orgs = extract(text).orgs
        named = next(o for o in orgs if "Industrial" in o.name)
        assert named.name == "Industrial Property Institute of Mozambique"
        assert "Industrial Property Institute Mozambique" in named.aliases
        assert "Industrial Property Institute" not in named.aliases


def test_a_country_of_two_words_glued_after_a_name_read_whole_is_that_country() -> None:
    """ "the Seed Variety Institute South Korea" read whole as a party: the longest country
    ends the name, not its last word ("Korea"), which would leave "South" in the body's name."""
    orgs = extract(
        "A memorandum was signed between the Seed Variety Institute South Korea and the Japan "
        "Patent Office."
    ).orgs
    named = next(o for o in orgs if "Seed" in o.name)
    assert named.country == "KR" and "South" not in named.name
