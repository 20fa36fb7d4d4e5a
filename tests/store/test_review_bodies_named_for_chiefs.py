"""A body named for its chief ("the Director General's Office") is no title taken for a body:
the title in the possessive and a body's head after it. A title alone, or in the
possessive before anything else, is still doubted. Every name here is our own."""

from __future__ import annotations

from store.review.signals import organisation_signs


def _keys(name: str) -> set[str]:
    return {sign.key for sign in organisation_signs(name)}


def test_a_body_named_for_its_chief_is_not_named_like_a_title() -> None:
    assert "title_like" not in _keys("Solicitor-General's Chambers")
    assert "title_like" not in _keys("Director General’s Office")


def test_a_title_alone_or_before_anything_else_is_still_doubted() -> None:
    assert "title_like" in _keys("Director General")
    assert "title_like" in _keys("Director General's remarks")


def test_a_body_named_for_its_portfolio_is_not_named_like_a_title() -> None:
    assert "title_like" not in _keys("Justice Department")
    assert "title_like" not in _keys("Justice Ministry")


def test_a_portfolio_title_before_anything_but_one_head_is_still_doubted() -> None:
    assert "title_like" in _keys("Justice Quill")
    assert "title_like" in _keys("Justice of the Peace Office")
    assert "title_like" in _keys("Director Office")
