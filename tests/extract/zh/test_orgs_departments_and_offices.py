"""Departments, offices and bureaus named with the body they belong to, and references that
only look like names: the countries of a known region (no body), a body's general office in a
signature line (the body), a foreign ministry's department (a body, its ministry only placing
it), a bureau named by its function before its head's title (a unit in the title), a suffix
jieba glues to the verb after it, and a name the reference gives only in Traditional
characters right after a copula."""

from __future__ import annotations

from importers.resolve.reference import parse
from importers.zh.orgs.ministries import foreign_department
from tests.extract.zh.helpers import org_names, roles, run

REF = parse(
    [
        {
            "id": "bloc",
            "name": "Regional Bloc (test)",
            "kind": "igo",
            "names": [{"text": "东盟"}],
        },
        {
            "id": "kr-office",
            "name": "Korean Office (test)",
            "kind": "ip_office",
            "country": "KR",
            "names": [{"text": "韩国特许厅"}],
        },
        {
            "id": "cn-office",
            "name": "National Office (test)",
            "kind": "ip_office",
            "country": "CN",
            "names": [{"text": "国家知识产权局"}],
        },
        {
            "id": "hk-dept",
            "name": "Region Department (test)",
            "kind": "ip_office",
            "country": "HK",
            "names": [{"text": "知識產權署", "lang": "zh-Hant"}],
        },
    ],
    [],
)


def test_the_countries_of_a_known_region_name_no_body() -> None:
    text = "本局将继续加强与菲律宾知识产权局、越南知识产权局等东盟国家机构的往来。"
    facts = run(text, reference=REF, repaired=True)
    assert not any(n.startswith("东盟") and n != "东盟" for n in org_names(facts))
    facts = run("这是该署与东盟国家知识产权机构合作的又一成果。", reference=REF, repaired=True)
    assert not any(n.endswith("机构") for n in org_names(facts))


def test_a_name_known_only_in_traditional_characters_is_found_after_a_copula() -> None:
    text = "這是知識產權署今年第二次出訪。\n（撰稿人為知識產權署署長陳大文）"
    facts = run(text, reference=REF, repaired=True)
    assert [o.ref for o in facts.orgs if o.ref] == ["hk-dept"]
    assert not any(n.startswith("作者") for n in org_names(facts))
    assert ("陳大文", "署長", "知識產權署") in roles(facts)


def test_a_body_s_general_office_signing_a_report_names_the_body() -> None:
    text = "全年共办理涉外知识产权事务十二件。\n\n湖南省知识产权局办公室\n2024年1月8日"
    facts = run(text, reference=REF, repaired=True)
    assert "湖南省知识产权局" in org_names(facts)
    assert "湖南省知识产权局办公室" not in org_names(facts)


def test_a_committee_s_office_stays_a_body_of_its_own() -> None:
    text = "会议由市知识产权工作委员会办公室承办。"
    facts = run(text, reference=REF, repaired=True)
    assert not any(n.endswith("委员会") for n in org_names(facts))


def test_a_foreign_ministry_s_department_acting_as_a_party_is_a_body() -> None:
    text = "代表团在金边与柬埔寨商务部知识产权司签署了合作谅解备忘录。"
    facts = run(text, reference=REF, repaired=True)
    assert "柬埔寨商务部知识产权司" in org_names(facts)
    assert "柬埔寨商务部" not in org_names(facts)


def test_only_another_country_s_ministry_makes_its_department_a_body() -> None:
    assert foreign_department("缅甸商务部知识产权司")
    assert not foreign_department("中国商务部条约法律司")
    assert not foreign_department("缅甸商务部司")


def test_a_suffix_glued_to_the_verb_after_it_still_ends_the_name() -> None:
    text = "明年我局将推动与泰国商务部知识产权厅商签合作备忘录。"
    facts = run(text, reference=REF, repaired=True)
    assert "泰国商务部知识产权厅" in org_names(facts)
    assert "泰国商务部" not in org_names(facts)


def test_a_bureau_named_by_its_function_after_a_known_office_stays_in_its_head_s_title() -> None:
    text = "韩国特许厅信息化政策局局长金成浩介绍了检索系统的建设情况。"
    facts = run(text, reference=REF, repaired=True)
    assert ("金成浩", "信息化政策局局长", "韩国特许厅") in roles(facts)
    assert not any(n.endswith("政策局") for n in org_names(facts))


def test_a_name_known_only_in_traditional_characters_is_found_after_a_verb_of_belonging() -> None:
    ref = parse(
        [
            {
                "id": "tw-ministry",
                "name": "Ministry (test)",
                "kind": "government",
                "country": "TW",
                "names": [{"text": "經濟部", "lang": "zh-Hant"}],
            }
        ],
        [],
    )
    text = "本中心成立於民國九十年，隸屬經濟部，負責標準檢驗業務。"
    facts = run(text, reference=ref, repaired=True)
    assert [o.ref for o in facts.orgs if o.ref] == ["tw-ministry"]


def test_a_court_s_service_hall_visited_is_the_court() -> None:
    text = "代表团随后参观了上海知识产权法院诉讼服务中心。"
    facts = run(text, reference=REF, repaired=True)
    assert "上海知识产权法院" in org_names(facts)
    assert not any(n.endswith("服务中心") for n in org_names(facts))


def test_a_department_after_a_companys_legal_end_stays_in_its_heads_title() -> None:
    facts = run("星河智能技术有限公司知识产权部部长吴卫东介绍了海外专利布局经验。")
    assert ("吴卫东", "知识产权部部长", "星河智能技术有限公司") in roles(facts)
    assert "星河智能技术有限公司知识产权部" not in org_names(facts)
