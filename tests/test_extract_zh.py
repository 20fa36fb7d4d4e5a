"""The Chinese extractor on short texts, on fixtures in other styles and on seed 001."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from importers import zh
from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference, parse
from importers.zh.text import view

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).with_name("fixtures") / "zh"
SEED_001 = ROOT / "seeds" / "001_bbd4cb2640ab796e.txt"

# A small reference so that the fixtures test the patterns, not a large gazetteer.
SMALL_REF = parse(
    [
        {
            "id": "cnipa",
            "name": "China National Intellectual Property Administration",
            "kind": "ip_office",
            "country": "CN",
            "names": [
                {"text": "CNIPA", "kind": "acronym"},
                {"text": "国家知识产权局"},
                {"text": "中国国家知识产权局"},
            ],
        },
        {
            "id": "ipos",
            "name": "Intellectual Property Office of Singapore",
            "kind": "ip_office",
            "country": "SG",
            "names": [{"text": "IPOS", "kind": "acronym"}, {"text": "新加坡知识产权局"}],
        },
        {
            "id": "wipo",
            "name": "World Intellectual Property Organization",
            "kind": "igo",
            "names": [
                {"text": "WIPO", "kind": "acronym"},
                {"text": "世界知识产权组织"},
                {"text": "产权组织"},
            ],
        },
        {
            "id": "epo",
            "name": "European Patent Office",
            "kind": "ip_office",
            "names": [{"text": "EPO", "kind": "acronym"}, {"text": "欧洲专利局"}],
        },
    ],
    [{"id": "daren-tang", "name": "Daren Tang", "names": [{"text": "邓鸿森"}]}],
)


def run(
    text: str, date: str | None = None, reference=SMALL_REF, repaired: bool = False
) -> DocumentFacts:
    return zh.extract(text, date=date, reference=reference, repaired=repaired)


def org_names(facts: DocumentFacts) -> set[str]:
    return {n for o in facts.orgs for n in [o.name, *o.aliases]}


def people(facts: DocumentFacts) -> set[str]:
    return {p.name for p in facts.people}


def roles(facts: DocumentFacts) -> set[tuple[str, str, str]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs[r.org or ""]) for r in facts.roles}


def agreements(facts: DocumentFacts) -> list[tuple[str, str, str | None, set[str]]]:
    orgs = {o.key: o.name for o in facts.orgs}
    return [(a.title, a.kind, a.date, {orgs[k] for k in a.parties}) for a in facts.agreements]


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


def test_a_name_wrapped_across_lines_is_found_whole_with_exact_spans() -> None:
    text = "苏州市知识产权局局长周建\n\n国参加会见。"
    facts = run(text)
    person = next(p for p in facts.people if p.name == "周建国")
    span = person.spans[0]
    assert text[span.start : span.end] == "周建\n\n国"


def test_a_surname_with_honorific_refers_back_to_the_named_official() -> None:
    facts = run("世界知识产权组织总干事邓鸿森会见了企业代表。邓先生表示，知识产权很重要。")
    assert people(facts) == {"邓鸿森"}
    assert "邓先生" in facts.people[0].aliases


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


def test_a_signed_mou_has_both_parties() -> None:
    facts = run(
        "2023年6月8日，国家知识产权局局长申长雨与欧洲专利局局长伯诺瓦·巴蒂斯特利在北京签署"
        "《中欧知识产权合作谅解备忘录》。"
    )
    [(title, kind, date, parties)] = agreements(facts)
    assert kind == "mou" and date == "2023-06-08"
    assert parties == {"国家知识产权局", "欧洲专利局"}
    assert {p.name for p in facts.people if p.key in facts.agreements[0].signatories} == {
        "申长雨",
        "伯诺瓦·巴蒂斯特利",
    }


def test_a_month_and_day_take_the_year_of_the_document() -> None:
    facts = run("3月15日，苏州市知识产权局与新加坡知识产权局签订了知识产权合作协议。", "2024-03-20")
    assert agreements(facts)[0][2] == "2024-03-15"


def test_consensus_is_not_an_agreement() -> None:
    facts = run("双方就进一步加强合作、共同推动知识产权研究和教育发展达成共识。")
    assert facts.agreements == []


def test_a_count_of_agreements_is_not_an_agreement() -> None:
    facts = run("目前，国家知识产权局已与多个国家签署 52 份合作协议。")
    assert facts.agreements == []


def test_witnesses_are_not_parties() -> None:
    facts = run("在商务部副部长王受文的见证下，国家知识产权局与欧洲专利局签订了工作计划。")
    [(_title, kind, _date, parties)] = agreements(facts)
    assert kind == "work_plan" and parties == {"国家知识产权局", "欧洲专利局"}


def test_source_lines_yield_nothing() -> None:
    text = (
        "正文没有事实。\n\n来源：新加坡知识产权局网站 (ipos.gov.sg)\n"
        "https://www.wipo.int/about-wipo/zh/news.html\n"
    )
    facts = run(text)
    assert facts.orgs == [] and facts.people == [] and facts.agreements == []


def test_url_lines_inside_a_sentence_do_not_split_it() -> None:
    v = view("给予了一致好\n\nhttps://www.example.org/a.html\n\n\n评。")
    assert v.text == "给予了一致好评。"


def test_a_company_office_in_a_place_is_the_company() -> None:
    facts = run("学员还实地参访亚马逊新加坡办公室，了解该公司的全球知识产权战略。")
    assert "亚马逊" in org_names(facts)
    assert "亚马逊新加坡办公室" not in org_names(facts)


def test_a_title_without_organisation_gives_a_person_without_role() -> None:
    facts = run("讲师 讲师职务 \n兰渝宏 \n新加坡/中国执业专利代理师、诉讼代理人 \n")
    assert "兰渝宏" in people(facts)
    assert facts.roles == []


def test_a_name_cell_in_a_table_takes_the_organisation_and_title_of_the_next_cell() -> None:
    facts = run("主讲人 单位及职务 \n赵雪梅 \n上海市浦东新区知识产权局 副局长 \n")
    assert ("赵雪梅", "副局长", "上海市浦东新区知识产权局") in roles(facts)


def test_generic_descriptions_are_not_organisations() -> None:
    facts = run("由重庆本地知识产权服务机构共同发起成立，在德国和新加坡新设立 2 家分中心。")
    assert facts.orgs == []


def test_importing_the_extractor_does_not_import_jieba() -> None:
    import subprocess

    code = "import sys, importers.zh, importers.extract; print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("name", ["cnipa_news.txt", "local_gov.txt", "bulletin_table.txt"])
def test_fixture_documents_give_their_expected_facts(name: str) -> None:
    expected = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))[name]
    facts = run((FIXTURES / name).read_text(encoding="utf-8"))
    assert set(expected["organisations"]) <= org_names(facts)
    assert set(expected["people"]) <= people(facts)
    assert {tuple(r) for r in expected["roles"]} <= roles(facts)
    got = agreements(facts)
    for title, kind, date, parties in expected["agreements"]:
        assert any(
            t == title and k == kind and (date is None or d == date) and set(parties) == p
            for t, k, d, p in got
        ), (title, got)
    assert len(got) == len(expected["agreements"])


def test_seed_001_key_facts() -> None:
    facts = run(SEED_001.read_text(encoding="utf-8"), reference=load_reference())
    got = roles(facts)
    assert ("邓鸿森", "总干事", "世界知识产权组织") in got
    assert ("胡文辉", "副局长", "中国国家知识产权局") in got
    assert ("王靖宇", "科技和知识产权处副处长", "开建办") in got
    assert {"兰渝宏", "揭晓", "苏巧亮", "钟梓坚", "翁文炳"} <= people(facts)
    assert {"WIPO 学院", "人工智能验证基金会", "新加坡易通机构", "Ella Cheong LLC"} <= org_names(
        facts
    )
    assert facts.agreements == []
    wipo = next(o for o in facts.orgs if o.ref == "wipo")
    assert "产权组织" in wipo.aliases


def test_seed_001_with_a_small_reference_still_finds_the_pattern_organisations() -> None:
    facts = run(SEED_001.read_text(encoding="utf-8"))
    names = org_names(facts)
    for name in (
        "新加坡工商联合总会",
        "新加坡金融科技协会",
        "新加坡国家研究基金会",
        "广州开发区知识产权局",
        "中新(重庆)知识产权研究院",
        "中国贸促会",
        "亚马逊",
    ):
        assert name in names
    assert len(facts.roles) == 11


# Patterns of real Chinese documents (each with sentences of its own, not from any fixture).


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


def test_web_buttons_and_common_words_are_not_people() -> None:
    text = "发布时间：2024-05-02  打印本页  关闭窗口\n5月1日，会上，研究院副院长会见了来宾。"
    assert not people(run(text)) & {"关闭窗口", "会见"}


def test_a_mission_and_a_national_federation_are_organisations() -> None:
    facts = run(
        "日本驻华大使馆一等秘书佐藤健和墨西哥全国工业联合会代表出席。东盟驻华代表团参赞黄文德陪同。"
    )
    names = org_names(facts)
    assert {"日本驻华大使馆", "墨西哥全国工业联合会", "东盟驻华代表团"} <= names


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


PARTICIPANTS = """出席人员名单

