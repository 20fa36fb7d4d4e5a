"""Generic and plural kinds of body are never organisations (importers/zh/orgs/shape.py,
index.py): 国家知识产权机构 is "national IP bodies", and 国家 after a region or a plural word
is "the countries of", so 东盟国家知识产权局 is not China's 国家知识产权局."""

from __future__ import annotations

from importers.zh.orgs.shape import generic_kind, placed_kind
from tests.extract.zh.helpers import org_names, run


def test_national_bodies_of_a_field_are_a_kind_not_an_organisation() -> None:
    facts = run("我们愿同欧洲专利局等亚洲国家知识产权机构加强交流。", repaired=True)
    assert "欧洲专利局" in org_names(facts)
    assert not any("知识产权机构" in n for n in org_names(facts))


def test_the_offices_of_a_region_s_countries_are_not_china_s_office() -> None:
    facts = run("东盟国家知识产权局代表出席了研讨会，发展中国家知识产权局也派员参加。")
    assert "China National Intellectual Property Administration" not in org_names(facts)


def test_china_s_office_is_still_found_alone_and_with_china() -> None:
    facts = run("国家知识产权局与中国国家知识产权局是同一机构。")
    assert "China National Intellectual Property Administration" in org_names(facts)


def test_kinds_are_told_from_names() -> None:
    assert generic_kind("国家知识产权机构")
    assert generic_kind("各国专利主管部门")
    assert generic_kind("知识产权主管部门")
    assert not generic_kind("国家知识产权局")
    assert not generic_kind("世界知识产权组织")


def test_places_run_together_and_counted_before_a_kind_are_no_body() -> None:
    assert placed_kind("粤澳两地企业")
    assert placed_kind("中韩两国机构")
    assert placed_kind("京津冀三地高校")
    assert not placed_kind("香港科技园公司")
    facts = run("会议鼓励沪港两地机构在专利运营方面加强合作。")
    assert not any("两地" in n for n in org_names(facts))


def test_a_place_a_field_and_a_kind_of_body_name_no_organisation() -> None:
    for text in (
        "来访者同苏州工业园区商标代理机构代表交流。",
        "会上，浙江省专利代理机构负责人交流了经验。",
    ):
        assert not any("机构" in n for n in org_names(run(text, repaired=True)))
    assert generic_kind("苏州工业园区商标代理机构")
    assert not generic_kind("温州市专利导航服务中心")
    facts = run("温州市专利导航服务中心发布了报告。", repaired=True)
    assert "温州市专利导航服务中心" in org_names(facts)


def test_a_grade_before_a_field_and_a_kind_names_a_kind_of_body() -> None:
    assert generic_kind("外国国家级知识产权机构")
    assert generic_kind("省级专利管理部门")
    assert not generic_kind("国家知识产权局")
    facts = run("这是该市第一次与境外省级知识产权机构签订合作文件，新加坡知识产权局表示欢迎。")
    assert "新加坡知识产权局" in org_names(facts)
    assert not any(n.endswith("知识产权机构") for n in org_names(facts))


def test_a_place_without_its_level_before_a_field_and_a_kind_is_no_body() -> None:
    facts = run("[4] 福建知识产权机构赴新加坡参加专利交易洽谈会.海峡网.2023-05-02\n", repaired=True)
    assert not any(n.endswith("知识产权机构") for n in org_names(facts))


def test_an_area_word_with_no_place_before_it_opens_no_body() -> None:
    facts = run("多个国际和地区知识产权组织派员参加了东海论坛。", repaired=True)
    assert not any("地区" in n for n in org_names(facts))


def test_missions_stationed_in_china_with_no_state_are_no_body() -> None:
    facts = run("论坛邀请了驻华使馆代表和新加坡知识产权局官员。", repaired=True)
    assert not any("使馆" in n for n in org_names(facts))
    facts = run("美国驻华大使馆公使衔参赞约翰·史密斯出席。", repaired=True)
    assert "美国驻华大使馆" in org_names(facts)


def test_a_body_s_governing_organs_are_the_body_not_a_body_of_their_own() -> None:
    facts = run("该联盟邀请中方派代表出席在巴黎举行的世界贸易组织领导机构会议。")
    names = org_names(facts)
    assert not any(n.endswith("领导机构") for n in names)
    assert "世界贸易组织" in names


def test_a_decision_making_organ_after_a_name_is_no_organisation() -> None:
    facts = run("理事会是亚洲开发银行决策机构，每年召开一次会议。")
    assert not any(n.endswith("决策机构") for n in org_names(facts))
