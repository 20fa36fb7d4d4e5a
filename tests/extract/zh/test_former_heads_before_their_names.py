"""前 ("former") before a head's title, alone or after the day the clause opens with, dates
the post and names no unit: the head held it at the body the sentence speaks for
(importers/zh/roles.py; [tenure_before_titles] in store/text/words/zh.txt). Sentences
written for these tests."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import held_roles, run


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return held_roles(run(text, date="2031-03-04", reference=load_reference()))


def test_a_former_head_named_after_the_body_that_speaks_held_its_head_post() -> None:
    text = "国家知识产权局表示，前局长赵明远已经退休，不再担任职务。\n"
    assert ("赵明远", "局长", "国家知识产权局") in _roles(text)


def test_a_former_head_after_the_day_the_clause_opens_with_held_the_post_too() -> None:
    text = "国家知识产权局表示，2030年12月3日前局长赵明远退休，钱佳怡接任局长一职。\n"
    assert {("赵明远", "局长", "国家知识产权局"), ("钱佳怡", "局长", "国家知识产权局")} <= _roles(
        text
    )
