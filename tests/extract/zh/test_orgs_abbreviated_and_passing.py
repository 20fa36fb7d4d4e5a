"""Names that look like new bodies but are not: a body written with its country's one-character
initial (the body named in full, or the one the reference knows), an international body only
modifying the name of its system or law, a fair or a seminar, a kind of service body; and
bodies a Traditional text names after a career verb or a preposition of means or accordance,
a ministry's own committee in a title, an institute under an office."""

from __future__ import annotations

from importers.resolve.reference import load_reference, parse
from importers.zh.orgs.formal import expansions
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()

SMALL = parse(
    [
        {
            "id": "union",
            "name": "Union (test)",
            "kind": "igo",
            "names": [{"text": "欧盟"}],
        },
        {
            "id": "ministry",
            "name": "Ministry (test)",
            "kind": "government",
            "country": "TW",
            "names": [{"text": "經濟部", "lang": "zh-Hant"}],
        },
    ],
    [],
)


def test_a_body_written_with_its_country_s_initial_is_the_body_named_in_full() -> None:
    text = "巴西国家专利研究中心与本局合作多年。会后，巴专利研究中心代表参观了展厅。"
    facts = run(text, reference=SMALL, repaired=True)
    (centre,) = [o for o in facts.orgs if "专利研究中心" in o.name]
    assert "巴专利研究中心" in centre.aliases


def test_a_body_written_with_its_country_s_initial_alone_is_the_known_body() -> None:
    facts = run("澳门经济及科技发展局与葡工业产权局举行了工作会谈。", reference=REF, repaired=True)
    assert "inpi-pt" in {o.ref for o in facts.orgs}


def test_a_name_that_opens_with_a_whole_country_is_no_abbreviation() -> None:
    assert expansions("日本特许厅") == []
    assert ("葡萄牙国家工业产权局", "PT") in expansions("葡工业产权局")


def test_a_union_that_only_modifies_the_name_of_its_rules_is_not_mentioned() -> None:
    facts = run("讲者介绍了欧盟植物品种保护制度的沿革。", reference=SMALL, repaired=True)
    assert "欧盟" not in org_names(facts)


def test_a_union_that_acts_is_mentioned() -> None:
    facts = run("欧盟正在修订其外观设计保护规则。", reference=SMALL, repaired=True)
    assert "欧盟" in org_names(facts)
    facts = run("会上，欧盟制定规则的做法引起讨论。", reference=SMALL, repaired=True)
    assert "欧盟" in org_names(facts)


def test_a_trade_fair_is_no_organisation() -> None:
    facts = run("第三届中国国际数字贸易交易会在杭州开幕，新加坡知识产权局参展。", repaired=True)
    assert not any(n.endswith("交易会") for n in org_names(facts))


def test_international_service_bodies_are_a_kind_not_an_organisation() -> None:
    facts = run("新区正在招引境外知识产权服务机构设立分支。", repaired=True)
    assert not any(n.endswith("机构") for n in org_names(facts))


def test_a_traditional_only_ministry_after_a_preposition_of_means_is_found() -> None:
    facts = run("本局將透過經濟部與各國駐台機構保持聯繫。", reference=SMALL, repaired=True)
    assert "ministry" in {o.ref for o in facts.orgs}


def test_a_traditional_only_ministry_right_after_a_date_s_day_is_found() -> None:
    facts = run("本會於 2019 年 3 月 5 日經濟部核定後公告施行。", reference=SMALL, repaired=True)
    assert "ministry" in {o.ref for o in facts.orgs}


def test_a_traditional_only_ministry_inside_a_longer_word_is_still_not_found() -> None:
    facts = run("本會加強對外經濟部門的聯繫。", reference=SMALL, repaired=True)
    assert "ministry" not in {o.ref for o in facts.orgs}


def test_a_traditional_only_ministry_after_a_word_of_accordance_holds_its_head_s_title() -> None:
    text = "本會今年將配合經濟部陳立德部長「綠色轉型」的施政主軸，擴大輔導中小企業。"
    facts = run(text, reference=SMALL, repaired=True)
    assert "ministry" in {o.ref for o in facts.orgs}
    assert ("陳立德", "部長", "經濟部") in roles(facts)


def test_a_ministry_s_committee_in_a_career_line_stays_in_the_title() -> None:
    text = "副局長　王志明\n　　督導專利業務。曾任經濟部訴願審議委員會主任委員。"
    facts = run(text, reference=SMALL, repaired=True)
    assert ("王志明", "訴願審議委員會主任委員", "經濟部") in roles(facts)
    assert not any(n.endswith("委員會") for n in org_names(facts))


def test_an_institute_under_an_office_is_named_without_the_office() -> None:
    facts = run("考察团走访了日本特许厅所属的工业产权研修院（TTI）。", reference=REF, repaired=True)
    assert "工业产权研修院" in org_names(facts)
    assert "jpo" in {o.ref for o in facts.orgs}


def test_a_council_s_short_title_after_its_short_name_is_no_part_of_the_name() -> None:
    facts = run("農委會主委當天也到場致意。", reference=SMALL, repaired=True)
    assert not any(n.endswith("主委") for n in org_names(facts))
