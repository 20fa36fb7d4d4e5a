"""Person names (importers/zh/names.py): Chinese, transliterated and Japanese names,
names referred back to, words that are no names; a name jieba splits, right before its title
(untagged_names.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run


def test_a_name_wrapped_across_lines_is_found_whole_with_exact_spans() -> None:
    text = "苏州市知识产权局局长周建\n\n国参加会见。"
    facts = run(text)
    person = next(p for p in facts.people if p.name == "周建国")
    span = person.spans[0]
    assert text[span.start : span.end] == "周建\n\n国"


def test_a_surname_with_honorific_refers_back_to_the_named_official() -> None:
    facts = run("世界知识产权组织总干事邓鸿森会见了企业代表。邓先生表示，知识产权很重要。")
    assert people(facts) == {"邓鸿森"}
    assert "邓先生" in facts.people[0].aliases


def test_web_buttons_and_common_words_are_not_people() -> None:
    text = "发布时间：2024-05-02  打印本页  关闭窗口\n5月1日，会上，研究院副院长会见了来宾。"
    assert not people(run(text)) & {"关闭窗口", "会见"}


def test_a_name_does_not_absorb_the_first_character_of_the_next_word() -> None:
    facts = run("专利代理师孙波结合典型判例，讲解了答复要点。")
    assert people(facts) == {"孙波"}


def test_a_japanese_name_keeps_its_two_character_given_name() -> None:
    facts = run("欧洲专利局审查员中村美香，以及日本驻上海总领事馆总领事渡边健太出席。")
    assert {"中村美香", "渡边健太"} <= people(facts)
    assert "中村美" not in people(facts)


def test_a_transliterated_name_before_its_title_leads_a_delegation() -> None:
    facts = run("欧洲专利局代表团由伯诺瓦·巴蒂斯特利局长率领。会谈中，巴蒂斯特利局长介绍了情况。")
    assert ("伯诺瓦·巴蒂斯特利", "局长", "欧洲专利局") in roles(facts)
    assert people(facts) == {"伯诺瓦·巴蒂斯特利"}
    assert "巴蒂斯特利" in facts.people[0].aliases


def test_a_title_without_organisation_gives_a_person_without_role() -> None:
    facts = run("讲师 讲师职务 \n兰渝宏 \n新加坡/中国执业专利代理师、诉讼代理人 \n")
    assert "兰渝宏" in people(facts)
    assert facts.roles == []


def test_words_after_a_title_that_are_time_words_or_adverbs_are_no_name() -> None:
    facts = run("第五次中欧局长会议昨天在北京举行。两位局长还共同见证了签约。")
    assert not facts.people


def test_a_title_used_as_a_rank_is_followed_by_no_name() -> None:
    assert people(run("第三届亚太知识产权部长级论坛在北京召开。")) == set()


def test_a_name_whose_first_characters_read_as_a_weekday_is_still_a_name() -> None:
    facts = run("研究中心主任周三亮与企业代表共同签署了协议。")
    assert people(facts) == {"周三亮"}


def test_a_weekday_after_a_title_followed_by_more_time_words_is_no_name() -> None:
    assert "周三上" not in people(run("研究中心主任周三上午出席了活动。"))


def test_a_name_ends_before_the_verb_for_going_on_stage() -> None:
    facts = run("请研究中心副主任郑婷上台致辞。")
    assert people(facts) == {"郑婷"}


def test_a_name_jieba_splits_is_read_right_before_its_title() -> None:
    assert people(run("在会见中，林振华局长表示，双方合作成果丰硕。")) == {"林振华"}
    assert people(run("会议由何建平副局长主持。")) == {"何建平"}


def test_a_word_opening_with_a_family_names_character_before_a_title_is_no_name() -> None:
    assert not people(run("会上，高级局长们分别发言。"))
    assert not people(run("双方局长出席了会议。"))
