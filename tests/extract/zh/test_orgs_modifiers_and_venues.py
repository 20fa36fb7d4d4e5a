"""Stretches around known names that are not mentions of the known body, or that name a body
the known name is only part of: a foreign ministry whose fields are joined by 和 (its second
field and suffix alone being a known short name), a known body that modifies the name of a
park or zone placed in brackets, a conference centre, and a region's office named by its
second name plate with the level word alone; and the ministry a foreign agency is named with
(an organisation of its own)."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import org_names, roles, run

REF = parse(
    [
        {
            "id": "cn-trade",
            "name": "Ministry of Trade (test)",
            "kind": "government",
            "country": "CN",
            "names": [{"text": "商务部"}],
        },
        {
            "id": "bloc",
            "name": "Regional Bloc (test)",
            "kind": "igo",
            "names": [{"text": "东盟"}],
        },
    ],
    [],
)


def test_a_foreign_ministry_with_two_fields_is_not_the_known_short_name_it_ends_with() -> None:
    facts = run("会上，吉尔吉斯共和国财政和商务部副部长努尔兰·别科夫介绍了情况。", reference=REF)
    names = org_names(facts)
    assert "吉尔吉斯共和国财政和商务部" in names
    assert "Ministry of Trade (test)" not in names
    assert ("努尔兰·别科夫", "副部长", "吉尔吉斯共和国财政和商务部") in roles(facts)


def test_a_joiner_between_two_bodies_still_separates_them() -> None:
    facts = run("中国企业和商务部共同举办了培训。", reference=REF)
    assert not any(n.startswith("中国企业") for n in org_names(facts))


def test_a_known_body_before_a_bracketed_place_modifies_a_park_s_name() -> None:
    text = "考察团先到钦州市，随后参观了中国—东盟（钦州）数字贸易产业园。"
    assert "Regional Bloc (test)" not in org_names(run(text, reference=REF, repaired=True))


def test_a_known_body_named_on_its_own_is_still_found() -> None:
    text = "会议由东盟秘书长主持，各方代表出席。"
    assert "Regional Bloc (test)" in org_names(run(text, reference=REF, repaired=True))


def test_a_conference_centre_is_a_venue_not_an_organisation() -> None:
    facts = run("研讨会将于十月在深圳湾科技馆会议中心举行。", repaired=True)
    assert not any(n.endswith("会议中心") for n in org_names(facts))


def test_a_region_s_second_name_plate_takes_the_region_word_alone() -> None:
    text = (
        "自治区市场监督管理局（知识产权局）局长王建国会见了来宾。\n（供稿：自治区知识产权局办公室）"
    )
    facts = run(text, repaired=True)
    bodies = [o for o in facts.orgs if "自治区知识产权局" in [o.name, *o.aliases]]
    assert len(bodies) == 1
    assert "自治区市场监督管理局" in [bodies[0].name, *bodies[0].aliases]
    assert "自治区市知识产权局" not in org_names(facts)


def test_a_foreign_agency_named_with_its_ministry_names_the_ministry_too() -> None:
    facts = run("白俄罗斯共和国文化部版权中心主任伊万·彼得罗夫出席会议。", repaired=True)
    names = org_names(facts)
    assert "白俄罗斯共和国文化部版权中心" in names
    assert "白俄罗斯共和国文化部" in names
    assert ("伊万·彼得罗夫", "主任", "白俄罗斯共和国文化部版权中心") in roles(facts)


def test_a_ministry_the_text_names_alone_is_not_added_twice() -> None:
    text = "蒙古国法律部副部长巴特尔致辞。蒙古国法律部知识产权局局长出席。"
    facts = run(text, repaired=True)
    assert sum(1 for o in facts.orgs if o.name == "蒙古国法律部") == 1


def test_a_national_centre_under_a_foreign_ministry_is_also_named_by_its_own_part() -> None:
    facts = run("亚美尼亚共和国经济部国家知识产权研究中心主任出席论坛。", repaired=True)
    centre = next(o for o in facts.orgs if o.name.endswith("研究中心"))
    assert "国家知识产权研究中心" in centre.aliases
    assert "亚美尼亚共和国经济部" in org_names(facts)


def test_a_kind_of_office_under_a_foreign_ministry_keeps_its_ministry_s_name() -> None:
    facts = run("蒙古国法律部知识产权局局长出席论坛。", repaired=True)
    office = next(o for o in facts.orgs if o.name.endswith("知识产权局"))
    assert "知识产权局" not in office.aliases


def test_counted_foreign_bodies_are_the_agencies_not_the_ministries_they_are_named_with() -> None:
    text = (
        "蒙古国法律部知识产权局局长与亚美尼亚共和国经济部知识产权局局长出席会议。"
        "国家知识产权局与两国知识产权机构负责人共同签署了联合声明。"
    )
    facts = run(text, date="2024-05-01", repaired=True)
    names = {o.key: o.name for o in facts.orgs}
    statement = next(a for a in facts.agreements if "声明" in a.title)
    assert {names[k] for k in statement.parties} == {
        "国家知识产权局",
        "蒙古国法律部知识产权局",
        "亚美尼亚共和国经济部知识产权局",
    }
