"""Stretches that end like a name but are phrases of the sentence are not organisations: a
goal (把某地建设成…中心), a known body after a preposition inside a longer stretch, a known
body followed by 政府, and a known body's own secretariat (…国际局) which is the body."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_what_a_place_is_to_become_is_no_organisation() -> None:
    facts = run("政府计划把深圳打造成国际知识产权交易中心。", repaired=True)
    assert not any("中心" in n for n in org_names(facts))


def test_a_known_body_after_a_preposition_is_found_on_its_own() -> None:
    facts = run("申请人在多边合作机制（MPPH）框架下向国家知识产权局提交请求。", repaired=True)
    assert "国家知识产权局" in org_names(facts)
    assert not any("框架" in n for n in org_names(facts))


def test_a_known_body_and_its_website_name_no_government() -> None:
    facts = run("详情请浏览欧洲专利局政府网站的通知栏目。", repaired=True)
    assert not any(n.endswith("政府") for n in org_names(facts))


def test_a_known_body_s_international_bureau_is_the_body() -> None:
    facts = run("他曾借调至世界知识产权组织国际局工作三年。", repaired=True)
    names = org_names(facts)
    assert "世界知识产权组织" in names
    assert "世界知识产权组织国际局" not in names


def test_a_place_named_as_a_hub_of_something_is_no_organisation() -> None:
    facts = run("成都作为中国西部国际商事仲裁中心，吸引了许多企业。", repaired=True)
    assert not any("仲裁中心" in n for n in org_names(facts))
    facts = run("新加坡作为东南亚区域知识产权争议解决中心，案件逐年增加。", repaired=True)
    assert not any("解决中心" in n for n in org_names(facts))


def test_a_centre_named_with_its_place_and_no_role_word_is_still_a_body() -> None:
    facts = run("成都国际商事仲裁中心受理了该案。", repaired=True)
    assert "成都国际商事仲裁中心" in org_names(facts)


def test_a_conference_counted_by_its_editions_is_no_body() -> None:
    facts = run("两国已轮流主办四届东亚国际版权大会，新加坡知识产权局也派员参加。", repaired=True)
    assert not any(n.endswith("大会") for n in org_names(facts))


def test_a_host_hand_in_hand_with_a_partner_are_two_bodies() -> None:
    facts = run("澳门经济及科技发展局携手澳门大学举办创新讲座。", repaired=True)
    names = org_names(facts)
    assert {"澳门经济及科技发展局", "澳门大学"} <= names
    assert not any("携手" in n for n in names)


def test_bodies_counted_by_an_establishment_count_are_no_names() -> None:
    facts = run("该基地已吸引40余所国际顶尖大学和实验室落户。", repaired=True)
    assert not any(n.endswith("大学") for n in org_names(facts))
    facts = run("活动吸引了20多家世界级研究院和科研机构参加。", repaired=True)
    assert not any(n.endswith(("研究院", "机构")) for n in org_names(facts))


def test_a_body_counted_as_the_first_of_its_kind_keeps_its_name() -> None:
    facts = run("该市第一所大学深圳大学于1983年成立。", repaired=True)
    assert "深圳大学" in org_names(facts)
