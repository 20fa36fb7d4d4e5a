"""A body's full name followed directly by its one-word short name, with no bracket or comma
("the Federal Service for Inventions Xpatent"), where the text also writes the short name
alone: the short name is a form of the same body, no word of its name, and no second body."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import extract


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "The envoy visited the National Inventions Centre of Lemuria Lempatent on Monday. "
            "He said that Lempatent would open a regional branch.",
            "National Inventions Centre of Lemuria",
            "Lempatent",
        ),
        (
            "A delegation met the Federal Service for Industrial Property Xpatent in May. "
            "Talks with Xpatent will go on.",
            "Federal Service for Industrial Property",
            "Xpatent",
        ),
        (
            "The pilot was agreed with the Institute of Industrial Property of Xland IIPX. "
            "IIPX will examine the first requests.",
            "Institute of Industrial Property of Xland",
            "IIPX",
        ),
    ],
)
def test_a_short_name_after_the_full_name_is_a_form_of_the_body(
    text: str, full: str, short: str
) -> None:
    f = extract(text)
    assert [(o.name, short in o.aliases) for o in f.orgs] == [(full, True)]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "Examiners from the Patent Office of the Philippines PATPH toured the archive.",
            "Patent Office of the Philippines",
            "PATPH",
        ),
        (
            "The minister thanked the Industrial Property Centre of Moldova Moldpat for its work.",
            "Industrial Property Centre of Moldova",
            "Moldpat",
        ),
        (
            "Bulletin: the Office of Industrial and Commercial Property OICP opened a desk "
            "in Rabat.",
            "Office of Industrial and Commercial Property",
            "OICP",
        ),
    ],
)
def test_a_short_name_after_a_country_or_a_capitals_acronym_needs_no_second_mention(
    text: str, full: str, short: str
) -> None:
    """A country ends the complement, so a word run on after it is the short name; so is an
    acronym in capitals after words in small letters."""
    f = extract(text)
    assert [(o.name, short in o.aliases) for o in f.orgs] == [(full, True)]


def test_a_plural_noun_after_a_countrys_adjective_stays_in_the_name() -> None:
    f = extract("A mission of the Union of Saudi Traders visited Riyadh in May.")
    assert "Union of Saudi Traders" in {o.name for o in f.orgs}


def test_a_place_run_on_after_its_country_stays_in_the_name() -> None:
    f = extract("He met the Minister of Commerce of the Lao PDR in Vientiane.")
    assert not any(o.name.endswith("Lao") for o in f.orgs)


def test_a_word_the_text_also_writes_in_lower_case_stays_in_the_name() -> None:
    f = extract(
        "He met the Department for Promotion of Industry and Internal Trade in Delhi. "
        "Exports grew, and trade with Xland doubled, said the Ministry of Economy, Trade "
        "and Industry."
    )
    assert "Department for Promotion of Industry and Internal Trade" in {o.name for o in f.orgs}


def test_a_word_written_alone_only_to_open_a_sentence_stays_in_the_name() -> None:
    f = extract(
        "She joined the Institute for Advanced Legal Studies in March. Studies on patents "
        "were its first task."
    )
    assert "Institute for Advanced Legal Studies" in {o.name for o in f.orgs}
