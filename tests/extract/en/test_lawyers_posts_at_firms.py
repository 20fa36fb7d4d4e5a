"""A lawyer's post written out at length before the firm it is held at
(importers/en/orgs/context.py find_law_firms, importers/en/roles/firm_posts.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_long_lawyers_post_ending_at_an_ampersand_firm_names_the_firm_and_the_post() -> None:
    f = facts_text(
        '"The ruling helps brand owners," said Ines Faro, a managing partner and head of the '
        "designs group at Faro Lindqvist & Ruiz in Porto.\n"
    )
    assert "Faro Lindqvist & Ruiz" in org_set(f)
    assert (
        "Ines Faro",
        "managing partner and head of the designs group",
        "Faro Lindqvist & Ruiz",
    ) in roles(f)
