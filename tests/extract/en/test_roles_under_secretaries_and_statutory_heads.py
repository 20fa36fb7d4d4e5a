"""Titles of under and assistant secretaries, which add a field to a portfolio ("of Commerce
for Intellectual Property") and are often written right before the holder's name; and the
titles a statute gives one office's head or deputy, which place the holder at that office."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, roles


def _titles(f: DocumentFacts) -> set[tuple[str, str]]:
    """(person, title) of every role the text states, at an organisation or not."""
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles}


def test_a_portfolio_with_a_field_before_the_holders_name_is_one_title() -> None:
    f = facts_text(
        "The talks were opened by Under Secretary of State for Economic Growth Paula Grant. "
        "Assistant Secretary of Commerce for Industry and Analysis Omar Haddad followed."
    )
    held = _titles(f)
    assert ("Paula Grant", "Under Secretary of State for Economic Growth") in held
    assert ("Omar Haddad", "Assistant Secretary of Commerce for Industry and Analysis") in held
    assert not any(p.startswith(("Growth", "Analysis")) for p, _ in held)


def test_the_statutory_title_of_the_uspto_head_places_the_holder_at_the_uspto() -> None:
    f = facts_text(
        "The USPTO sent Dana Whitfield, Deputy Under Secretary of Commerce for Intellectual "
        "Property, to the talks. In a statement, Under Secretary of Commerce for Intellectual "
        "Property Leon Marsh welcomed the plan. Commissioner for Patents Ruth Ames also came."
    )
    office = "USPTO"
    got = roles(f)
    deputy = "Deputy Under Secretary of Commerce for Intellectual Property"
    assert ("Dana Whitfield", deputy, office) in got
    assert ("Leon Marsh", "Under Secretary of Commerce for Intellectual Property", office) in got
    assert ("Ruth Ames", "Commissioner for Patents", office) in got


def test_a_statutory_title_places_no_one_at_an_office_the_text_does_not_name() -> None:
    f = facts_text(
        "Leon Marsh, Under Secretary of Commerce for Intellectual Property, spoke in Geneva "
        "about the Patent Cooperation Treaty."
    )
    title = "Under Secretary of Commerce for Intellectual Property"
    assert ("Leon Marsh", title) in _titles(f)
    assert not roles(f)
