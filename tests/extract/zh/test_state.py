"""Places and states (importers/zh/state.py): heads of state and envoys at their national
governments (a head described before the country's name too), a country's long and short
form, an office's own news calling it 我局."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, people, roles, run


@pytest.fixture(scope="module")
def full_ref():
    return load_reference()


def test_heads_of_state_belong_to_their_governments(full_ref) -> None:
    text = "在国家副主席韩正和埃及总统塞西的共同见证下，双方签署合作文件。埃及驻华大使法赫米出席。"
    facts = run(text, reference=full_ref, repaired=True)
    got = roles(facts)
    assert "塞西" in people(facts) and "塞西的" not in people(facts)
    assert ("韩正", "国家副主席", "中华人民共和国政府") in got
    assert ("塞西", "总统", "埃及政府") in got
    assert ("法赫米", "驻华大使", "埃及政府") in got
    egypt = next(o for o in facts.orgs if o.name == "埃及政府")
    assert "埃及" in egypt.aliases


def test_a_head_described_before_the_country_belongs_to_that_countrys_government(full_ref) -> None:
    # the country that holds a group's presidency is a description, not a person, and the
    # prime minister after the country's name is that country's, not China's
    text = "出席峰会的有：国务院总理李强、东盟轮值主席国老挝总理宋赛。"
    facts = run(text, reference=full_ref, repaired=True)
    assert ("宋赛", "总理", "老挝政府") in roles(facts)
    assert "国老挝" not in people(facts)


def test_an_ambassador_alone_names_no_organisation_and_holds_the_post_whole(full_ref) -> None:
    facts = run("巴西驻华大使马科斯见证签字。", reference=full_ref, repaired=True)
    assert "马科斯" in people(facts) and not facts.orgs
    assert [(r.title, r.org) for r in facts.roles] == [("巴西驻华大使", None)]


def test_our_office_in_an_offices_bulletin_is_the_office() -> None:
    text = (
        "浙江省市场监督管理局工作简报\n\n【要目】\n一、我局与浙江大学签署战略合作协议\n\n"
        "一、我局与浙江大学签署战略合作协议\n\n"
        "4月2日，我局与浙江大学在杭州签署《知识产权战略合作协议》。\n"
    )
    facts = run(text, date="2024-04-10", repaired=True)
    names = {o.key: o.name for o in facts.orgs}
    (agreement,) = facts.agreements
    assert {names[k] for k in agreement.parties} == {"浙江省市场监督管理局", "浙江大学"}
    assert "我局" not in org_names(facts)


def test_a_countrys_long_and_short_form_name_one_body() -> None:
    text = "白俄罗斯国家知识产权中心主任马卡罗夫表示，白俄罗斯共和国国家知识产权中心将扩大合作。"
    facts = run(text, repaired=True)
    centre = [o for o in facts.orgs if "国家知识产权中心" in o.name]
    assert len(centre) == 1


def test_our_firm_in_a_law_firms_news_is_the_firm() -> None:
    text = "上海星辰知识产权事务所 新闻\n\n5月8日，我所举办培训会。我所合伙人、副总经理吴志远致辞。"
    facts = run(text, repaired=True)
    assert ("吴志远", "合伙人", "上海星辰知识产权事务所") in roles(facts)
    assert ("吴志远", "副总经理", "上海星辰知识产权事务所") in roles(facts)
    assert "我所" not in org_names(facts)
