"""A name jieba guessed too long: its model of unknown names sometimes takes the word that
follows a name (与, 也) into it. The name after a title ends where that word begins; a long
word that is no name (an idiom) still holds no name. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run


def test_a_name_read_together_with_the_joiner_after_it() -> None:
    facts = run("国家知识产权局局长周婉珊与赵明会面。")
    assert ("周婉珊", "局长", "国家知识产权局") in roles(facts)


def test_a_name_read_together_with_the_adverb_after_it() -> None:
    facts = run("国家知识产权局局长周婉珊也与日本特许厅长官举行会谈。")
    assert ("周婉珊", "局长", "国家知识产权局") in roles(facts)


def test_an_idiom_after_a_title_is_still_no_name() -> None:
    facts = run("国家知识产权局局长高度评价双方合作。")
    assert people(facts) == set()


def test_a_name_ends_before_a_verb_of_talks() -> None:
    facts = run("会上,国家知识产权局局长周婉珊与日本特许厅长官林正雄讨论了审查合作。")
    assert "林正雄" in people(facts)
    assert not any(p.endswith("讨论") for p in people(facts))


def test_a_name_in_traditional_script_ends_before_a_verb_of_talks() -> None:
    facts = run("會上,國家知識產權局局長周婉珊與韓國特許廳廳長朴成民討論了雙邊合作。")
    assert not any(p.endswith(("討論", "讨论")) for p in people(facts))
    assert "朴成民" in people(facts)
