"""A body's town after its name and a comma, before "and" and the next body named in full
("between the X Council, Lahore and Y Board of Z"), closes the first name and opens no
second one (importers/en/orgs/seats.py). So does a town that ends a body's name after "in"
("the X Mission to Y in Vienna and Z Office of W"). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_town_after_a_body_and_a_comma_is_no_word_of_the_next_body() -> None:
    names = org_set(
        facts_text(
            "A memorandum was signed between the Cotton Research Institute, Multan and Seed "
            "Certification Board of Xland on Monday.\n"
        )
    )
    assert {"Cotton Research Institute", "Seed Certification Board of Xland"} <= names
    assert not any(n.startswith("Multan") for n in names)


def test_a_field_word_after_a_comma_stays_in_the_list_of_fields() -> None:
    names = org_set(
        facts_text("The Ministry of Health, Labour and Welfare met the visitors on Monday.\n")
    )
    assert "Ministry of Health, Labour and Welfare" in names


def test_a_short_body_after_a_single_word_and_and_stays_whole() -> None:
    names = org_set(
        facts_text("The Yland Trade Office, Food and Drug Administration staff met on Monday.\n")
    )
    assert "Food and Drug Administration" in names


def test_a_town_that_ends_a_missions_name_is_no_word_of_the_next_body() -> None:
    names = org_set(
        facts_text(
            "The visitors included officials of the Ministry of Justice, Permanent Mission of "
            "Brazil to the United Nations in Vienna and Patent Office of the Republic of Korea.\n"
        )
    )
    assert "Patent Office of the Republic of Korea" in names
    assert not any(n.startswith("Vienna") for n in names)


def test_a_town_that_ends_an_embassys_name_is_no_word_of_the_next_body() -> None:
    names = org_set(
        facts_text(
            "Delegates came from the Central Bank, the Embassy of Peru in Lisbon and Copyright "
            "Office of the Republic of Chile.\n"
        )
    )
    assert "Copyright Office of the Republic of Chile" in names
    assert not any(n.startswith("Lisbon") for n in names)


def test_a_town_that_ends_a_consulates_name_before_a_long_board_name() -> None:
    names = org_set(
        facts_text(
            "The panel drew members from the Consulate General of Japan in Chicago and Trade "
            "Promotion Board of the State of Illinois.\n"
        )
    )
    assert "Trade Promotion Board of the State of Illinois" in names
    assert not any(n.startswith("Chicago") for n in names)
