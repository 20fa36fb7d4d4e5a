"""Bodies and posts written in one run with the words around them: an organ after a known
body's acronym, a branch after its parent's name, a bureau's party unit before a title, a
verb of praise before a name, a name cut by a verb inside it, an envoy's title after a
name, and a known person named with no title at all."""

from __future__ import annotations

from tests.extract.zh.helpers import held_roles, org_names, people, roles, run


def test_an_assembly_after_a_known_acronym_is_that_body_s_organ() -> None:
    facts = run("记者采访了WIPO成员国大会主席赵一鸣。")
    assert org_names(facts) >= {"WIPO"}
    assert not any(n.endswith("成员国大会") for n in org_names(facts))
    assert ("赵一鸣", "成员国大会主席", "World Intellectual Property Organization") in roles(facts)


def test_a_country_before_the_acronym_and_its_organ_names_no_body_either() -> None:
    facts = run("甲方称，蒙古WIPO成员国大会主席赵一鸣主持了会议。")
    assert not any(n.endswith("成员国大会") for n in org_names(facts))
    assert ("赵一鸣", "成员国大会主席", "World Intellectual Property Organization") in roles(facts)


def test_a_verb_of_praise_in_a_headline_is_no_word_of_the_name_after_it() -> None:
    facts = run("国际舆论高度赞扬蒙古专利局的改革成效")
    assert org_names(facts) == {"蒙古专利局"}


def test_an_envoy_s_title_right_after_a_name_is_a_post_with_no_body() -> None:
    facts = run("赵一鸣大使：多边合作前景广阔\n\n赵一鸣大使表示，各方应加强协调。")
    assert ("赵一鸣", "大使", None) in held_roles(facts)


def test_an_envoy_s_title_after_an_embassy_stays_at_the_embassy() -> None:
    facts = run("中国驻蒙古大使馆赵一鸣大使出席了活动。")
    assert ("赵一鸣", "大使", None) not in held_roles(facts)


def test_a_bureau_s_party_unit_of_its_organs_stays_in_the_title_at_the_bureau() -> None:
    facts = run("上海市商务局机关党委书记、二级巡视员钱晓东出席了论坛。")
    assert org_names(facts) == {"上海市商务局"}
    assert ("钱晓东", "机关党委书记", "上海市商务局") in roles(facts)
    assert ("钱晓东", "二级巡视员", "上海市商务局") in roles(facts)  # two titles, two roles


def test_a_branch_named_by_its_place_runs_on_from_its_parent_s_name() -> None:
    facts = run("论坛由国家海外商事纠纷应对指导中心广州分中心承办。")
    assert org_names(facts) == {"国家海外商事纠纷应对指导中心广州分中心"}


def test_a_branch_named_alone_stays_as_it_is() -> None:
    facts = run("论坛由主办方、广州分中心承办。")
    assert "广州分中心" in org_names(facts)


def test_a_name_cut_by_a_verb_inside_it_leaves_no_bare_kind_as_a_body() -> None:
    facts = run("协办单位为WIPO数据与支持创新中心(DISC)等。")
    assert "创新中心" not in org_names(facts)


def test_a_bracketed_name_of_a_place_and_a_kind_is_still_a_body() -> None:
    facts = run("协办单位为苏州技术创新中心(STIC)等。")
    assert "苏州技术创新中心" in org_names(facts)


def test_a_known_person_named_with_no_title_is_no_official_of_the_text() -> None:
    facts = run("发布会上，邓鸿森表示，双方将继续深化合作。")
    assert people(facts) == set()


def test_a_known_person_with_a_title_is_still_an_official() -> None:
    facts = run("世界知识产权组织总干事邓鸿森表示，双方将继续深化合作。")
    assert people(facts) == {"邓鸿森"}


def test_a_known_person_named_with_an_honorific_is_still_named_as_someone() -> None:
    facts = run("出席人员：\n\n邓鸿森先生\n\n会上，双方同意继续深化合作。")
    assert people(facts) == {"邓鸿森"}
