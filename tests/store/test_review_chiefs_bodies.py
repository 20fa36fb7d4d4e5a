"""A body named for its chief in the possessive is no title run into a name."""

from __future__ import annotations

from store.review.signals import organisation_signs


def _keys(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_body_named_for_its_chief_holds_no_title() -> None:
    assert "title_inside" not in _keys("Chief Secretary’s Office")
    assert "title_inside" not in _keys("Lantern Unit at the Chief Secretary's Office")


def test_a_title_run_into_a_name_is_still_one() -> None:
    assert "title_inside" in _keys("Office of the Director General")
    assert "title_inside" in _keys("Bureau of Kites and Director of Lanterns")
