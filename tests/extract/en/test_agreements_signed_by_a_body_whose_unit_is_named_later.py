"""A passive signing ("the agreement signed by A and B") in a sentence that later names a unit
of A ("escorted by the Legal Department of A"): A, named on its own, is the side and
its unit none; a parent named only in "the Department of A" still places its unit
(importers/en/agreements/parties.py: appositions)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_unit_of_a_named_side_is_no_party_of_its_own() -> None:
    text = (
        "Lindberg, 3 May 2030\n\n"
        "Under the cooperation agreement signed by the Pelican Patent Office (PPO) of Avalon "
        "and the Heron Trademark Bureau of Borduria (HTB), two HTB examiners spent a week in "
        "Lindberg, escorted by officers of the Legal Affairs Department of PPO."
    )
    got = agreements_of(facts_text(text, date="2030-05-04"))
    assert [p for _, _, _, p in got] == [
        frozenset({"Pelican Patent Office of Avalon", "Heron Trademark Bureau of Borduria"})
    ]
