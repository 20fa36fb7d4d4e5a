"""Bodies named in passing: a division followed by the words for the officials it sends, a
provincial office by its short form after the level word, a headline's short form of a body
named in full later; and a verb of going that no name runs across."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_a_division_before_the_words_for_its_unnamed_officials_is_a_body() -> None:
    facts = run("国家知识产权局条法司有关负责同志列席了座谈。")
    assert "国家知识产权局条法司" in org_names(facts)


def test_every_division_of_a_list_before_those_words_is_a_body() -> None:
    facts = run("国家知识产权局条法司、专利局复审部有关负责同志列席了座谈。")
    assert {"国家知识产权局条法司", "专利局复审部"} <= org_names(facts)


def test_a_division_before_its_head_s_title_is_still_no_body() -> None:
    facts = run("国家知识产权局条法司司长李某列席了座谈。")
    assert "国家知识产权局条法司" not in org_names(facts)


def test_a_government_office_s_short_form_after_the_level_word_is_a_body() -> None:
    facts = run("市外办、市侨办有关负责同志陪同考察。")
    assert {"市外办", "市侨办"} <= org_names(facts)


def test_a_short_form_that_begins_a_verb_with_what_follows_is_no_body() -> None:
    facts = run("企业可在省外办理登记手续，也可在省外办公。")
    assert not org_names(facts)


def test_a_body_s_opening_words_and_its_given_short_name_are_that_body() -> None:
    text = (
        "星海大学与国家知识产权局专利局华东中心签约。"
        "国家知识产权局专利局专利审查协作华东中心（华东中心）成立于2015年。"
    )
    facts = run(text)
    centre = [o for o in facts.orgs if "华东中心" in o.name or "华东中心" in o.aliases]
    assert len(centre) == 1
    assert "国家知识产权局专利局华东中心" in centre[0].aliases


def test_no_name_runs_across_a_verb_of_going() -> None:
    facts = run("中心每年接收广州学员到中心实习。")
    assert not any("到" in n for n in org_names(facts))
