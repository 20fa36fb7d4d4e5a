"""Roles of Chinese officials: a chief executive's deputy (副首席执行官) is a title of its
own; a visitor who 听取 an official's briefing ends the clause before the official's body
(中心主任 is the head of the centre just visited); a unit's name that the heading writes on
its own (律政司與…簽署) is a body, and its head's title (律政司副司長) is at it, never at the
other body of the heading; and every secretary of Macao's government holds a portfolio
title, with no body when the text names no government (importers/zh/roles.py,
importers/zh/role_context.py, importers/zh/portfolio.py, reference_data/governments.json)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.pipeline import base_reference
from importers.resolve.reference import parse
from tests.extract.zh.helpers import run

REF = parse(
    [
        {
            "id": "epo",
            "name": "European Patent Office",
            "kind": "ip_office",
            "names": [{"text": "欧洲专利局"}, {"text": "歐洲專利局", "lang": "zh-Hant"}],
        },
    ],
    [],
)


def _roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_deputy_chief_executive_officer_holds_that_title_at_the_body_before_it() -> None:
    facts = run("欧洲专利局副首席执行官陈志远在会上介绍了商标审查的新做法。", reference=REF)
    assert ("陈志远", "副首席执行官", "欧洲专利局") in _roles(facts)


def test_the_head_of_a_centre_a_visitor_hears_is_at_the_centre_just_visited() -> None:
    facts = run(
        "访问团当天参观了杭州市版权服务中心，并听取了中心主任许文涛对登记流程的说明。",
        reference=REF,
    )
    assert ("许文涛", "主任", "杭州市版权服务中心") in _roles(facts)


def test_a_unit_the_heading_names_on_its_own_is_the_body_of_its_heads_title() -> None:
    facts = run(
        "商務司與歐洲專利局簽訂審查合作協議\n"
        "文件由商務司副司長吳志明與歐洲專利局代表簽署，商務司司長馮啟賢見證。",
        reference=REF,
        repaired=True,
    )
    roles = _roles(facts)
    assert ("吳志明", "副司長", "商務司") in roles
    assert ("馮啟賢", "司長", "商務司") in roles
    assert not any(org == "歐洲專利局" and name in ("吳志明", "馮啟賢") for name, _t, org in roles)


def test_a_unit_heading_nothing_stays_in_its_heads_title_at_the_heading_s_body() -> None:
    facts = run(
        "歐洲專利局舉辦審查員培訓\n培訓由專利司司長葉永康主持，來自多國的審查員參加。",
        reference=REF,
        repaired=True,
    )
    assert ("葉永康", "專利司司長", "歐洲專利局") in _roles(facts)


def test_a_macao_secretary_the_text_names_with_no_government_holds_the_title_alone() -> None:
    facts = run(
        "印務局與葡萄牙國家圖書館簽署合作協議，社會文化司司長譚志堅出席見證。",
        reference=base_reference(),
        repaired=True,
    )
    assert ("譚志堅", "社會文化司司長", None) in _roles(facts)
