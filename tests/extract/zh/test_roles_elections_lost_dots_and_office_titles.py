"""Chinese roles and names: a post won in an election (某某当选X新任总干事) is held at the body;
a converter's lost dot (某某?某某) inside a listed name ends no list item; a two-character name
jieba reads as a contraction is a name before an honorific; a side and its noun (双方政府) is no
married name; 国务卿 is an office of its own and 法务长 a body's post; a course's class
monitor (班长) holds no body's post; a body written with its
acronym in brackets before a unit (X(ABC)Y中心) is the body the text also writes as ABCY中心;
出任 ends a name, and the United Nations' specialized agencies (专门机构) are a class."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.zh.helpers import org_names, people, roles, run


def _bodiless(facts: DocumentFacts) -> set[tuple[str, str]]:
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title) for r in facts.roles if r.org is None}


def test_a_post_won_in_an_election_is_held_at_the_body() -> None:
    facts = run("新加坡知识产权局局长林明达当选世界知识产权组织(WIPO)新任总干事(图片来自网络)。")
    assert ("林明达", "局长", "新加坡知识产权局") in roles(facts)
    assert ("林明达", "总干事", "世界知识产权组织") in roles(facts)


def test_a_lost_dot_inside_a_listed_name_ends_no_item() -> None:
    facts = run("世界知识产权组织副总干事伊万?彼得罗夫、助理总干事谢尔盖?伊万诺夫出席了研讨会。")
    assert ("谢尔盖·伊万诺夫", "助理总干事", "世界知识产权组织") in roles(facts)


def test_a_name_jieba_reads_as_a_contraction_is_a_name_before_an_honorific() -> None:
    facts = run("海滨科技大学校长王立先生、副校长高航女士出席了揭牌仪式。")
    assert "高航" in people(facts)


def test_a_side_and_its_government_are_no_name_after_a_representative() -> None:
    facts = run("甲国商务部部长王明和乙国工贸部部长宋赛代表双方政府在协定上签字。")
    assert "双方政府" not in people(facts)
    assert {"王明", "宋赛"} <= people(facts)


def test_a_secretary_of_state_is_an_office_of_its_own() -> None:
    facts = run("美国国务卿约翰·史密斯当天发表声明表示欢迎。")
    assert ("约翰·史密斯", "国务卿") in _bodiless(facts)


def test_a_legal_counsel_is_a_post_at_the_body() -> None:
    facts = run("来自肯尼亚的世界知识产权组织法务长马库·奥凯也获得提名。")
    assert ("马库·奥凯", "法务长", "世界知识产权组织") in roles(facts)


def test_a_body_with_its_bracketed_acronym_before_a_unit_is_the_unit_written_with_the_acronym() -> (
    None
):
    facts = run("考察组一行走访世界知识产权组织(WIPO)培训中心。WIPO培训中心主任李明介绍了课程。")
    names = [sorted([o.name, *o.aliases]) for o in facts.orgs if "培训中心" in o.name]
    assert len(names) == 1 and "WIPO培训中心" in names[0]


def test_a_national_taking_up_a_post_at_a_specialized_agency_names_no_body() -> None:
    facts = run("这是首次有泰国人出任联合国专门机构的最高职位。")
    assert not any("出任" in n or "专门机构" in n for n in org_names(facts))


def test_a_training_course_s_class_monitor_is_recorded_without_a_body() -> None:
    facts = run("澳门大学李华副校长和研修班轮值班长Joana Ferreira Lopes女士先后发言。")
    assert ("Joana Ferreira Lopes", "轮值班长") in _bodiless(facts)
    facts = run("培训班班长王小明代表全体学员发言。")
    assert ("王小明", "班长") in _bodiless(facts)
