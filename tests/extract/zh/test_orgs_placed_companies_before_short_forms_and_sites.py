"""A company with its place in brackets and then its short form in brackets (某某(深圳)有限公司
(以下简称某公司)), and a news site named after a body (某某网): importers/zh/orgs/boundaries.py
(`balanced`, `names_site`)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def org_names(text: str) -> set[str]:
    return {o.name for o in run(text).orgs}


def test_a_placed_company_keeps_its_short_form_in_the_next_bracket() -> None:
    facts = run("2023年5月8日,华信通讯(深圳)有限公司(以下简称华信公司)与深圳大学签署了合作协议。")
    company = next(o for o in facts.orgs if o.name == "华信通讯(深圳)有限公司")
    assert "华信公司" in company.aliases
    assert not any(")" in o.name.split("(")[0] for o in facts.orgs)
    [(_title, _kind, _date, parties)] = agreements(facts)
    assert parties == {"华信通讯(深圳)有限公司", "深圳大学"}


def test_a_name_that_closes_a_bracket_before_opening_one_is_no_name() -> None:
    names = org_names("华信通讯(深圳)有限公司(以下简称华信公司)今天成立十周年。")
    assert not any(n.startswith("深圳)") for n in names)


def test_a_site_named_after_a_body_is_not_the_body() -> None:
    names = org_names("中国科协网北京3月2日讯 国家知识产权局副局长张明远出席会议。")
    assert "中国科协" not in names and "国家知识产权局" in names
    assert "中国政府" not in org_names("据中国政府网消息,国家知识产权局副局长张明远出席会议。")
