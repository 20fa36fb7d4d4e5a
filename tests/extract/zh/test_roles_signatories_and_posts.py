"""Roles read from a table's signatory columns, from a body's name run into its head's title
(经济部长), from an envoy's post with no body named (X国驻华大使), from a post abroad written
with 驻 and the place (驻台代表), and from a spaced name that a second title follows."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


def all_roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    """Roles with or without a body (None for a post that is its own office)."""
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


SIGNINGS = (
    "国家知识产权局2024年对外合作文件汇总\n\n"
    "| 序号 | 合作伙伴 | 文件名称 | 签署时间 | 我方签字人 | 对方签字人 |\n"
    "|---|---|---|---|---|---|\n"
    "| 1 | 新加坡知识产权局 | 合作谅解备忘录 | 2024年5月8日 | 副局长吕国强 | 首席执行官陈明德 |\n"
    "| 2 | 欧洲专利局 | 2024—2025年合作工作计划 | 2024年9月2日 | 局长周文博 | 局长安德烈·马丁 |\n"
)


def test_a_title_in_the_partners_signatory_column_is_at_the_body_its_row_names() -> None:
    found = roles(run(SIGNINGS, reference=REF, repaired=True))
    assert ("陈明德", "首席执行官", "新加坡知识产权局") in found
    assert ("安德烈·马丁", "局长", "欧洲专利局") in found


def test_a_title_in_the_home_signatory_column_is_at_the_office_the_document_speaks_for() -> None:
    found = roles(run(SIGNINGS, reference=REF, repaired=True))
    assert ("吕国强", "副局长", "国家知识产权局") in found
    assert ("周文博", "局长", "国家知识产权局") in found
    assert not any(o in ("新加坡知识产权局", "欧洲专利局") for n, _t, o in found if n == "周文博")


def test_a_signatory_cell_keeps_a_portfolio_before_the_heads_title() -> None:
    text = SIGNINGS.replace("首席执行官陈明德", "商务部长陈明德")
    assert ("陈明德", "商务部长", "新加坡知识产权局") in roles(
        run(text, reference=REF, repaired=True)
    )


def test_a_ministry_written_once_before_its_heads_title_holds_the_title() -> None:
    text = "国家知识产权局代表团访问阿联酋经济部。阿联酋经济部长萨利姆·卡比会见代表团。"
    facts = run(text, reference=REF, repaired=True)
    assert "萨利姆·卡比" in people(facts)
    assert ("萨利姆·卡比", "部长", "阿联酋经济部") in roles(facts)


def test_an_envoy_whose_state_has_no_body_in_the_text_holds_the_post_whole() -> None:
    text = "研讨会由国家知识产权局主办，卡塔尔驻华大使穆罕默德·加尼姆到会致辞。"
    found = all_roles(run(text, reference=REF, repaired=True))
    assert ("穆罕默德·加尼姆", "卡塔尔驻华大使", None) in found


def test_a_consul_general_named_in_latin_letters_holds_the_post_as_written() -> None:
    text = "協議由兩局局長簽署，德國駐香港及澳門總領事Anna Weber見證。"
    found = all_roles(run(text, reference=REF, repaired=True))
    assert ("Anna Weber", "德國駐香港及澳門總領事", None) in found


def test_a_post_abroad_stays_in_a_representatives_title_at_the_office_there() -> None:
    text = (
        "駐越南台北經濟文化辦事處與越南駐台北經濟文化辦事處昨日簽署協議，"
        "由駐越代表李志明與越南駐台北經濟文化辦事處駐台代表黎光榮代表簽署。"
    )
    found = roles(run(text, reference=REF, repaired=True))
    assert ("李志明", "駐越代表", "駐越南台北經濟文化辦事處") in found
    assert ("黎光榮", "駐台代表", "越南駐台北經濟文化辦事處") in found


def test_a_spaced_name_that_a_second_title_follows_holds_the_title_before_the_space() -> None:
    text = "清华大学法学院院长 王振华教授、国家知识产权局副局长李明等出席。"
    assert any(n == "王振华" and t == "院长" for n, t, _o in roles(run(text, reference=REF)))


def test_a_word_running_on_from_a_bodys_last_character_is_no_heads_title() -> None:
    text = "感谢新加坡知识产权局长期以来的支持，也感谢欧洲专利局长达十年的合作。"
    facts = run(text, reference=REF)
    assert not facts.roles and not people(facts)
