"""A possessive closing a government's name, or opening an IP office's with a country of two
words, is no part of either name: "the Government of Xland's plan" names the Government of
Xland, and "New Zealand's IP office" is written with its whole country."""

from __future__ import annotations

from tests.extract.en.helpers import all_names, facts_text, org_set


def test_a_governments_possessive_is_no_part_of_its_name() -> None:
    f = facts_text(
        "The Government of Laos signed the accord in Vientiane in May. Delegates praised the "
        "Government of Laos's support for young inventors."
    )
    names = org_set(f)
    assert "Government of Laos" in names
    assert not any(n.endswith(("'s", "’s")) for n in names)


def test_a_curly_possessive_after_a_royal_government_ends_its_name() -> None:
    f = facts_text(
        "The Royal Government of Cambodia adopted a new patent policy. Observers welcomed "
        "the Royal Government of Cambodia’s plan for small firms."
    )
    assert not any(n.endswith("’s") for n in org_set(f))


def test_a_country_of_two_words_before_an_ip_office_is_written_whole() -> None:
    f = facts_text(
        "Examiners of South Korea’s Intellectual Property Office will train forty officials "
        "in Lusaka next spring, the two offices said."
    )
    office = next(o for o in f.orgs if o.ref == "kipo")
    assert "South Korea’s Intellectual Property Office" in all_names(f, office.key)
    assert "Korea’s Intellectual Property Office" not in all_names(f, office.key)


def test_a_capitalised_word_before_the_country_is_no_part_of_the_office() -> None:
    f = facts_text("Meanwhile Chile's IP office opened a second branch in Valparaiso.")
    office = next(o for o in f.orgs if o.country == "CL")
    assert "Chile's IP office" in all_names(f, office.key)
    assert not any(n.startswith("Meanwhile") for n in org_set(f))


def test_a_ministry_after_a_kingdoms_long_form_is_also_written_with_its_short_name() -> None:
    f = facts_text(
        "Officials of the Ministry of Mines of the Kingdom of Lesotho visited Geneva in June."
    )
    ministry = f.orgs[0]
    assert ministry.country == "LS"
    assert "Ministry of Mines (Lesotho)" in all_names(f, ministry.key)
