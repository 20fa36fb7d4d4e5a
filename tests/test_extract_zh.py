"""The Chinese extractor on short texts, on fixtures in other styles and on seed 001."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from importers import zh
from importers.facts import DocumentFacts
from importers.reference import load_reference, parse
from importers.zh_text import view

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


def run(text: str, date: str | None = None, reference=SMALL_REF) -> DocumentFacts:
    return zh.extract(text, date=date, reference=reference)


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
