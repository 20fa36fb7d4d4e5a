"""Roles (importers/en/roles/respective.py, successions.py): names paired in order with the
titles "respectively" lists, and both people of "A succeeds B as Title"."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_respectively_before_the_titles_gives_each_name_the_title_in_its_place() -> None:
    f = facts_text(
        "The arrangement was signed in Oslo by Ms Ingrid Solberg and Mr Matti Laine, "
        "respectively Director General of the Norwegian Industrial Property Office and "
        "Deputy Director General of the Finnish Patent and Registration Office."
    )
    assert ("Ingrid Solberg", "Director General", "Norwegian Industrial Property Office") in roles(
        f
    )
    assert (
        "Matti Laine",
        "Deputy Director General",
        "Finnish Patent and Registration Office",
    ) in roles(f)


def test_respectively_after_the_titles_pairs_them_the_same_way() -> None:
    f = facts_text(
        "Dr Noor Hamid and Mr Teodor Radu, President of the Maldives Patent Agency and "
        "Director of the Romanian State Office for Inventions, respectively, opened the talks."
    )
    assert ("Noor Hamid", "President", "Maldives Patent Agency") in roles(f)
    assert ("Teodor Radu", "Director", "Romanian State Office for Inventions") in roles(f)
    assert ("Noor Hamid", "Director", "Romanian State Office for Inventions") not in roles(f)


def test_a_list_whose_titles_and_names_do_not_pair_up_is_left_to_the_other_patterns() -> None:
    f = facts_text(
        "Ms Ana Ferreira and Mr Luis Gomez, respectively Director of the Portuguese "
        "Institute of Industrial Property, spoke."
    )
    assert ("Luis Gomez", "Director", "Portuguese Institute of Industrial Property") not in {
        r for r in roles(f) if r[0] == "Ana Ferreira"
    }


def test_a_successor_and_the_predecessor_both_hold_the_post_named_after_them() -> None:
    f = facts_text(
        "Mr Oskar Berg succeeds Ms Maja Holm as Director General of the Danish Patent and "
        "Trademark Office from 1 October."
    )
    assert ("Oskar Berg", "Director General", "Danish Patent and Trademark Office") in roles(f)
    assert ("Maja Holm", "Director General", "Danish Patent and Trademark Office") in roles(f)


def test_who_replaced_after_a_name_makes_the_name_the_successor() -> None:
    f = facts_text(
        "Dr Selin Kaya, who replaced Murat Demir as President of the Turkish Patent and "
        "Trademark Office last year, visited Seoul."
    )
    assert {"Selin Kaya", "Murat Demir"} <= people_names(f)
    assert ("Selin Kaya", "President", "Turkish Patent and Trademark Office") in roles(f)
    assert ("Murat Demir", "President", "Turkish Patent and Trademark Office") in roles(f)


def test_a_body_electing_one_name_to_succeed_another_gives_both_the_post() -> None:
    f = facts_text(
        "The Governing Board of the Nordic Design Union has elected Mr Pedro SALGADO to "
        "succeed Mr Karl WEBER as Director General of the Nordic Design Office (NDO)."
    )
    assert ("Pedro SALGADO", "Director General", "Nordic Design Office") in roles(f)
    assert ("Karl WEBER", "Director General", "Nordic Design Office") in roles(f)


def test_a_family_name_in_capitals_after_a_form_of_address_is_the_person_named_before() -> None:
    f = facts_text(
        "The Board appointed Ms Clara MENDES to succeed Mr Karl WEBER as Director of the "
        "Andean Seed Registry (ASR). Ms MENDES is currently Registrar of the Lusitanian "
        "Trade Mark Office (LTMO). She is also a former President of the Atlantic Patent "
        "Institute (API)."
    )
    assert ("Clara MENDES", "Registrar", "Lusitanian Trade Mark Office") in roles(f)
    assert ("Clara MENDES", "President", "Atlantic Patent Institute") in roles(f)
    assert ("Karl WEBER", "President", "Atlantic Patent Institute") not in roles(f)
