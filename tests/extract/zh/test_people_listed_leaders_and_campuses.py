"""Names a 、-list gives one title, transliterated ones too (importers/zh/listed_names.py), a
head after a bracketed remit (importers/zh/remits.py), a leader named before the
title (importers/zh/state.py), words that are no names (a campus, 代表 of 代表大会:
importers/zh/names.py, importers/zh/people.py), and a government's name before a kind of body
(importers/zh/orgs/shape.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, people, run


def _held(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_each_name_listed_after_one_title_holds_that_title() -> None:
    facts = run("世界知识产权组织代表团到访，世界知识产权组织顾问马文杰、于海、郑晓岚等参加座谈。")
    found = _held(facts)
    for name in ("马文杰", "于海", "郑晓岚"):
        assert (name, "顾问", "世界知识产权组织") in found


def test_a_transliterated_name_listed_after_one_title_holds_that_title() -> None:
    facts = run("欧洲专利局代表团到访，世界知识产权组织顾问马文杰、彼得·施密特等参加座谈。")
    assert ("彼得·施密特", "顾问", "世界知识产权组织") in _held(facts)


def test_places_listed_after_a_titled_name_are_no_people() -> None:
    facts = run("会议由世界知识产权组织顾问马文杰主持、江苏、浙江两省代表出席。")
    assert {"江苏", "浙江"}.isdisjoint(people(facts))


def test_a_leader_named_before_the_title_serves_chinas_government() -> None:
    facts = run("会议在北京举行。王刚副总理出席并讲话。")
    assert ("王刚", "副总理", "中华人民共和国政府") in _held(facts)


def test_a_leader_named_before_the_title_after_a_country_is_not_chinas() -> None:
    facts = run("会议在北京举行。新加坡王刚副总理出席并讲话。")
    assert ("王刚", "副总理", "中华人民共和国政府") not in _held(facts)


def test_a_campus_after_a_presidents_title_is_no_person() -> None:
    facts = run("嘉宾随后由副校长陪同前往校长宁校区的实验楼。")
    assert "宁校区" not in people(facts)


def test_a_congress_word_after_its_first_characters_is_no_title() -> None:
    facts = run("会长陈志刚代表大会筹备组作了工作报告。")
    assert "大会筹备组" not in people(facts)


def test_a_government_named_before_its_departments_is_no_body() -> None:
    facts = run("该计划由中国政府部门与欧洲专利局共同推动落实。")
    assert "中国政府" not in org_names(facts)


def test_a_head_after_a_bracketed_remit_and_a_space_holds_the_title_at_the_body() -> None:
    facts = run("二〇〇五年三月，欧洲专利局(检索及审查) 局长 Anna-Lena MÜLLER 在慕尼黑出席会议。")
    assert ("Anna-Lena MÜLLER", "局长", "欧洲专利局") in _held(facts)


def test_a_common_word_and_its_particle_before_a_title_are_no_name() -> None:
    facts = run("来自欧盟国家的代表和各方的代表参加了讨论。", reference=load_reference())
    assert not people(facts)
