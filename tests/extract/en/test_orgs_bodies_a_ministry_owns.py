"""A centre, service, agency, committee or office named with "of [the] Ministry ... of X"
(importers/en/orgs/ministry_units.py): two organisations, the body qualified by the
ministry's country and holding its head's role, and the ministry beside it."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def _names(f: object) -> dict[str, set[str]]:
    return {o.name: {o.name, *o.aliases} for o in f.orgs}  # type: ignore[attr-defined]


def test_a_centre_of_a_ministry_is_a_body_of_its_own_beside_the_ministry() -> None:
    f = facts_text(
        "Ms. Dina Volkova, Director of the Plant Variety Centre of the Ministry of Agriculture "
        "of the Republic of Moldova, opened the seminar."
    )
    names = _names(f)
    centre = names.get("Plant Variety Centre (Moldova)")
    assert centre is not None
    assert "Plant Variety Centre" in centre
    assert (
        "Plant Variety Centre of the Ministry of Agriculture of the Republic of Moldova" in centre
    )
    assert any(n.startswith("Ministry of Agriculture") for n in names)
    assert ("Dina Volkova", "Director", "Plant Variety Centre (Moldova)") in roles(f)


def test_a_service_named_with_a_ministry_without_an_article() -> None:
    f = facts_text(
        "The talks were led by Mr. Aram Petrosyan, Head of Trademark Service of Ministry of "
        "Economy of Armenia, and a delegation of the host office."
    )
    names = _names(f)
    assert "Trademark Service (Armenia)" in names
    assert "Ministry of Economy of Armenia" in names
    assert ("Aram Petrosyan", "Head", "Trademark Service (Armenia)") in roles(f)


def test_a_committee_whose_name_holds_of_ends_before_the_ministry() -> None:
    f = facts_text(
        "Nino Kapanadze, Vice Chair of the Committee of Copyright Protection of the Ministry "
        "of Culture of Georgia, signed the visitors' book."
    )
    names = _names(f)
    assert "Committee of Copyright Protection (Georgia)" in names
    assert "Ministry of Culture of Georgia" in names
    assert (
        "Nino Kapanadze",
        "Vice Chair",
        "Committee of Copyright Protection (Georgia)",
    ) in roles(f)


def test_a_department_of_a_ministry_stays_a_unit_in_the_title() -> None:
    f = facts_text(
        "Mr. Petr Novak, Director of the Legal Department of the Ministry of Industry of the "
        "Czech Republic, spoke."
    )
    assert not any(n.startswith("Legal Department") for n in _names(f))


def test_a_title_before_a_centre_of_a_ministry_with_the_name_after_a_comma() -> None:
    f = facts_text(
        "The Director of the Utility Model Centre of the Ministry of Economy of Armenia, "
        "Tigran Hakobyan, opened the meeting."
    )
    assert (
        "Tigran Hakobyan",
        "Director",
        "Utility Model Centre (Armenia)",
    ) in roles(f)


def test_a_press_office_of_a_ministry_stays_a_unit_of_the_ministry() -> None:
    f = facts_text(
        "Ms. Saran Bold, Head of the Press Office of the Ministry of Foreign Affairs of "
        "Mongolia, read the statement."
    )
    assert not any(n.startswith("Press Office") for n in _names(f))
    assert (
        "Saran Bold",
        "Head of the Press Office",
        "Ministry of Foreign Affairs of Mongolia",
    ) in roles(f)
