"""'NAME, Under Secretary of Trade for Patents & Director, XO': a title made of two, the
first a portfolio narrowed by "for ...", held at the body written after a comma, as it is
at one written after "of"; the portfolio names no department."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_combined_title_is_held_at_the_body_after_its_comma() -> None:
    f = facts_text(
        "The Danube Patent Office (DPO) is an agency of the Department of Trade of Ruritania. "
        "Ana Petrova, Under Secretary of Trade for Industrial Property & Director, DPO "
        "opened the meeting."
    )
    got = roles(f)
    assert (
        "Ana Petrova",
        "Under Secretary of Trade for Industrial Property",
        "Danube Patent Office",
    ) in got
    assert ("Ana Petrova", "Director", "Danube Patent Office") in got  # two titles, two roles