姓名 单位 职务
王建国 国家知识产权局 司长
努尔兰·别克 哈萨克斯坦共和国司法部国家知识产权 院长
研究院
阿卜杜拉·卡西莫 乌兹别克斯坦共和国司法部知识产 局长夫 权局
"""


def test_a_participant_table_is_read_row_by_row_with_wrapped_cells() -> None:
    from importers.read.readers import repair_text

    facts = zh.extract(repair_text(PARTICIPANTS), date=None, reference=SMALL_REF, repaired=True)
    got = roles(facts)
    assert ("努尔兰·别克", "院长", "哈萨克斯坦共和国司法部国家知识产权研究院") in got
    assert ("阿卜杜拉·卡西莫夫", "局长", "乌兹别克斯坦共和国司法部知识产权局") in got
    assert "夫" not in people(facts)


def test_each_bulletin_item_carries_its_own_date() -> None:
    text = (
        "知识产权合作简报\n2022年第2期 2022年12月20日\n\n"
        "一、苏州市知识产权局与新加坡知识产权局签署合作备忘录\n\n"
        "11月3日，苏州市知识产权局与新加坡知识产权局签署《知识产权合作备忘录》。\n\n"
        "二、双方就专利审查合作进行磋商\n\n12月1日，双方同意尽快启动合作协议文本磋商。\n"
    )
    [(title, kind, date, _parties)] = agreements(run(text, repaired=True))
    assert kind == "mou" and date == "2022-11-03" and title == "知识产权合作备忘录"


def test_talks_about_signing_are_not_signings() -> None:
    text = "欧洲专利局副局长与新加坡知识产权局局长就签署专利审查高速路协议进行了磋商。"
    assert agreements(run(text)) == []


def test_two_titles_joined_in_one_sentence_are_two_agreements() -> None:
    text = "2022年4月2日，国家知识产权局与欧洲专利局签署了《数据交换协议》和《人员交流工作计划》。"
    got = {(t, k) for t, k, _d, _p in agreements(run(text))}
    assert got == {("数据交换协议", "agreement"), ("人员交流工作计划", "work_plan")}


def test_an_undelimited_letter_of_intent_after_a_signing_verb_is_found() -> None:
    text = "5月9日，苏州市知识产权局与新加坡知识产权局签署合作意向书。"
    [(title, kind, _date, parties)] = agreements(run(text, "2024-05-10"))
    assert kind == "letter_of_intent" and parties == {"苏州市知识产权局", "新加坡知识产权局"}


def test_separate_signings_with_several_parties_give_one_agreement_each() -> None:
    text = "国家知识产权局分别与欧洲专利局、新加坡知识产权局签署了谅解备忘录。"
    got = [p for _t, _k, _d, p in agreements(run(text))]
    assert {"国家知识产权局", "欧洲专利局"} in got and {"国家知识产权局", "新加坡知识产权局"} in got


# --- Traditional script, combined titles, heads of state, boundaries, self-reference ---------


@pytest.fixture(scope="module")
def full_ref():
    return load_reference()


def test_traditional_text_is_searched_simplified_with_offsets_kept() -> None:
    text = "歐洲專利局與新加坡知識產權局簽署諒解備忘錄"
    v = view(text)
    assert v.text == "欧洲专利局与新加坡知识产权局签署谅解备忘录"
    assert len(v.text) == len(text) and v.as_written(0, 5) == "歐洲專利局"
    assert view("著作权保护").text == "著作权保护"  # a Simplified character stays


def test_traditional_names_keep_their_written_form_as_aliases() -> None:
    text = (
        "新加坡知識產權局與歐洲專利局於二○二一年三月五日在新加坡簽署《專利審查合作諒解備忘錄》。"
        "新加坡知識產權局局長李明華表示，雙方將加強合作。"
    )
    facts = run(text, repaired=True)
    assert {"新加坡知識產權局", "歐洲專利局"} <= org_names(facts)
    person = next(p for p in facts.people if p.name == "李明华")
    assert "李明華" in person.aliases
    assert ("李明华", "局長", "新加坡知识产权局") in roles(facts)
    (agreement,) = facts.agreements
    assert agreement.title == "專利審查合作諒解備忘錄" and agreement.date == "2021-03-05"


def test_a_dateline_and_relative_years_date_agreements() -> None:
    text = (
        "欧洲专利局与新加坡知识产权局今日签署合作协议。\n"
        "此外，新加坡知识产权局已于去年与世界知识产权组织签署谅解备忘录。\n"
        "二〇二二年九月八日（星期四）\n"
    )
    dates = {a.kind: a.date for a in run(text, repaired=True).agreements}
    assert dates == {"agreement": "2022-09-08", "mou": "2021"}


def test_two_titles_joined_before_a_name_are_one_role() -> None:
    facts = run("9月2日，深圳市知识产权局党组成员、副局长王海涛出席会议。", repaired=True)
    assert ("王海涛", "党组成员、副局长", "深圳市知识产权局") in roles(facts)


def test_heads_of_state_belong_to_their_governments(full_ref) -> None:
    text = "在国家副主席韩正和埃及总统塞西的共同见证下，双方签署合作文件。埃及驻华大使法赫米出席。"
    facts = run(text, reference=full_ref, repaired=True)
    got = roles(facts)
    assert "塞西" in people(facts) and "塞西的" not in people(facts)
    assert ("韩正", "国家副主席", "中华人民共和国政府") in got
    assert ("塞西", "总统", "埃及政府") in got
    assert ("法赫米", "驻华大使", "埃及政府") in got
    egypt = next(o for o in facts.orgs if o.name == "埃及政府")
    assert "埃及" in egypt.aliases


def test_an_ambassador_alone_names_no_organisation(full_ref) -> None:
    facts = run("巴西驻华大使马科斯见证签字。", reference=full_ref, repaired=True)
    assert "马科斯" in people(facts) and not facts.roles


def test_an_office_after_a_named_body_stays_in_the_title() -> None:
    facts = run("欧洲专利局(EPO)北京代表处首席代表马丁·施密特来访。", repaired=True)
    assert ("马丁·施密特", "北京代表处首席代表", "欧洲专利局") in roles(facts)
    assert "北京代表处" not in org_names(facts)


def test_a_company_before_a_title_is_named_in_full_and_its_group_refers_to_it() -> None:
    text = (
        "5月6日，浙江大学与海信集团控股股份有限公司签署合作协议，"
        "海信集团控股股份有限公司副总裁周文杰出席。海信集团表示将加大投入。"
    )
    facts = run(text, repaired=True)
    assert ("周文杰", "副总裁", "海信集团控股股份有限公司") in roles(facts)
    company = next(o for o in facts.orgs if o.name == "海信集团控股股份有限公司")
    assert "海信集团" in company.aliases


def test_our_office_in_an_offices_bulletin_is_the_office() -> None:
    text = (
        "浙江省市场监督管理局工作简报\n\n【要目】\n一、我局与浙江大学签署战略合作协议\n\n"
        "一、我局与浙江大学签署战略合作协议\n\n"
        "4月2日，我局与浙江大学在杭州签署《知识产权战略合作协议》。\n"
    )
    facts = run(text, date="2024-04-10", repaired=True)
    names = {o.key: o.name for o in facts.orgs}
    (agreement,) = facts.agreements
    assert {names[k] for k in agreement.parties} == {"浙江省市场监督管理局", "浙江大学"}
    assert "我局" not in org_names(facts)


def test_a_countrys_long_and_short_form_name_one_body() -> None:
    text = "白俄罗斯国家知识产权中心主任马卡罗夫表示，白俄罗斯共和国国家知识产权中心将扩大合作。"
    facts = run(text, repaired=True)
    centre = [o for o in facts.orgs if "国家知识产权中心" in o.name]
    assert len(centre) == 1


def test_every_member_of_a_list_of_counterparts_is_a_party() -> None:
    facts = run(
        "宁波市知识产权保护中心与海曙精工机械有限公司、甬江大学签署《专利导航合作协议》。",
        repaired=True,
    )
    assert {"海曙精工机械有限公司", "甬江大学"} <= org_names(facts)
    [(_title, kind, _date, parties)] = agreements(facts)
    assert kind == "agreement"
    assert parties == {"宁波市知识产权保护中心", "海曙精工机械有限公司", "甬江大学"}


def test_separate_signings_with_a_list_give_one_agreement_per_counterpart() -> None:
    facts = run(
        "2023年5月，杭州市知识产权局分别与星河智能科技有限公司、远航生物医药股份有限公司"
        "和青禾大学签署合作备忘录。",
        repaired=True,
    )
    members = {"星河智能科技有限公司", "远航生物医药股份有限公司", "青禾大学"}
    assert members <= org_names(facts)
    got = agreements(facts)
    assert len(got) == 3
    assert {frozenset(p) for _t, _k, _d, p in got} == {
        frozenset({"杭州市知识产权局", m}) for m in members
    }


def test_an_international_arbitration_court_of_a_city_is_an_organisation() -> None:
    facts = run("厦门国际仲裁院院长林海峰出席会议。")
    assert ("林海峰", "院长", "厦门国际仲裁院") in roles(facts)


def test_a_unit_of_a_company_named_by_its_short_form_stays_in_the_title() -> None:
    facts = run(
        "苏州市星河科技有限公司（以下简称“星河”）发布年报。星河法务部总监周婷表示，将加强合规。"
    )
    assert ("周婷", "法务部总监", "苏州市星河科技有限公司") in roles(facts)
    assert not any(n.endswith("法务部") for n in org_names(facts))


def test_a_headline_and_the_body_report_one_agreement() -> None:
    facts = run(
        "国知局与欧洲专利局签署数据交换合作备忘录\n"
        "2024年3月5日，国家知识产权局与欧洲专利局在北京签署"
        "《关于专利数据交换合作的谅解备忘录》。",
        repaired=True,
    )
    [(title, kind, date, parties)] = agreements(facts)
    assert (title, kind, date) == ("关于专利数据交换合作的谅解备忘录", "mou", "2024-03-05")
    assert parties == {"国家知识产权局", "欧洲专利局"}


def test_a_later_mention_by_the_second_name_plate_is_the_same_body() -> None:
    facts = run(
        "2024年4月，杭州市市场监督管理局（杭州市知识产权局）与欧洲专利局签署合作协议。"
        "杭州市知识产权局副局长王明出席。"
    )
    body = next(o for o in facts.orgs if o.name == "杭州市市场监督管理局")
    assert "杭州市知识产权局" in body.aliases
    assert ("王明", "副局长", "杭州市市场监督管理局") in roles(facts)


def test_a_transliterated_name_before_its_title_leads_a_delegation() -> None:
    facts = run("欧洲专利局代表团由伯诺瓦·巴蒂斯特利局长率领。会谈中，巴蒂斯特利局长介绍了情况。")
    assert ("伯诺瓦·巴蒂斯特利", "局长", "欧洲专利局") in roles(facts)
    assert people(facts) == {"伯诺瓦·巴蒂斯特利"}
    assert "巴蒂斯特利" in facts.people[0].aliases


def test_a_document_named_before_the_renewal_verb_is_renewed() -> None:
    facts = run("2024年6月，国家知识产权局与欧洲专利局将《专利审查合作谅解备忘录》续签三年。")
    assert agreements(facts) == [
        ("专利审查合作谅解备忘录", "mou", "2024-06", {"国家知识产权局", "欧洲专利局"})
    ]


def test_english_only_lines_give_no_run_on_latin_names() -> None:
    facts = run("MEDIA ADVISORY\nEuropean Patent Office\n\n欧洲专利局发布公告。", repaired=True)
    assert not any("ADVISORY" in n for n in org_names(facts))


def test_an_organisation_before_a_title_starts_after_a_witnessing_verb() -> None:
    facts = run(
        "會談後，李國強與張明見證版權事務署署長黃美玲與國家知識產權局副局長周平簽署《合作會議紀要》。"
    )
    assert not any("见证" in n or "見證" in n for n in org_names(facts))
    assert ("黄美玲", "署長", "版权事务署") in roles(facts)


def test_a_year_range_in_a_title_does_not_date_the_signing() -> None:
    facts = run(
        "国家知识产权局与欧洲专利局签署2023—2024年合作工作计划\n"
        "9月15日，欧洲专利局局长来访。会谈后，国家知识产权局副局长周平与欧洲专利局"
        "副局长史密斯签署了《国家知识产权局与欧洲专利局2023—2024年合作工作计划》。",
        date="2022-09-20",
        repaired=True,
    )
    [(title, kind, date, parties)] = agreements(facts)
    assert (kind, date) == ("work_plan", "2022-09-15")
    assert parties == {"国家知识产权局", "欧洲专利局"}


def test_a_name_does_not_absorb_the_first_character_of_the_next_word() -> None:
    facts = run("专利代理师孙波结合典型判例，讲解了答复要点。")
    assert people(facts) == {"孙波"}


def test_a_japanese_name_keeps_its_two_character_given_name() -> None:
    facts = run("欧洲专利局审查员中村美香，以及日本驻上海总领事馆总领事渡边健太出席。")
    assert {"中村美香", "渡边健太"} <= people(facts)
    assert "中村美" not in people(facts)


def test_an_office_stationed_in_another_city_is_one_organisation() -> None:
    facts = run("澳门特别行政区政府驻北京办事处主任李伟亦有出席。")
    assert ("李伟", "主任", "澳门特别行政区政府驻北京办事处") in roles(facts)
    assert "北京办事处" not in org_names(facts)


def test_the_special_region_short_form_joins_its_government() -> None:
    facts = run("会上，澳门特别行政区政府经济局局长李伟致辞。特区政府表示支持。")
    gov = next(o for o in facts.orgs if o.name == "澳门特别行政区政府")
    assert "特区政府" in gov.aliases


def test_a_founding_year_does_not_date_a_later_signing() -> None:
    facts = run(
        "6月9日，国家知识产权局与新加坡知识产权局在杭州举行会谈。"
        "两局的交流始于1987年设立的联络机制。"
        "会上，国家知识产权局与新加坡知识产权局签署了《专利信息交换合作备忘录》。",
        date="2023-06-10",
    )
    dates = {t: d for t, _k, d, _p in agreements(facts)}
    assert dates["专利信息交换合作备忘录"] == "2023-06-09"


def test_a_start_date_after_the_signing_does_not_date_it() -> None:
    facts = run(
        "2022年5月12日，国家知识产权局与新加坡知识产权局签署了《专利审查高速路试点谅解备忘录》，"
        "试点自2022年7月1日起实施；并与日本专利局签署了《年度合作计划》。",
        date="2022-05-13",
    )
    dates = {t: d for t, _k, d, _p in agreements(facts)}
    assert dates["专利审查高速路试点谅解备忘录"] == "2022-05-12"
    assert dates["年度合作计划"] == "2022-05-12"


def test_an_assembly_signs_as_its_organisation() -> None:
    facts = run(
        "6月29日，在欧洲专利组织（EPOrg）大会期间，国家知识产权局局长王伟与欧洲专利组织"
        "主席李斯特在慕尼黑会谈，并签署《数据交换协议》。",
        date="2021-06-30",
    )
    parties = {t: p for t, _k, _d, p in agreements(facts)}
    assert parties["数据交换协议"] == {"国家知识产权局", "欧洲专利组织"}


def test_a_dash_grouping_of_offices_is_no_organisation() -> None:
    facts = run("第五次中国—中亚知识产权局局长会议在西安举行。")
    assert not any("知识产权局" in n and "中亚" in n for n in org_names(facts))
