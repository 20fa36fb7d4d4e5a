"""A body's earlier name given right after its present one ("X, formerly known as Y", "X
(formerly known as Y)") is kept as one of that body's forms, never its name, so that a text
naming the body by its old name names the same body."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import extract


@pytest.mark.parametrize(
    "text",
    [
        "The Lemurian Bureau of Inventions, formerly known as the Lemuria Patent Board, "
        "hosted a seminar on utility models last week.",
        "The Lemurian Bureau of Inventions (formerly known as the Lemuria Patent Board) "
        "hosted a seminar on utility models last week.",
    ],
)
def test_an_earlier_name_after_the_present_one_is_a_form_of_the_body(text: str) -> None:
    f = extract(text)
    bureau = next(o for o in f.orgs if "Bureau of Inventions" in o.name)
    assert "Lemuria Patent Board" in bureau.aliases
    assert all(o.name != "Lemuria Patent Board" for o in f.orgs)
