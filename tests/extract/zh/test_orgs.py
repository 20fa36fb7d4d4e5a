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


def test_a_service_hall_is_a_place_though_it_ends_like_a_department() -> None:
    facts = run("该区建成首家版权服务大厅——滨海新区国际版权服务大厅，省科学技术厅派员指导。")
    names = org_names(facts)
    assert not any(n.endswith("大厅") for n in names)
    assert "省科学技术厅" in names or any(n.endswith("科学技术厅") for n in names)


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
    from importers.resolve.reference import load_reference

    text = "会上，澳门特别行政区政府经济局局长李伟致辞。特区政府表示支持。"
    facts = run(text, reference=load_reference())
    gov = next(o for o in facts.orgs if o.name == "特区政府")
    assert gov.ref == "macao-sar-government"
    assert ("李伟", "局长", "澳门特别行政区政府经济局") in roles(facts)


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


def test_a_company_with_its_place_in_brackets_is_one_organisation() -> None:
    facts = run("会议邀请了星海电器（中国）有限公司、信远制药（杭州）有限公司等企业代表。")
    names = org_names(facts)
    assert "星海电器(中国)有限公司" in names and "信远制药(杭州)有限公司" in names


def test_an_english_name_run_into_a_chinese_firm_ending_is_the_firm() -> None:
    facts = run("会上，法国Dubois Martin律师事务所合伙人让·杜邦作了报告。", repaired=True)
    assert "Dubois Martin律师事务所" in org_names(facts)
    assert not any(n.startswith("法国") for n in org_names(facts))
    assert ("让·杜邦", "合伙人", "Dubois Martin律师事务所") in roles(facts)


def test_a_law_firm_whose_name_holds_the_word_lawyer_is_grown_whole() -> None:
    facts = run("保护中心与新加坡明德律师事务所（Mingde Law）签署了服务协议。", repaired=True)
    assert "新加坡明德律师事务所" in org_names(facts)


def test_a_second_name_plate_without_its_place_is_the_places_office() -> None:
    facts = run("3月2日，浙江省市场监督管理局（知识产权局）副局长何立群出席会议。", repaired=True)
    [body] = [o for o in facts.orgs if o.name.startswith("浙江省")]
    assert body.name == "浙江省市场监督管理局"
    assert {"浙江省知识产权局", "浙江省市场监督管理局(知识产权局)"} <= set(body.aliases)
    assert "知识产权局" not in body.aliases
    assert ("何立群", "副局长", "浙江省市场监督管理局") in roles(facts)


def test_the_leaders_of_a_named_body_do_not_lengthen_its_name() -> None:
    facts = run("国家知识产权局局领导在京会见欧洲专利局代表团。")
    assert "国家知识产权局局" not in org_names(facts)


def test_bodies_of_a_list_of_countries_are_no_organisation() -> None:
    facts = run("国家知识产权局会见法国、德国、意大利知识产权机构负责人。")
    assert not any(n.endswith("知识产权机构") for n in org_names(facts))


def test_a_body_named_with_the_ministry_it_sits_in_is_the_known_body() -> None:
    from importers.resolve.reference import load_reference

    facts = run("印度尼西亚法律部知识产权总局局长拉齐卢来访。", reference=load_reference())
    [body] = [o for o in facts.orgs if "知识产权总局" in o.name]
    assert body.ref == "dgip-id" and body.name == "印度尼西亚法律部知识产权总局"
    assert ("拉齐卢", "局长", "印度尼西亚法律部知识产权总局") in roles(facts)


def test_a_place_label_opening_a_digest_item_names_no_organisation() -> None:
    from importers.resolve.reference import load_reference

    text = "【欧盟】欧洲专利局与新加坡知识产权局举行会谈\n5月2日，双方在慕尼黑举行会谈。"
    facts = run(text, reference=load_reference(), repaired=True)
    assert not any(o.ref == "eu" for o in facts.orgs)


def test_a_new_name_with_the_former_one_in_brackets_is_one_body() -> None:
    facts = run("新加坡知识产权处（原新加坡知识产权局）与欧洲专利局签署了合作备忘录。")
    [body] = [o for o in facts.orgs if o.ref == "ipos"]
    assert body.name == "新加坡知识产权处" and "新加坡知识产权局" in body.aliases


def test_a_title_word_inside_an_association_name_stays_in_the_name() -> None:
    facts = run("中国专利保护协会与欧洲专利局专业代表协会（epi）签署合作备忘录。")
    assert "欧洲专利局专业代表协会" in org_names(facts)


def test_a_city_before_a_national_bodys_short_name_makes_the_citys_own_body() -> None:
    from importers.resolve.reference import load_reference

    facts = run("杭州市贸促会与中国贸促会代表出席。", reference=load_reference())
    city = next(o for o in facts.orgs if o.name == "杭州市贸促会")
    assert city.ref is None
    assert any(o.ref == "ccpit" for o in facts.orgs)


def test_an_assembly_named_with_its_session_number_is_a_meeting() -> None:
    facts = run("在世界知识产权组织（WIPO）成员国大会第六十届会议期间，双方举行会谈。")
    assert not any(n.endswith("成员国大会") for n in org_names(facts))


def test_the_body_inside_an_organ_named_with_its_session_is_still_mentioned() -> None:
    facts = run("国家知识产权局代表出席了世界知识产权组织（WIPO）协调委员会第八十一届会议。")
    wipo = next(o for o in facts.orgs if o.ref == "wipo")
    assert len(wipo.spans) == 2  # the full name and its acronym, inside the session's name
    assert not any(n.endswith("协调委员会") for n in org_names(facts))


def test_an_assembly_framed_as_a_meeting_being_held_is_not_an_organisation() -> None:
    facts = run("去年秋天，代表团在日内瓦出席世界知识产权组织成员国大会期间会见了多国局长。")
    assert not any(n.endswith("成员国大会") for n in org_names(facts))


def test_a_visit_verb_and_its_place_do_not_join_the_body_visited() -> None:
    facts = run("| 五月 | 赴上海拜会国家知识产权局 | 国家知识产权局 |")
    assert not any(n.startswith("上海") for n in org_names(facts))


def test_a_conjunction_or_adverb_before_a_citys_council_is_no_part_of_its_name() -> None:
    from importers.resolve.reference import load_reference

    reference = load_reference()
    for text, city in (
        ("考察团随后还与厦门市贸促会举行座谈。", "厦门市贸促会"),
        ("代表团并与呼和浩特市贸促会签署合作协议。", "呼和浩特市贸促会"),
        ("同时与天津市滨海新区贸促会交流。", "天津市滨海新区贸促会"),
        ("市领导会见了青岛市贸促会负责人。", "青岛市贸促会"),
    ):
        names = org_names(run(text, reference=reference))
        assert city in names
        assert not any(n.endswith(city) and n != city for n in names)


def test_a_guild_of_a_profession_is_an_organisation() -> None:
    facts = run("新竹市律师公会举办了专利讲座。")
    assert "新竹市律师公会" in org_names(facts)


def test_a_body_after_a_known_one_and_a_short_adverb_with_yu_is_a_party() -> None:
    facts = run("欧洲专利局将与专利审查员培训中心合办课程。")
    assert "专利审查员培训中心" in org_names(facts)
    facts = run("欧洲专利局还与技术转移促进中心签署了合作协议。")
    assert "技术转移促进中心" in org_names(facts)


def test_a_task_force_set_up_by_two_sides_is_an_organisation() -> None:
    facts = run("闽台保护植物新品种合作专责小组在福州举行第3次会议。")
    assert "闽台保护植物新品种合作专责小组" in org_names(facts)
