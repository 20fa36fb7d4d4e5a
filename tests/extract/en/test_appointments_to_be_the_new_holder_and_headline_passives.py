"""A post given with "appointed NAME to be the new Title" (importers/en/roles/careers.py),
the holder found past the last words of the title before the name, and a title-case headline
whose passive ("Appointed") follows the name and is no part of it."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_appointed_to_be_the_new_title_gives_the_post() -> None:
    f = facts_text(
        "The Nordic Patent Institute said on Monday that its board appointed Karin Lund "
        "to be the new Director of the Nordic Patent Institute."
    )
    assert ("Karin Lund", "Director", "Nordic Patent Institute") in roles(f)


def test_to_be_without_an_appointing_verb_gives_no_post() -> None:
    f = facts_text(
        "Observers said Karin Lund is likely to be the next Director of the Nordic Patent "
        "Institute."
    )
    assert not any(r[0] == "Karin Lund" for r in roles(f))


def test_the_holder_is_the_named_person_after_the_title_s_last_words() -> None:
    f = facts_text(
        "Deputy Director Karin Lund opened the meeting.\n\nThe board appointed Head of Search "
        "Quality Karin Lund to be the new Director of the Nordic Patent Institute."
    )
    assert "Quality Karin Lund" not in people_names(f)
    assert ("Karin Lund", "Director", "Nordic Patent Institute") in roles(f)


def test_a_headline_s_passive_after_a_name_is_not_part_of_it() -> None:
    f = facts_text(
        "Deputy Director Karin Lund Appointed as New Director of the Nordic Patent "
        "Institute\n\nKarin Lund takes office in May."
    )
    assert "Karin Lund Appointed" not in people_names(f)
    assert "Karin Lund" in people_names(f)
