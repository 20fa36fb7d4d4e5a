"""A body's staff noun in an apposition set off after a name: "NAME, a WIPO consultant," says
what "the WIPO consultant NAME" says, a post held as written at the body
(importers/en/roles/body_staff.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_name_set_off_before_a_body_and_its_consultant_holds_that_post() -> None:
    f = facts_text(
        "The drafting group met twice, led by its chair Tomas Berg and Ilse Varga, a WIPO "
        "consultant."
    )
    assert ("Ilse Varga", "consultant", "WIPO") in roles(f)


def test_a_modifier_between_the_article_and_the_body_keeps_the_post() -> None:
    f = facts_text("The course was taught by Dr. Pavel Horak, an experienced EPO expert, in May.")
    assert ("Pavel Horak", "expert", "EPO") in roles(f)


def test_a_staff_noun_with_no_body_is_no_post() -> None:
    f = facts_text("The course was taught by Dr. Pavel Horak, an independent consultant, in May.")
    assert "Pavel Horak" in people_names(f)
    assert not roles(f)


def test_a_staff_noun_that_does_not_close_the_apposition_is_no_post() -> None:
    f = facts_text("Pavel Horak, a WIPO consultant team member, joined the course in May.")
    assert not roles(f)
