"""A title with a portfolio ("Under Secretary of Commerce") is held at the department of that
portfolio the text names, also when the text writes the country before the department's
head noun ("the U.S. Department of Commerce", "the Korean Ministry of Trade")."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_secretary_of_a_portfolio_at_the_department_led_by_its_country() -> None:
    f = facts_text(
        "The U.S. Department of Commerce said on Monday that Under Secretary of Commerce "
        "Jane Roe will lead the trade mission to Ottawa."
    )
    assert ("Jane Roe", "Under Secretary of Commerce", "United States Department of Commerce") in (
        roles(f)
    )


def test_a_portfolio_narrowed_by_for_is_still_held_at_that_department() -> None:
    f = facts_text(
        "The U.S. Department of Commerce said on Monday that Under Secretary of Commerce for "
        "Standards Jane Roe will lead the trade mission to Ottawa."
    )
    assert (
        "Jane Roe",
        "Under Secretary of Commerce for Standards",
        "United States Department of Commerce",
    ) in roles(f)
