"""A body named only as one still to be set up is no body yet
(importers/en/orgs/planned.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_body_named_only_as_the_one_to_establish_is_no_body() -> None:
    f = facts_text(
        "The Nordic Patent Institute will help Moldova establish an IP Training Institute. "
        "Work on setting up Innovation Support Centre (ISC) in each region has begun."
    )
    names = org_set(f)
    assert "Nordic Patent Institute" in names
    assert not {"IP Training Institute", "Innovation Support Centre", "ISC"} & names


def test_a_planned_body_the_text_names_again_is_a_body() -> None:
    f = facts_text(
        "The two offices agreed to establish an IP Training Institute. The IP Training "
        "Institute will admit its first examiners in March."
    )
    assert "IP Training Institute" in org_set(f)


def test_a_body_set_up_under_its_definite_name_is_a_body() -> None:
    f = facts_text("The ministry signed a plan to establish the Baltic Design Academy in Riga.")
    assert "Baltic Design Academy" in org_set(f)
