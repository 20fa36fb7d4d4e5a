"""A body's name with a writer's slip: its office word written twice before the head's title
(importers/zh/orgs/shape.py `undoubled`), and, where the text names it again, one character
of its middle left out or one or two written twice (importers/zh/orgs/groups.py
`_slip_merge`)."""

from __future__ import annotations

from importers.zh.orgs.shape import undoubled
from tests.extract.zh.helpers import org_names, run


def test_an_office_word_written_twice_ends_the_name_at_its_first_copy() -> None:
    assert undoubled("南方省经济厅商标局商标局") == len("南方省经济厅商标局")
    assert undoubled("南方省经济厅商标局") == len("南方省经济厅商标局")


def test_a_name_ending_in_a_doubled_office_word_is_read_once() -> None:
    text = "湖南省商务厅商标局商标局局长与江西省商务厅代表签署合作备忘录。"
    names = org_names(run(text, repaired=True))
    assert "湖南省商务厅商标局" in names
    assert not any(n.endswith("商标局商标局") for n in names)


def test_a_name_with_one_middle_character_left_out_is_the_same_body() -> None:
    text = "湖南省市场监督管理局与江西省商务厅签署合作备忘录。湖南省市场监管理局局长出席签字仪式。"
    facts = run(text, repaired=True)
    body = next(o for o in facts.orgs if o.name == "湖南省市场监督管理局")
    assert "湖南省市场监管理局" in body.aliases
    assert len([o for o in facts.orgs if o.name.startswith("湖南")]) == 1


def test_short_names_one_character_apart_stay_two_bodies() -> None:
    facts = run("湖南科技大学与湖南科大学签署合作协议。", repaired=True)
    assert {"湖南科技大学", "湖南科大学"} <= {o.name for o in facts.orgs}


def test_a_name_with_two_middle_characters_written_twice_is_the_same_body() -> None:
    text = "湖南省市场监督管理局与江西省商务厅签署合作备忘录。湖南省市场监督管理管理局局长出席。"
    facts = run(text, repaired=True)
    body = next(o for o in facts.orgs if o.name == "湖南省市场监督管理局")
    assert "湖南省市场监督管理管理局" in body.aliases
    assert len([o for o in facts.orgs if o.name.startswith("湖南")]) == 1
