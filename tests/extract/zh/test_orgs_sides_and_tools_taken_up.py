"""Where a grown organisation name ends (importers/zh/orgs/grown.py `is_stop`): at a side of a
cooperation (双方, 两国 + 方), which makes what follows each side's body and no one name, and
at a verb of taking up another body's tool (开始采用, 启用) or of opening one at a host
(开设, 开通; zh.txt [verb_stops])."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import org_names, run


def test_the_governments_of_both_sides_are_no_body() -> None:
    facts = run("论坛吸引了来自中法双方政府、高校和企业的代表六十余人。")
    assert not any("政府" in name for name in org_names(facts))


def test_a_body_that_takes_up_another_bodys_system_is_named_apart() -> None:
    facts = run("2003年国家知识产权局开始采用欧洲专利局的分类工具。")
    assert {"国家知识产权局", "欧洲专利局"} <= org_names(facts)
    assert not any("采用" in name for name in org_names(facts))


def test_a_body_that_brings_another_bodys_platform_into_use_is_named_apart() -> None:
    facts = run("去年新加坡知识产权局启用世界知识产权组织的在线平台。")
    assert not any("启用" in name for name in org_names(facts))


def test_a_centre_that_opens_another_bodys_platform_is_named_apart() -> None:
    facts = run("上周南湖知识产权培训中心开设亚太经合组织在线学习专区。")
    assert "南湖知识产权培训中心" in org_names(facts)
    assert not any("开设" in name for name in org_names(facts))


def test_a_group_of_countries_and_an_office_noun_is_the_groups_offices_not_a_body() -> None:
    ref = parse(
        [
            {
                "id": "g7",
                "name": "Group of Seven",
                "kind": "other",
                "names": [{"text": "七国集团", "lang": "zh"}],
            }
        ],
        [],
    )
    facts = run("七国集团知识产权局局长会议在罗马召开。", reference=ref)
    assert "七国集团知识产权局" not in org_names(facts)
    assert "七国集团" in org_names(facts)
