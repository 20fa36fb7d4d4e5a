"""Simplified Chinese news: a party leader's title with no body, a posting's place, slogans and
verbs of taking part that are no bodies, a cabinet's kind of body, a body named for its
cooperation, a deputy's remit and a director's field in the title, joined titles, a
government's ministry, a statement of four signers, three sides signing and a spaced name
dot (importers/zh/facts.py, people.py, orgs/, roles.py, role_context.py, signing.py,
agreement_parties.py, text.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, people, roles, run

REF = load_reference()


def _bodiless(facts: DocumentFacts) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title) for r in facts.roles if r.org is None}


def test_a_general_secretary_named_before_his_title_holds_it_with_no_body() -> None:
    facts = run("王建国总书记出席会议并发表重要讲话。")
    assert ("王建国", "总书记") in _bodiless(facts)


def test_a_general_secretary_only_cited_for_the_spirit_of_his_speech_is_no_official() -> None:
    facts = run("会议强调，要认真学习王建国总书记在大会上的重要讲话精神。")
    assert "王建国" not in people(facts)


def test_the_city_of_a_consul_generals_posting_is_no_person() -> None:
    facts = run("10月3日，驻慕尼黑总领事陈小华出席了招待会并致辞。")
    assert "慕尼黑" not in people(facts)
    assert "陈小华" in people(facts)


def test_a_quoted_slogan_ending_like_a_bureau_is_no_body() -> None:
    facts = run("报告提出要形成“对外开放新格局”，推动经济高质量发展。")
    assert not any("格局" in n for n in org_names(facts))


def test_taking_part_in_an_organisation_is_no_part_of_its_name() -> None:
    facts = run("该省企业将积极参与世界知识产权组织主办的展会活动。", reference=REF)
    assert "世界知识产权组织" in org_names(facts)
    assert not any(n.startswith(("积极", "参与")) for n in org_names(facts))


def test_the_bodies_directly_under_the_state_council_are_a_kind_not_a_body() -> None:
    facts = run("按照机构改革的安排，这个署已改列国务院直属机构，由国务院统一领导。", reference=REF)
    assert "国务院" in org_names(facts)
    assert "国务院直属机构" not in org_names(facts)


def test_an_agency_named_for_development_cooperation_is_a_body_with_its_group_head() -> None:
    facts = run("瑞典国际发展合作署非洲项目组组长安德森表示，合作成果显著。", reference=REF)
    assert ("安德森", "非洲项目组组长", "瑞典国际发展合作署") in roles(facts)


def test_a_deputys_remit_before_the_title_stays_in_it_at_the_body_before() -> None:
    facts = run("德国专利商标局负责信息技术的副局长米勒表示，双方合作前景广阔。", reference=REF)
    assert ("米勒", "负责信息技术的副局长", "德国专利商标局") in roles(facts)


def test_a_spaced_name_dot_keeps_a_transliterated_name_whole() -> None:
    facts = run("世界知识产权组织助理总干事马克 · 汤普森会见了代表团一行。", reference=REF)
    assert ("马克·汤普森", "助理总干事", "世界知识产权组织") in roles(facts)


SINGAPORE = (
    "新加坡政府贸工部常任秘书Tan Wei Ming先生、新加坡政府贸工部贸易政策司助理司长Ong Mei Lin女士、"
    "新加坡政府贸工部对外经济合作主任Lee Hong先生、新加坡常驻纽约代表团大使兼常任代表"
    "Lim Kok Seng先生参加了会见。"
)


def test_a_ministry_named_after_its_government_is_a_body_with_its_officials() -> None:
    found = roles(run(SINGAPORE, reference=REF))
    assert ("Tan Wei Ming", "常任秘书", "新加坡政府贸工部") in found
    assert ("Ong Mei Lin", "贸易政策司助理司长", "新加坡政府贸工部") in found


def test_a_directors_field_stays_in_the_title_and_an_envoys_joined_titles_are_two() -> None:
    found = roles(run(SINGAPORE, reference=REF))
    assert ("Lee Hong", "对外经济合作主任", "新加坡政府贸工部") in found
    assert ("Lim Kok Seng", "大使", "新加坡常驻纽约代表团") in found
    assert ("Lim Kok Seng", "常任代表", "新加坡常驻纽约代表团") in found


def test_a_delegation_among_the_signers_of_a_statement_keeps_all_four_parties() -> None:
    facts = run(
        "日本特许厅、欧盟驻日代表团、欧洲专利局以及韩国特许厅当天共同签署了加强审查合作的共同声明。",
        date="2019-05-10",
        reference=REF,
    )
    [(_title, kind, _date, parties)] = agreements(facts)
    assert kind == "joint_statement"
    assert parties == {"日本特许厅", "欧盟驻日代表团", "欧洲专利局", "韩国特许厅"}


def test_three_sides_signing_are_the_three_offices_the_text_counted_before() -> None:
    facts = run(
        "2019年5月8日，中国国家知识产权局局长张立、日本特许厅长官松本和韩国特许厅厅长金成"
        "出席中日韩三国知识产权局局长会议。会后三方共同签署了会议纪要。",
        reference=REF,
    )
    [(_title, _kind, date, parties)] = agreements(facts)
    assert parties == {"中国国家知识产权局", "日本特许厅", "韩国特许厅"}
    assert date == "2019-05-08"
