"""Titles and roles (importers/zh/roles.py, people.py): [机构][职务][姓名], lists sharing an
organisation, units kept in titles (and the regions a representative covers,
importers/zh/posted_regions.py), short forms of organisations named earlier."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_a_title_between_organisation_and_name_gives_a_role() -> None:
    facts = run("世界知识产权组织总干事邓鸿森于2024年1月12日结束了对新加坡的访问。")
    assert ("邓鸿森", "总干事", "世界知识产权组织") in roles(facts)


def test_a_list_of_officials_shares_the_organisation() -> None:
    facts = run(
        "3月21日，新加坡知识产权局国际事务机构行政董事郭杰伟、业务发展司副司长邱耀宏一行来访。"
    )
    assert ("郭杰伟", "行政董事", "新加坡知识产权局国际事务机构") in roles(facts)
    assert ("邱耀宏", "业务发展司副司长", "新加坡知识产权局国际事务机构") in roles(facts)
    assert "新加坡知识产权局" not in org_names(facts)  # the longer sub-unit wins


def test_a_company_before_its_department_and_title_is_the_organisation() -> None:
    facts = run("会上，腾讯集团法务部总监刘晓东分享了经验。")
    assert ("刘晓东", "法务部总监", "腾讯集团") in roles(facts)


def test_a_unit_between_a_body_and_a_title_stays_in_the_title() -> None:
    facts = run("法国工商大会国际合作部主任让·杜邦出席。")
    assert ("让·杜邦", "国际合作部主任", "法国工商大会") in roles(facts)


def test_a_short_form_of_a_named_company_refers_to_it() -> None:
    facts = run("深圳市大疆创新科技有限公司与清华大学签署合作协议，大疆创新副总裁罗建平致辞。")
    assert ("罗建平", "副总裁", "深圳市大疆创新科技有限公司") in roles(facts)


def test_a_deputy_governor_without_organisation_belongs_to_the_named_government() -> None:
    facts = run("江苏省人民政府 > 要闻\n\n副省长周立新出席论坛并讲话。")
    assert ("周立新", "副省长", "江苏省人民政府") in roles(facts)


def test_two_titles_joined_before_a_name_are_two_roles_at_the_body() -> None:
    facts = run("9月2日，深圳市知识产权局党组成员、副局长王海涛出席会议。", repaired=True)
    assert ("王海涛", "党组成员", "深圳市知识产权局") in roles(facts)
    assert ("王海涛", "副局长", "深圳市知识产权局") in roles(facts)


def test_an_office_after_a_named_body_stays_in_the_title() -> None:
    facts = run("欧洲专利局(EPO)北京代表处首席代表马丁·施密特来访。", repaired=True)
    assert ("马丁·施密特", "北京代表处首席代表", "欧洲专利局") in roles(facts)
    assert "北京代表处" not in org_names(facts)


def test_the_regions_a_representative_covers_stay_in_the_title_at_the_body() -> None:
    text = "深圳市科技局局长刘洋，新加坡企业发展局华南、西南首席代表林志伟出席签约仪式。"
    facts = run(text, repaired=True)
    assert ("林志伟", "华南、西南首席代表", "新加坡企业发展局") in roles(facts)


def test_a_representative_of_a_region_alone_is_at_no_body_that_opens_with_the_region() -> None:
    facts = run("华北电力大学校长王强出席。华北首席代表李明致辞。", repaired=True)
    assert not [r for r in roles(facts) if r[0] == "李明" and r[2] == "华北电力大学"]


def test_a_company_before_a_title_is_named_in_full_and_its_group_refers_to_it() -> None:
    text = (
        "5月6日，浙江大学与海信集团控股股份有限公司签署合作协议，"
        "海信集团控股股份有限公司副总裁周文杰出席。海信集团表示将加大投入。"
    )
    facts = run(text, repaired=True)
    assert ("周文杰", "副总裁", "海信集团控股股份有限公司") in roles(facts)
    company = next(o for o in facts.orgs if o.name == "海信集团控股股份有限公司")
    assert "海信集团" in company.aliases


def test_a_unit_of_a_company_named_by_its_short_form_stays_in_the_title() -> None:
    facts = run(
        "苏州市星河科技有限公司（以下简称“星河”）发布年报。星河法务部总监周婷表示，将加强合规。"
    )
    assert ("周婷", "法务部总监", "苏州市星河科技有限公司") in roles(facts)
    assert not any(n.endswith("法务部") for n in org_names(facts))


def test_an_organisation_before_a_title_starts_after_a_witnessing_verb() -> None:
    facts = run(
        "會談後，李國強與張明見證版權事務署署長黃美玲與國家知識產權局副局長周平簽署《合作會議紀要》。"
    )
    assert not any("见证" in n or "見證" in n for n in org_names(facts))
    assert ("黃美玲", "署長", "版權事務署") in roles(facts)


def test_a_department_head_listed_after_an_official_is_at_that_officials_body() -> None:
    facts = run("欧洲专利局副局长马丁·施密特，国际合作司司长李安娜等出席会议。", repaired=True)
    assert ("李安娜", "国际合作司司长", "欧洲专利局") in roles(facts)


def test_a_department_head_belongs_to_the_body_the_text_names_the_department_with() -> None:
    facts = run(
        "新加坡知识产权局法务司与业务发展司负责同志出席。\n\n法务司司长王晓明主持交流。",
        repaired=True,
    )
    assert ("王晓明", "法务司司长", "新加坡知识产权局") in roles(facts)


def test_a_known_official_named_before_a_bare_title_holds_it_at_the_named_office() -> None:
    from importers.resolve.reference import load_reference

    text = "国家知识产权局召开会议。\n\n5月3日，申长雨局长会见欧洲专利局代表团。"
    facts = run(text, reference=load_reference(), repaired=True)
    assert ("申长雨", "局长", "国家知识产权局") in roles(facts)


def test_the_head_of_a_delegation_named_after_its_title_is_at_the_delegations_body() -> None:
    facts = run("欧洲专利局代表团由副局长斯特凡·洛伦岑率领，在东京参加会谈。", repaired=True)
    assert ("斯特凡·洛伦岑", "副局长", "欧洲专利局") in roles(facts)


def test_an_executive_director_is_a_title() -> None:
    facts = run("欧洲专利局执行局长若昂·佩雷拉出席会议。", repaired=True)
    assert ("若昂·佩雷拉", "执行局长", "欧洲专利局") in roles(facts)


def test_a_contracted_name_of_a_committee_named_earlier_refers_to_it() -> None:
    text = (
        "杭州高新区管理委员会与欧洲专利局签署备忘录。"
        "备忘录由高新区管委会副主任钱立新与欧洲专利局代表共同签署。"
    )
    assert ("钱立新", "副主任", "杭州高新区管理委员会") in roles(run(text, repaired=True))


def test_a_deputy_mayor_alone_belongs_to_the_government_of_the_city_the_text_is_about() -> None:
    text = (
        "杭州市知识产权局 > 工作动态\n\n5月8日，杭州市知识产权局举办论坛。副市长吴海燕出席并致辞。"
    )
    facts = run(text, repaired=True)
    assert ("吴海燕", "副市长", "杭州市人民政府") in roles(facts)


def test_bodies_of_two_cities_leave_a_deputy_mayor_without_organisation() -> None:
    text = "杭州市知识产权局与宁波市知识产权局举办论坛。副市长吴海燕出席并致辞。"
    assert not any(r[0] == "吴海燕" for r in roles(run(text, repaired=True)))


def test_a_chief_legal_counsel_is_a_title_alone_and_in_a_chain() -> None:
    lead = "国家知识产权局副局长周婉珊在京会见了华辰科技公司"
    alone = run(lead + "首席法律顾问马克·泰勒一行。")
    chained = run(lead + "高级副总裁、首席法律顾问马克·泰勒一行。")
    assert ("马克·泰勒", "首席法律顾问", "华辰科技公司") in roles(alone)
    assert ("马克·泰勒", "首席法律顾问", "华辰科技公司") in roles(chained)
    assert ("马克·泰勒", "高级副总裁", "华辰科技公司") in roles(chained)


def test_a_possessive_between_a_body_and_a_title_leaves_the_post_at_the_body() -> None:
    facts = run("来自新加坡知识产权局的高级审查员艾玛·布朗介绍了商标异议程序。")
    assert ("艾玛·布朗", "高级审查员", "新加坡知识产权局") in roles(facts)
