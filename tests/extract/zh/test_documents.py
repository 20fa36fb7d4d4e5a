"""Whole documents: the fixtures in other styles (tests/fixtures/zh) and seed 001."""

from __future__ import annotations

import json

import pytest

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import FIXTURES, SEED_001, agreements, org_names, people, roles, run


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
