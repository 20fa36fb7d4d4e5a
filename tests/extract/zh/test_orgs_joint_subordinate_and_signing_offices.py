"""Bodies two others run together (某大学—某研究院联合实验室), bodies named under a parent
(某局辖下某厅), and an office of a body that signs on its own (某大学(某大)科学研究处于…签署)
(importers/zh/orgs/shape.py, grown.py, units.py, boundaries.py, contracted.py)."""

from __future__ import annotations

from importers.zh.orgs.shape import first_of_pair
from tests.extract.zh.helpers import agreements, org_names, run


def test_two_bodies_joined_by_a_dash_open_the_name_of_their_joint_lab() -> None:
    names = org_names(run("复旦大学—牛津大学金融科技联合实验室主任王立新致辞。", repaired=True))
    assert "复旦大学—牛津大学金融科技联合实验室" in names
    assert "复旦大学—牛津大学" not in names


def test_a_dash_pair_cut_short_keeps_only_its_first_body() -> None:
    assert first_of_pair("武汉大学—悉尼大学") == len("武汉大学")
    assert first_of_pair("中国—东盟技术转移中心") == len("中国—东盟技术转移中心")
    names = org_names(run("武汉大学—悉尼大学合作项目今日启动。", repaired=True))
    assert not any("—" in n for n in names)


def test_a_joint_centre_still_under_negotiation_is_no_body() -> None:
    text = "该所正与南开大学洽谈共建“南开大学—天津某研究所数据科学联合中心”，协议明年签署。"
    assert not any(n.endswith("联合中心") for n in org_names(run(text, repaired=True)))


def test_a_verb_of_building_together_ends_a_name() -> None:
    names = org_names(run("该所已与南开大学共建联合实验室。", repaired=True))
    assert not any(n.endswith("联合实验室") for n in names)


def test_a_department_named_under_its_parent_is_a_body_of_the_text() -> None:
    text = "国家知识产权局辖下商标审查厅将提供指引。商标审查厅厅长周志明出席。"
    assert "商标审查厅" in org_names(run(text, repaired=True))


def test_a_university_office_that_signs_is_a_body_named_with_its_university() -> None:
    text = "浙江大学（浙大）科学研究处于三月八日与新加坡知识产权局签署合作备忘录。"
    facts = run(text, repaired=True)
    assert {"浙江大学", "浙江大学科学研究处"} <= org_names(facts)
    (agreement,) = agreements(facts)
    assert agreement[3] == {"浙江大学科学研究处", "新加坡知识产权局"}


def test_an_office_before_its_head_s_title_stays_in_the_title() -> None:
    names = org_names(run("浙江大学国际合作处处长张晓明出席会议。", repaired=True))
    assert "浙江大学国际合作处" not in names


def test_a_body_that_is_in_a_state_is_not_cut_before_a_date() -> None:
    assert "美国政府处" not in org_names(run("美国政府处于十字路口。", repaired=True))


def test_a_latin_named_body_after_its_parent_s_word_keeps_its_name_whole() -> None:
    names = org_names(run("新加坡知识产权局旗下的ABC咨询公司与某大学签署意向书。", repaired=True))
    assert not any(n.startswith("的") for n in names)
