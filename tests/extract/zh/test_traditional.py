"""Traditional Chinese official texts from Hong Kong, Macao and Taiwan: their bodies, titles
and name forms. Names are stored as written, with the Simplified form as an alias."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, people, roles, run

REF = load_reference()


def test_a_hong_kong_release_names_its_department_and_acting_head_as_written() -> None:
    facts = run(
        "知識產權署署理署長何家強今日與新加坡知識產權局局長陳子健簽署諒解備忘錄。"
        "何家強表示，兩地將加強知識產權合作。",
        reference=REF,
    )
    ipd = next(o for o in facts.orgs if o.ref == "hkipd")
    assert ipd.name == "知識產權署" and "知识产权署" in ipd.aliases
    assert ("何家強", "署理署長", "知識產權署") in roles(facts)
    person = next(p for p in facts.people if p.name == "何家強")
    assert "何家强" in person.aliases
    ((title, kind, _date, parties),) = agreements(facts)
    assert title == "諒解備忘錄" and kind == "mou"
    assert parties == {"知識產權署", "新加坡知識產權局"}


def test_a_macao_bureau_is_known_by_its_own_name_without_the_region() -> None:
    facts = run("經濟及科技發展局局長梁家豪出席開幕禮並致辭。", reference=REF)
    assert ("梁家豪", "局長", "經濟及科技發展局") in roles(facts)
    assert next(o.ref for o in facts.orgs) == "mo-dsedt"


def test_a_taiwan_ministry_and_its_office_with_their_heads() -> None:
    facts = run(
        "經濟部次長劉俊賢出席簽約儀式，經濟部智慧財產局局長蔡明德與波蘭專利局局長"
        "馬雷克．科瓦爾斯基簽署專利審查高速公路合作瞭解備忘錄。蔡局長表示，合作意義重大。",
        reference=REF,
    )
    got = roles(facts)
    assert ("劉俊賢", "次長", "經濟部") in got
    assert ("蔡明德", "局長", "經濟部智慧財產局") in got
    assert {o.ref for o in facts.orgs} >= {"tw-moea", "tipo", "uprp"}
    chief = next(p for p in facts.people if p.name == "蔡明德")
    assert "蔡局長" in chief.aliases
    ((title, kind, _date, parties),) = agreements(facts)
    assert title == "專利審查高速公路合作瞭解備忘錄" and kind == "pph"
    assert parties == {"經濟部智慧財產局", "波蘭專利局"}


def test_a_traditional_only_name_is_not_found_inside_a_simplified_word() -> None:
    facts = run("德国工商大会对外经济部主任马丁出席。", reference=REF)
    assert not any(o.ref == "tw-moea" for o in facts.orgs)
    assert ("马丁", "对外经济部主任", "德国工商大会") in roles(facts)


def test_simplified_text_names_stay_as_written_with_no_other_script_added() -> None:
    facts = run("国家知识产权局局长申长雨出席。", reference=REF)
    assert people(facts) == {"申长雨"}
    assert facts.people[0].aliases == ["Shen Changyu"]
    assert "國家知識產權局" not in org_names(facts)


def test_the_region_government_is_the_one_whose_bureau_the_text_names() -> None:
    facts = run(
        "澳門特別行政區政府經濟及科技發展局局長梁家豪表示，特區政府高度重視知識產權保護。",
        reference=REF,
    )
    gov = next(o for o in facts.orgs if o.ref == "macao-sar-government")
    assert gov.name == "特區政府"
