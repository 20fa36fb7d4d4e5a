"""A person named bare at a clause's start before an accession verb (出任, 接任, 当选,
被任命为) holds the post after it (importers/zh/appointments.py `accessions`); acting heads
and first deputies are titles of their own (代理局长, 常务副局长: store/text/words/zh.txt)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run


def test_a_person_appointed_to_a_post_holds_it() -> None:
    found = roles(run("去年秋天，欧阳明哲被任命为新加坡知识产权局副局长。", repaired=True))
    assert ("欧阳明哲", "副局长", "新加坡知识产权局") in found


def test_a_person_who_takes_up_or_succeeds_to_a_post_holds_it() -> None:
    found = roles(run("顾清远出任欧洲专利局副局长一职，杭思齐接任国家知识产权局局长。"))
    assert ("顾清远", "副局长", "欧洲专利局") in found
    assert ("杭思齐", "局长", "国家知识产权局") in found


def test_a_person_elected_to_a_post_holds_it() -> None:
    found = roles(run("在日内瓦举行的会议上，\n钟雅琳当选世界知识产权组织副总干事。"))
    assert ("钟雅琳", "副总干事", "世界知识产权组织") in found


def test_a_state_that_takes_a_chair_is_no_person() -> None:
    facts = run("文莱接任世界知识产权组织大会主席，同时出任国家知识产权局局长。")
    assert not people(facts)


def test_an_accession_to_a_post_of_no_body_names_nobody() -> None:
    assert not people(run("骆川出任司长。"))


def test_an_acting_head_and_a_first_deputy_hold_their_own_titles() -> None:
    found = roles(run("新加坡知识产权局代理局长符嘉禾与国家知识产权局常务副局长韦景行会谈。"))
    assert ("符嘉禾", "代理局长", "新加坡知识产权局") in found
    assert ("韦景行", "常务副局长", "国家知识产权局") in found


def test_a_post_taken_up_on_a_stated_day_is_still_the_bare_name_s() -> None:
    text = "凌素言将于6月5日出任欧洲专利局副局长，蒋立诚已于2日接任国家知识产权局局长。"
    found = roles(run(text))
    assert ("凌素言", "副局长", "欧洲专利局") in found
    assert ("蒋立诚", "局长", "国家知识产权局") in found


def test_a_bare_post_taken_up_after_its_former_holder_is_at_the_predecessor_s_body() -> None:
    found = roles(run("新加坡知识产权局前局长邝美玲于9月1日退休，程致远将于10月升任局长职务。"))
    assert ("程致远", "局长", "新加坡知识产权局") in found
    found = roles(run("欧洲专利局前局长邝美玲与国家知识产权局局长会谈。程致远接任局长。"))
    assert not any(r[0] == "程致远" for r in found)


def test_a_person_congratulated_on_taking_up_a_post_holds_it() -> None:
    found = roles(run("会上，局长杭思齐祝贺钟雅琳就任欧洲专利局副局长，并介绍了合作情况。"))
    assert ("钟雅琳", "副局长", "欧洲专利局") in found


def test_a_congratulation_on_a_post_names_no_pronoun() -> None:
    assert "他们" not in people(run("杭思齐祝贺他们出任欧洲专利局副局长。"))
