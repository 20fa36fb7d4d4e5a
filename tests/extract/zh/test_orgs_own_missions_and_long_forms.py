"""China's missions named by their post alone (驻越南大使馆, 使馆, 我馆), a state's long form
before a ministry and its department (泰王国商业部知识产权厅), the ministry a home agency is
named with (經濟部智慧財產局), a zone's name before its bureau (横琴粤澳深度合作区…局) and a
goal after a verb of building (打造…中心): each the organisation it names, or none."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in run(text, reference=REF, repaired=True).orgs}


def _refs(text: str) -> set[str | None]:
    return {o.ref for o in run(text, reference=REF, repaired=True).orgs}


def test_a_kingdom_s_long_form_before_a_ministry_s_department_is_the_known_department() -> None:
    assert _refs("去年，泰王国商业部知识产权厅派出两名审查员来华交流。") == {"dip-th"}


def test_the_long_form_in_traditional_script_is_the_known_department_too() -> None:
    assert _refs("去年，泰王國商業部知識產權廳派出兩名審查員來臺交流。") == {"dip-th"}


def test_a_state_form_after_a_country_s_short_name_still_finds_the_known_body() -> None:
    assert "ipos" in _refs("新加坡共和国知识产权局近日发布了新的专利审查指南。")


def test_a_verb_of_building_before_a_kind_word_names_a_goal_not_a_body() -> None:
    assert not org_names(run("深圳正全力打造国际技术交易中心，广州则迈向全球创新中心。"))
    assert not org_names(run("新措施有助澳門鞏固區域會展中心的地位。"))


def test_a_ministry_a_home_agency_is_named_with_is_a_body_where_the_text_names_it_apart() -> None:
    refs = _refs("經濟部智慧財產局與經濟部國際貿易署將於下月合辦專利說明會。")
    assert {"tipo", "tw-moea"} <= refs


def test_a_ministry_only_opening_one_agency_s_name_is_no_body_mentioned() -> None:
    refs = _refs("經濟部智慧財產局將於下月舉辦專利說明會，智慧局局長將致詞。")
    assert "tipo" in refs
    assert "tw-moea" not in refs


def test_a_zone_s_full_name_before_its_bureau_stays_in_the_bureau_s_name() -> None:
    names = org_names(run("横琴粤澳深度合作区商事服务局与澳门贸易投资促进局会谈。", repaired=True))
    assert "横琴粤澳深度合作区商事服务局" in names


def test_an_ambassador_s_post_and_the_word_embassy_name_china_s_embassy_there() -> None:
    facts = run(
        "驻越南大使王刚会见越南科技部副部长。使馆科技处一秘刘洋陪同会见。",
        reference=REF,
        repaired=True,
    )
    embassy = next(o for o in facts.orgs if o.name == "中国驻越南大使馆")
    assert "使馆" in embassy.aliases
    assert ("王刚", "大使", "中国驻越南大使馆") in roles(facts)


def test_an_ambassador_s_post_alone_names_no_embassy() -> None:
    facts = run("驻越南大使王刚会见越南科技部副部长。", reference=REF, repaired=True)
    assert "中国驻越南大使馆" not in org_names(facts)


def test_an_embassy_named_from_its_post_keeps_the_post_and_is_china_s() -> None:
    orgs = _orgs("昨日，驻英国大使馆科技处与英国知识产权局座谈。")
    assert "英国大使馆" not in orgs
    assert "中国驻英国大使馆" in orgs["驻英国大使馆"]


def test_a_mission_named_by_its_host_s_initial_is_spelt_out_as_china_s() -> None:
    assert "中国驻泰国大使馆" in _orgs("驻泰使馆举办知识产权保护研讨会。")["驻泰使馆"]


def test_the_mission_s_own_pronoun_is_the_one_mission_the_text_names() -> None:
    facts = run("中国驻清迈总领事馆举办知识产权讲座，我馆领事陈静致辞。", repaired=True)
    assert ("陈静", "领事", "中国驻清迈总领事馆") in roles(facts)


def test_a_text_of_taiwan_s_keeps_its_own_missions_as_they_are() -> None:
    orgs = _orgs("臺灣與瓜地馬拉關係密切，駐瓜地馬拉大使館協助辦理研討會。")
    assert all("中国驻" not in a for aliases in orgs.values() for a in aliases)
