"""People known by one name (importers/en/roles/patterns.py): a single word after a title is
a person's whole name when the text also makes it the subject of a reporting verb."""

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
