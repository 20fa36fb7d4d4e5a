"""A union's name used for a region, a market or one side of a meeting's name; the tail of a
field word that spells a body's short name; a kind of firm after a word of origin; and units
(a ministry's department, an office's division) that act on their own rather than stand in
their head's title."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import org_names, roles, run

REF = parse(
    [
        {
            "id": "union",
            "name": "Regional Union (test)",
            "kind": "igo",
            "names": [{"text": "东盟"}],
        },
        {
            "id": "world-body",
            "name": "World Body (test)",
            "kind": "igo",
            "names": [{"text": "世界知识产权组织"}, {"text": "产权组织"}],
        },
        {
            "id": "trade-ministry",
            "name": "Trade Ministry (test)",
            "kind": "government",
            "country": "CN",
            "names": [{"text": "商务部"}],
        },
        {
            "id": "national-office",
            "name": "National Office (test)",
            "kind": "ip_office",
            "country": "CN",
            "names": [{"text": "国家知识产权局"}],
        },
        {
            "id": "granting-office",
            "name": "Granting Office (test)",
            "kind": "ip_office",
            "country": "CN",
            "parent": "national-office",
            "names": [{"text": "国家知识产权局专利局"}],
        },
    ],
    [],
)


def test_a_union_after_a_verb_of_direction_names_a_region_not_a_body() -> None:
    facts = run("该市将建设辐射东盟的商标代理服务中心。", reference=REF, repaired=True)
    assert "东盟" not in org_names(facts)


def test_a_union_before_a_word_of_market_names_no_body() -> None:
    facts = run("去年本省企业加快进入东盟市场的步伐。", reference=REF, repaired=True)
    assert "东盟" not in org_names(facts)


def test_a_union_as_the_second_side_of_a_meeting_s_name_is_not_mentioned() -> None:
    text = "有关成果已提交中国—东盟知识产权合作论坛讨论。"
    facts = run(text, reference=REF, repaired=True)
    assert "东盟" not in org_names(facts)


def test_a_union_acting_on_its_own_is_still_mentioned() -> None:
    facts = run("东盟今年将与多方商谈专利审查合作。", reference=REF, repaired=True)
    assert "东盟" in org_names(facts)


def test_a_short_name_spelt_by_the_tail_of_a_field_word_is_no_mention() -> None:
    text = "多个次区域知识产权组织也派员旁听了本次会议。"
    facts = run(text, reference=REF, repaired=True)
    assert not org_names(facts)
    facts = run("产权组织今年再次发布全球创新指数。", reference=REF, repaired=True)
    assert "产权组织" in org_names(facts)


def test_a_kind_of_law_firm_after_a_word_of_origin_is_no_firm() -> None:
    text = "该中心已与二十余家境外律师事务所开展业务合作。"
    facts = run(text, reference=REF, repaired=True)
    assert not any(n.endswith("事务所") for n in org_names(facts))


def test_a_ministry_s_department_named_alone_is_a_body() -> None:
    text = "商务部欧洲司有关负责人介绍了双边经贸合作情况。"
    facts = run(text, reference=REF, repaired=True)
    assert "商务部欧洲司" in org_names(facts)


def test_a_ministry_s_department_before_its_head_s_title_stays_in_the_title() -> None:
    text = "商务部欧洲司司长赵文华介绍了双边经贸合作情况。"
    facts = run(text, reference=REF, repaired=True)
    assert "商务部欧洲司" not in org_names(facts)


def test_an_office_s_division_signing_alone_is_a_body_whose_head_holds_the_bare_title() -> None:
    text = (
        "国家知识产权局专利局审查业务管理部与欧方代表举行会谈，并签署了质量合作备忘录。"
        "审查业务管理部部长钱文博介绍了审查质量保障措施。"
    )
    facts = run(text, reference=REF, repaired=True)
    assert "国家知识产权局专利局审查业务管理部" in org_names(facts)
    assert ("钱文博", "部长", "国家知识产权局专利局审查业务管理部") in roles(facts)


def test_an_office_s_division_before_its_head_s_title_stays_in_the_title() -> None:
    text = "国家知识产权局专利局审查业务管理部部长钱文博出席会议。"
    facts = run(text, reference=REF, repaired=True)
    assert ("钱文博", "审查业务管理部部长", "国家知识产权局专利局") in roles(facts)


def test_an_office_s_division_that_only_co_hosts_stays_a_unit_of_its_office() -> None:
    text = "市知识产权局与国家知识产权局专利局审查业务管理部联合举办专利代理人培训班。"
    facts = run(text, reference=REF, repaired=True)
    assert "国家知识产权局专利局审查业务管理部" not in org_names(facts)
    assert "国家知识产权局专利局" in org_names(facts)
