"""Sides of a cooperation (巴方, 中方, 双方) are never people; before a title they name the
body of that country the text names (importers/zh/sides.py, roles.py, names.py)."""

from __future__ import annotations

from importers.zh.sides import is_side
from tests.extract.zh.helpers import people, roles, run


def test_a_country_side_before_a_title_is_that_country_s_body() -> None:
    facts = run(
        "巴西国家工业产权局代表团访华期间，双方举行工作会谈，"
        "巴方局长若昂·席尔瓦与中方代表共同出席签字仪式。",
        repaired=True,
    )
    assert ("若昂·席尔瓦", "局长", "巴西国家工业产权局") in roles(facts)
    assert not {"巴方", "中方", "双方"} & people(facts)


def test_another_side_and_a_deputy_read_the_same_way() -> None:
    facts = run(
        "会上，欧洲专利局与加拿大知识产权局介绍了审查合作进展。"
        "加方副局长艾伦·布朗表示，愿进一步扩大试点范围。",
        repaired=True,
    )
    assert ("艾伦·布朗", "副局长", "加拿大知识产权局") in roles(facts)
    assert "加方" not in people(facts)


def test_a_side_with_no_body_of_its_country_named_gives_no_organisation() -> None:
    facts = run("会谈中，韩方局长金志勋介绍了该局近期工作。", repaired=True)
    assert "韩方" not in people(facts)
    assert not any(org for name, _t, org in roles(facts) if name == "金志勋")


def test_sides_are_told_from_names_that_end_the_same_way() -> None:
    assert is_side("巴方") and is_side("中方") and is_side("双方") and is_side("对方")
    assert not is_side("李方") and not is_side("方明")


def test_a_verb_before_both_sides_is_not_read_as_a_name_after_a_title() -> None:
    facts = run(
        "两所学院于三月签署合作协议，由甲学院院长黄志明教授代表双方致辞。",
        repaired=True,
    )
    assert not any(p.startswith("代表") for p in people(facts))


def test_a_side_and_its_body_s_head_noun_before_a_title_name_that_body() -> None:
    facts = run(
        "3月5日，国家知识产权局与蒙古国知识产权研究院在北京举行会谈。"
        "蒙方研究院院长巴特尔·额尔敦介绍了该院审查能力建设情况。",
        repaired=True,
    )
    assert ("巴特尔·额尔敦", "院长", "蒙古国知识产权研究院") in roles(facts)


def test_a_side_and_a_head_noun_its_country_s_body_does_not_end_with_name_nothing() -> None:
    facts = run(
        "3月5日，国家知识产权局与蒙古国知识产权研究院在北京举行会谈。"
        "蒙方中心主任巴特尔·额尔敦出席。",
        repaired=True,
    )
    assert not any(org == "蒙古国知识产权研究院" for _n, _t, org in roles(facts))
