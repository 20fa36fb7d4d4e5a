"""A news outlet credited in brackets at the end of a line is the story's source, no body;
named in the story, it is one (importers/en/orgs/credits.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_an_outlet_credited_at_the_end_of_a_headline_is_no_body() -> None:
    f = facts_text(
        "Ruritania, Chile sign pact on patents (Ruritania News Agency)\n\n"
        "The Danube Patent Office and the Chile Patent Office signed a pact on Monday."
    )
    assert "Ruritania News Agency" not in org_set(f)
    assert "Danube Patent Office" in org_set(f)


def test_an_outlet_named_in_the_story_is_a_body() -> None:
    f = facts_text(
        "The Danube Patent Office signed a pact with the Ruritania News Agency on Monday "
        "(Ruritania News Agency)\n"
    )
    assert "Ruritania News Agency" in org_set(f)
