"""A named day written with a word in lower case before its acronym ("World innovation Day
(WID)") is an occasion, though its words spell the acronym as a body's quoted in its own
language do (importers/en/orgs/acronyms.py, en_orgs.txt [occasion_ends]). Sentences written
for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_miscased_day_before_its_acronym_names_no_body() -> None:
    names = org_set(
        facts_text(
            "The Yland Copyright Office marked World innovation Day (WID) with a fair in "
            "the capital.\n"
        )
    )
    assert "Yland Copyright Office" in names
    assert not any("Day" in n for n in names)


def test_a_body_quoted_in_its_own_language_before_its_acronym_is_still_a_body() -> None:
    names = org_set(
        facts_text(
            "The delegation met the Instituto nacional de la propiedad industrial (INPI) in "
            "the morning.\n"
        )
    )
    assert any(n.startswith("Instituto nacional") for n in names)
