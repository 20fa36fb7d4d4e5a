"""A body's complement that says what it fights ("Alliance against Counterfeiting") and a part
of the world or a country inside a name that its acronym closes ("Organization for Cooperation
in Africa of Patent Examination (OCAPE)"), while a body and the place it sits in stay two:
importers/en/orgs/run_breaks.py, chunks.py; "Law" closing such a field before the acronym is the
body's field, no law named after it: not_bodies.py. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_against_joins_a_body_s_complement() -> None:
    text = (
        "The National Office for Protection against Unfair Trade and Industrial Property "
        "(NOPUTIP) signed a memorandum with the Korean Intellectual Property Office.\n"
    )
    names = org_set(facts_text(text))
    assert "National Office for Protection against Unfair Trade and Industrial Property" in names
    assert "National Office for Protection" not in names


def test_against_opens_a_body_s_complement() -> None:
    text = "Ana Ruiz, president of the Alliance against Product Piracy, spoke in Lima.\n"
    assert "Alliance against Product Piracy" in org_set(facts_text(text))


def test_against_between_two_bodies_keeps_them_two() -> None:
    text = "The dispute of the Zetland Patent Office against Acme Corporation was settled.\n"
    names = org_set(facts_text(text))
    assert "Zetland Patent Office" in names
    assert not any("against" in n for n in names)


def test_a_part_of_the_world_inside_a_name_its_acronym_closes() -> None:
    text = (
        "Mr. Kwame Mensah, Executive Secretary of the Organization for Cooperation in Africa "
        "of Patent Examination (OCAPE), welcomed the delegation.\n"
    )
    facts = facts_text(text)
    whole = "Organization for Cooperation in Africa of Patent Examination"
    assert whole in org_set(facts)
    assert "Organization for Cooperation" not in org_set(facts)
    assert ("Kwame Mensah", "Executive Secretary", whole) in roles(facts)


def test_a_body_and_the_city_it_sits_in_stay_apart() -> None:
    text = "The Patent Office in Geneva (POG) and the Federal Institute met on Monday.\n"
    names = org_set(facts_text(text))
    assert not any("Geneva" in n for n in names)


def test_law_closing_a_field_before_the_acronym_is_the_body_s_field() -> None:
    text = (
        "The Institute of Comparative Trade Law (ICTL) and the Japan Patent Office held a "
        "joint seminar in Osaka.\n"
    )
    assert "Institute of Comparative Trade Law" in org_set(facts_text(text))


def test_a_law_named_after_a_body_is_still_no_body() -> None:
    text = "The Seed Board of Xland Act, 2009 sets the fees of the Patent Office of Xland.\n"
    assert not any(n.startswith("Seed Board") for n in org_set(facts_text(text)))
