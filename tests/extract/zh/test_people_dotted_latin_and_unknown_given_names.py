"""Names after a title that the word model misreads: a Latin name whose words a Chinese text
joins with a transliteration's middle dot (importers/zh/latin_names.py), a two-character name
jieba makes up and tags as a verb (importers/zh/names.py `_surnamed`), and a generic holder
(主管 + 机构负责人) that is no name at all (`_not_words`)."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, people, roles, run


def test_a_latin_name_joined_by_a_middle_dot_is_read_after_the_title() -> None:
    facts = run("研讨会在里斯本开幕,欧洲专利局局长Karl·Weber致开幕辞。")
    assert roles(facts) == {("Karl·Weber", "局长", "欧洲专利局")}


def test_a_dotted_latin_name_listed_before_a_body_is_no_body() -> None:
    facts = run("欧洲专利局局长Karl·Weber、国家知识产权局局长刘晓明出席论坛。")
    assert "Weber" not in org_names(facts)
    assert {"Karl·Weber", "刘晓明"} <= people(facts)


def test_a_given_name_jieba_does_not_know_is_still_a_name_after_a_title() -> None:
    # jieba glues 解 and 冬 into a word of no dictionary entry and tags it as a verb
    facts = run("论坛在苏州开幕。杭州市副市长解冬、国家知识产权局局长刘晓明出席。")
    assert ("解冬", "副市长", "杭州市人民政府") in roles(facts)


def test_a_word_the_dictionary_knows_after_a_title_stays_a_word() -> None:
    facts = run("论坛在苏州开幕。局长解释说,合作成果丰硕。")
    assert people(facts) == set()


def test_the_unnamed_head_of_a_competent_authority_is_no_person() -> None:
    facts = run("五国商标主管部门负责人出席并致辞。")
    assert people(facts) == set()
    traditional = run("五國商標主管部門負責人出席並致辭。")
    assert people(traditional) == set()


def test_a_name_ends_before_and_then_a_second_verb() -> None:
    facts = run("副局长会见欧洲专利局局长刘晓明并签署合作协议。")
    assert "刘晓明" in people(facts) and "刘晓明并" not in people(facts)
