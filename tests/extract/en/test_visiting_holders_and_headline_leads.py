"""A guest's post in an apposition ("NAME, the visiting Director of X") and a title-case
headline that opens with a titled person, or a person the story names alone, and a verb
before a body's name (importers/en/roles/patterns.py with en_roles.txt [tenure_words],
importers/en/orgs/)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_visiting_guest_in_an_apposition_holds_the_post_at_the_body_named() -> None:
    f = facts_text(
        "In Lisbon the registrar hosted Maria Okonkwo, the visiting Chief Executive Officer "
        "of the Ghana Business Registration Office, for two days of talks.\n"
    )
    assert ("Maria Okonkwo", "Chief Executive Officer", "Ghana Business Registration Office") in (
        roles(f)
    )
    assert "Ghana Business Registration Office" in org_set(f)


def test_a_headline_opening_with_a_titled_person_and_a_verb_names_only_the_body() -> None:
    f = facts_text(
        "Director Anna Berg Toured Nordic Seed Office in Oslo\n\n\n"
        "On 2 March 2020 Director Anna Berg of the Swedish Patent and Registration Office "
        "toured the Nordic Seed Office in Oslo and met its staff.\n"
    )
    names = org_set(f)
    assert not any(n.startswith(("Director", "Anna", "Toured")) for n in names)
    assert any(n.startswith("Nordic Seed Office") for n in names)


def test_a_headline_opening_with_an_untitled_subject_and_a_verb_names_only_the_body() -> None:
    f = facts_text(
        "Tomas Lindqvist Inspected Baltic Seed Office\n\n\n"
        "At the invitation of the Baltic Seed Office (BSO), Mr. Tomas Lindqvist, Deputy "
        "Registrar of the Nordic Plant Board, led a team to Riga for a week of talks.\n"
    )
    names = org_set(f)
    assert not any(n.startswith(("Tomas", "Inspected")) for n in names)
    assert "Baltic Seed Office" in names


def test_a_headline_body_whose_first_words_the_story_never_writes_alone_is_kept() -> None:
    f = facts_text(
        "Ana Ruiz Joined Andean Seed Office\n\n\n"
        "The Ana Ruiz Joined Andean Seed Office is a fictional body; Ana Ruiz runs it.\n"
    )
    assert "Andean Seed Office" not in org_set(f)


def test_an_office_named_with_its_parents_acronym_inside_is_also_known_by_the_short_form() -> None:
    f = facts_text(
        "The Swedish Patent and Registration Office (PRV) called on the World Intellectual "
        "Property Organization (WIPO) Office in Japan on 2 March 2020.\n"
    )
    office = next(o for o in f.orgs if o.name.endswith("Office in Japan"))
    assert "WIPO Office in Japan" in {office.name, *office.aliases}
