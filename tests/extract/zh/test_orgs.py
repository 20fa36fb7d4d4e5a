"""Organisations (importers/zh/orgs/): the gazetteer, names grown to a suffix, aliases,
units and parents, offices in other places, members of lists, descriptions that are no names."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, org_names, roles, run


def test_an_acronym_in_brackets_is_an_alias_and_found_again() -> None:
    facts = run("新加坡信息通信媒体发展局（IMDA）正在征求意见。该框架由IMDA制定。")
    imda = next(o for o in facts.orgs if o.name == "新加坡信息通信媒体发展局")
    assert "IMDA" in imda.aliases
    assert len(imda.spans) == 3


def test_an_abbreviation_introduced_with_jiancheng_joins_its_organisation() -> None:
    facts = run(
        "中新国际知识产权创新服务中心（简称“知创中心”）举办培训。知创中心总经理翁文炳致辞。"
    )
    assert ("翁文炳", "总经理", "中新国际知识产权创新服务中心") in roles(facts)


def test_a_company_office_in_a_place_is_the_company() -> None:
    facts = run("学员还实地参访亚马逊新加坡办公室，了解该公司的全球知识产权战略。")
    assert "亚马逊" in org_names(facts)
    assert "亚马逊新加坡办公室" not in org_names(facts)


def test_generic_descriptions_are_not_organisations() -> None:
    facts = run("由重庆本地知识产权服务机构共同发起成立，在德国和新加坡新设立 2 家分中心。")
    assert facts.orgs == []


def test_a_speech_title_in_book_marks_yields_no_organisation() -> None:
    facts = run("研究员张海涛作题为《数字经济新格局下的版权保护》的报告。")
    assert not any("格局" in n for n in org_names(facts))


def test_a_count_of_countries_and_a_regional_grouping_are_not_organisations() -> None:
    facts = run("中国—东盟国家知识产权局局长会议期间，老挝、柬埔寨三国知识产权机构代表参会。")
    names = org_names(facts)
    assert not any("三国" in n or "东盟国家" in n for n in names)


def test_a_clause_glued_to_a_name_does_not_make_an_organisation() -> None:
    facts = run("工信部派员参加商务部谈判工作组。")
    assert not any("参加" in n for n in org_names(facts))


def test_a_body_with_two_names_in_brackets_is_one_organisation() -> None:
    facts = run("苏州市市场监督管理局（苏州市知识产权局）局长钱志强出席活动。")
    [org] = [o for o in facts.orgs if "苏州" in o.name]
    assert org.name == "苏州市市场监督管理局" and "苏州市知识产权局" in org.aliases
    assert ("钱志强", "局长", "苏州市市场监督管理局") in roles(facts)


def test_a_mission_and_a_national_federation_are_organisations() -> None:
    facts = run(
        "日本驻华大使馆一等秘书佐藤健和墨西哥全国工业联合会代表出席。东盟驻华代表团参赞黄文德陪同。"
    )
    names = org_names(facts)
    assert {"日本驻华大使馆", "墨西哥全国工业联合会", "东盟驻华代表团"} <= names


def test_a_later_mention_by_the_second_name_plate_is_the_same_body() -> None:
    facts = run(
        "2024年4月，杭州市市场监督管理局（杭州市知识产权局）与欧洲专利局签署合作协议。"
        "杭州市知识产权局副局长王明出席。"
    )
    body = next(o for o in facts.orgs if o.name == "杭州市市场监督管理局")
    assert "杭州市知识产权局" in body.aliases
    assert ("王明", "副局长", "杭州市市场监督管理局") in roles(facts)


def test_an_international_arbitration_court_of_a_city_is_an_organisation() -> None:
    facts = run("厦门国际仲裁院院长林海峰出席会议。")
    assert ("林海峰", "院长", "厦门国际仲裁院") in roles(facts)


def test_english_only_lines_give_no_run_on_latin_names() -> None:
    facts = run("MEDIA ADVISORY\nEuropean Patent Office\n\n欧洲专利局发布公告。", repaired=True)
    assert not any("ADVISORY" in n for n in org_names(facts))


def test_an_office_stationed_in_another_city_is_one_organisation() -> None:
    facts = run("澳门特别行政区政府驻北京办事处主任李伟亦有出席。")
    assert ("李伟", "主任", "澳门特别行政区政府驻北京办事处") in roles(facts)
    assert "北京办事处" not in org_names(facts)


def test_the_special_region_short_form_joins_its_government() -> None:
    facts = run("会上，澳门特别行政区政府经济局局长李伟致辞。特区政府表示支持。")
    gov = next(o for o in facts.orgs if o.name == "澳门特别行政区政府")
    assert "特区政府" in gov.aliases


def test_a_dash_grouping_of_offices_is_no_organisation() -> None:
    facts = run("第五次中国—中亚知识产权局局长会议在西安举行。")
    assert not any("知识产权局" in n and "中亚" in n for n in org_names(facts))


def test_every_member_of_a_list_of_counterparts_is_a_party() -> None:
    facts = run(
        "宁波市知识产权保护中心与海曙精工机械有限公司、甬江大学签署《专利导航合作协议》。",
        repaired=True,
    )
    assert {"海曙精工机械有限公司", "甬江大学"} <= org_names(facts)
    [(_title, kind, _date, parties)] = agreements(facts)
    assert kind == "agreement"
    assert parties == {"宁波市知识产权保护中心", "海曙精工机械有限公司", "甬江大学"}
