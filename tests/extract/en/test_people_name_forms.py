"""Personal names in the forms official English writes them (importers/en/names.py,
roles/patterns.py, roles/mentions.py): styles and letters around a name, Cantonese and
Japanese name orders, Korean family names re-used alone."""

from __future__ import annotations

from importers.en.names import name_after
from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_minister_styled_the_hon_with_letters_after_the_name_is_found() -> None:
    f = facts_text(
        "The Minister for Trade and Tourism, the Hon Mark Ellis MP, opened the new office."
    )
    assert "Mark Ellis" in people_names(f)
    ellis = next(p.key for p in f.people if p.name == "Mark Ellis")
    assert [r.title for r in f.roles if r.person == ellis] == ["Minister for Trade and Tourism"]


def test_a_cantonese_name_may_end_in_ip() -> None:
    f = facts_text(
        "The accord was witnessed by the Director of the Hong Kong Intellectual Property "
        "Department, Ip Wing Sze."
    )
    assert "Ip Wing Sze" in people_names(f)


def test_the_abbreviation_ip_in_capitals_is_still_not_a_name() -> None:
    f = facts_text("The talks were led by Commissioner Rui Lin IP, of the State Office.")
    assert not any("IP" in n.split() for n in people_names(f))


def test_a_japanese_family_name_in_capitals_before_the_given_name_after_a_title() -> None:
    f = facts_text(
        "The memorandum was signed by JPO Commissioner MORIYAMA Kenji and the Director "
        "General of the Philippine office."
    )
    assert "MORIYAMA Kenji" in people_names(f)
    assert ("MORIYAMA Kenji", "Commissioner", "JPO") in roles(f) or any(
        p == "MORIYAMA Kenji" and t == "Commissioner" for p, t, _ in roles(f)
    )


def test_a_korean_name_is_mentioned_again_by_its_family_name() -> None:
    f = facts_text(
        "Yoon Seo-yeon was appointed Commissioner of the Korean Intellectual Property Office "
        "in May. Commissioner Yoon met the EUIPO delegation the next day."
    )
    person = next(p for p in f.people if p.name == "Yoon Seo-yeon")
    assert "Yoon" in person.aliases  # the name as written, its title a post


def test_a_family_name_written_in_capitals_comes_back_in_title_case() -> None:
    f = facts_text(
        "The arrangement was signed by JPO Commissioner MORIYAMA Kenji. Commissioner Moriyama "
        "said the pilot would start in April."
    )
    person = next(p for p in f.people if p.name == "MORIYAMA Kenji")
    assert "Moriyama" in person.aliases


def test_a_sentence_glued_to_a_caption_s_name_is_no_part_of_the_name() -> None:
    facts = facts_text(
        "Agency Director Maria HollanderThe office opened a new branch in Lisbon this spring. "
        "It was her first visit."
    )
    assert "Maria Hollander" in people_names(facts)
    assert not any("HollanderThe" in n for n in people_names(facts))


def test_a_name_with_a_capital_inside_stays_whole() -> None:
    facts = facts_text("The agreement was signed by Director Angus McDonald in Ottawa.")
    assert "Angus McDonald" in people_names(facts)


def test_a_vietnamese_name_with_its_own_letters_is_one_name() -> None:
    facts = facts_text(
        "At the workshop, Deputy Director Trương Thị Lực of the Ministry of Finance "
        "welcomed the delegates."
    )
    assert "Trương Thị Lực" in people_names(facts)
    assert ("Trương Thị Lực", "Deputy Director", "Ministry of Finance") in roles(facts)


def test_a_titled_name_with_a_possessive_ends_before_the_apostrophe() -> None:
    f = facts_text(
        "The chair read out President Ana Lucia Ferreira's message of welcome, and the "
        "minister thanked Governor Tom Reilly’s staff."
    )
    assert {"Ana Lucia Ferreira", "Tom Reilly"} <= people_names(f)


def test_a_countrys_possessive_after_a_title_is_no_name() -> None:
    text = "Thanks went to the Chair New Zealand's delegate."
    assert name_after(text, text.index(" New")) is None
