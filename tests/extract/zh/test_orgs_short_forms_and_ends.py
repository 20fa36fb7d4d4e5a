"""Where a Chinese organisation's name ends (a modal verb, a word jieba glued to its suffix),
and the short form a text uses for a body it first named after the body it belongs to; an
alliance named with 同盟 as with 联盟, not a kind of alliance between states (军事同盟)."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def _names_with(facts_names: set[str], part: str) -> set[str]:
    return {n for n in facts_names if part in n}


def test_a_modal_verb_ends_a_body_name_before_another_bodys_short_name() -> None:
    facts = run(
        "宁波市知识产权保护中心（简称“保护中心”）与宁波市市场监督管理局（简称“市监局”）商定："
        "宁波市知识产权保护中心可应市监局请求开展预审。"
    )
    names = org_names(facts)
    assert "宁波市知识产权保护中心" in names
    assert not _names_with(names, "可应")


def test_a_modal_word_after_a_traditional_name_is_no_part_of_it() -> None:
    names = org_names(run("臺中市專利服務中心應當於每季提交報告。"))
    assert not _names_with(names, "應當") and not _names_with(names, "应当")


def test_an_association_glued_to_the_word_for_its_members_is_found() -> None:
    names = org_names(run("杭州市商标品牌行业协会会员单位可派员报名参加培训。"))
    assert "杭州市商标品牌行业协会" in names


def test_an_office_named_after_its_parent_and_then_alone_is_one_body() -> None:
    facts = run("世界知识产权组织新加坡办事处举办研讨会。会后，新加坡办事处将发布培训计划。")
    office = [o for o in facts.orgs if "新加坡办事处" in [o.name, *o.aliases]]
    assert len(office) == 1
    assert office[0].name == "世界知识产权组织新加坡办事处"


def test_a_college_named_with_its_university_and_then_without_is_one_body() -> None:
    facts = run("浙江大学杭州国际知识产权学院举办研讨会。会议由杭州国际知识产权学院秘书处承办。")
    college = [o for o in facts.orgs if "杭州国际知识产权学院" in [o.name, *o.aliases]]
    assert len(college) == 1
    assert "浙江大学杭州国际知识产权学院" in [college[0].name, *college[0].aliases]


def test_a_short_form_two_bodies_share_joins_neither() -> None:
    facts = run(
        "浙江大学杭州国际知识产权学院与复旦大学杭州国际知识产权学院交流。"
        "杭州国际知识产权学院成立多年。"
    )
    owners = [o for o in facts.orgs if "杭州国际知识产权学院" in o.aliases]
    assert owners == []


def test_a_department_named_after_its_body_is_no_short_form_of_it() -> None:
    facts = run("国家知识产权局知识产权保护司负责。知识产权保护司发布通知。")
    cnipa = next(o for o in facts.orgs if o.name == "国家知识产权局")
    assert "知识产权保护司" not in cnipa.aliases


def test_a_quoted_body_the_text_only_proposes_is_no_organisation() -> None:
    assert org_names(run("关于代表建议设立的“长江经济带商标服务联盟”，我们正在论证。")) == set()
    assert org_names(run("市里拟成立“重庆市数据知识产权保护中心”。")) == set()


def test_a_quoted_body_without_a_proposal_is_still_an_organisation() -> None:
    names = org_names(run("“长江经济带商标服务联盟”昨日召开年会。"))
    assert "长江经济带商标服务联盟" in names


def test_a_quoted_body_set_up_before_is_an_organisation() -> None:
    names = org_names(run("去年设立的“重庆市数据知识产权保护中心”已受理案件。"))
    assert "重庆市数据知识产权保护中心" in names


def test_a_known_body_inside_a_proposed_bodys_name_is_not_mentioned_there() -> None:
    facts = run("代表建议成立的“长三角—欧洲专利局审查服务联盟”，我们将研究。")
    assert facts.orgs == []


def test_an_alliance_named_with_tong_meng_is_an_organisation() -> None:
    names = org_names(run("作为项目承办方，美国的一个非政府组织---亚太数字贸易同盟将负责培训。"))
    assert "亚太数字贸易同盟" in names


def test_a_kind_of_alliance_between_states_is_no_organisation() -> None:
    assert org_names(run("两国结成同盟后，军事同盟关系更加紧密，双方还将组建关税同盟。")) == set()


def test_the_patent_attorneys_associations_of_japan_and_korea_are_bodies() -> None:
    """弁理士会 and 辨理士会 end those associations' own names, as 公会 ends a guild's."""
    facts = run("代表團拜會日本弁理士會，並與韓國辨理士會交換意見。", "2024-05-01", repaired=True)
    names = org_names(facts)
    assert {"日本弁理士會", "韓國辨理士會"} <= names


def test_a_city_s_centre_where_an_event_is_held_is_no_organisation() -> None:
    """某市中心 is downtown: it ends with 中心 as a centre's name does, but names a place."""
    names = org_names(run("代表团在悉尼市中心的一家酒店会见了澳大利亚知识产权局官员。"))
    assert not {n for n in names if n.endswith("市中心")}
    assert "澳大利亚知识产权局" in names
