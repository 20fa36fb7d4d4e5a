"""People known by one name (importers/en/roles/patterns.py): a single word after a title is
a person's whole name when the text also makes it the subject of a reporting verb, and one
before a comma and a title is when it is an item of a semicolon list of people and their posts
(roles/odd_names.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_one_word_name_after_a_title_that_later_speaks_is_a_person() -> None:
    f = facts_text(
        "The Directorate General of Intellectual Property of Mongolia signed a plan with the "
        "Korean Intellectual Property Office.\n\nDirector General of Intellectual Property "
        "Suharto and KIPO Commissioner Mara Quell signed it in Jakarta. Suharto told reporters the "
        "plan would shorten examination."
    )
    assert "Suharto" in people_names(f)
    assert (
        "Suharto",
        "Director General of Intellectual Property",
        "Directorate General of Intellectual Property of Mongolia",
    ) in roles(f)


def test_a_capitalised_word_after_a_title_that_never_speaks_is_no_person() -> None:
    f = facts_text(
        "The Commissioner Geneva meeting ended. Commissioner Geneva, as the press called the "
        "session, was short."
    )
    assert "Geneva" not in people_names(f)


def test_a_one_word_name_set_off_by_commas_after_a_title_is_a_person() -> None:
    f = facts_text(
        "The Directorate General of Customs of Timor-Leste met the Korea Customs Service.\n\n"
        "The Director General of the Directorate General of Customs of Timor-Leste, Wirahadi, "
        "and the Commissioner of the Korea Customs Service, Joon Park, opened the talks. "
        "Wirahadi told the meeting that seizures had doubled."
    )
    assert (
        "Wirahadi",
        "Director General",
        "Directorate General of Customs of Timor-Leste",
    ) in roles(f)


def test_a_one_word_name_before_a_title_and_a_comma_is_a_person() -> None:
    f = facts_text(
        "The Directorate General of Taxes of Indonesia signed a plan with the Korean "
        "Intellectual Property Office.\n\nThe plan was signed by Sutomo, Director General of "
        "the Directorate General of Taxes of Indonesia. Sutomo said the plan would help."
    )
    assert (
        "Sutomo",
        "Director General",
        "Directorate General of Taxes of Indonesia",
    ) in roles(f)


def test_a_place_set_off_by_commas_after_a_title_is_no_person() -> None:
    f = facts_text(
        "The Directorate General of Taxes of Indonesia hosted a seminar.\n\n"
        "Bandung, Director General of the Directorate General of Taxes of Indonesia, opened "
        "the seminar; the Director General of the Directorate General of Taxes, Surabaya, "
        "closed it."
    )
    assert not {"Bandung", "Surabaya"} & people_names(f)


def test_one_word_of_a_longer_name_set_off_by_commas_is_no_whole_name() -> None:
    f = facts_text(
        "The Patent Office of Oceania signed a plan.\n\nThe Director General of the Patent "
        "Office of Oceania, Wirahadi, signed it. Later Budi Wirahadi said it was fine."
    )
    assert "Wirahadi" not in people_names(f)


def test_a_one_word_item_of_a_semicolon_list_of_people_and_posts_is_a_person() -> None:
    f = facts_text(
        "Guests included Lena Sorvik, Director of the Finnish Patent and Registration "
        "Office; Wirahadi, Director General of the Directorate General of Customs of "
        "Timor-Leste; and Joon Park, Commissioner of the Korea Customs Service."
    )
    assert (
        "Wirahadi",
        "Director General",
        "Directorate General of Customs of Timor-Leste",
    ) in roles(f)
    assert {"Lena Sorvik", "Joon Park"} <= people_names(f)


def test_a_one_word_item_of_a_semicolon_list_of_places_is_no_person() -> None:
    f = facts_text(
        "The Estonian Patent Office has sites in Tartu, Estonia; Valga, Head Office of the "
        "Estonian Patent Office; and Narva."
    )
    assert "Valga" not in people_names(f)
