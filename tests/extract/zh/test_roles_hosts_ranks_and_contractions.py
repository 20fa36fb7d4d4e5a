"""Officials of press conferences and of bodies named in passing (importers/zh/people.py,
roles.py, role_context.py, names.py): a spokesperson who hosts a press conference, a guest
a host introduces, a rank before a functional title, a university's unbracketed
contraction before its head's title, and a Japanese name after a bracketed portfolio."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


@pytest.mark.parametrize("title", ["新闻发言人", "发言人"])
def test_a_body_s_spokesperson_is_an_official_of_that_body(title: str) -> None:
    facts = run(f"欧洲专利局{title}施永康表示，明年将扩大试点。", reference=REF)
    assert ("施永康", title, "欧洲专利局") in roles(facts)


def test_a_spokesperson_named_in_the_host_s_bracket_of_a_transcript_holds_the_post() -> None:
    text = "主持人（欧洲专利局新闻发言人 成立新）：女士们、先生们，下午好！\n\n成立新：请提问。"
    facts = run(text, reference=REF, repaired=True)
    assert ("成立新", "新闻发言人", "欧洲专利局") in roles(facts)
    assert not {"主持人", "记者"} & people(facts)


@pytest.mark.parametrize("name", ["成立新", "向前进"])
def test_a_spaced_name_that_punctuation_closes_is_a_name_whatever_jieba_reads_in_it(
    name: str,
) -> None:
    facts = run(f"欧洲专利局副局长 {name}\n", reference=REF, repaired=True)
    assert (name, "副局长", "欧洲专利局") in roles(facts)


@pytest.mark.parametrize("verb", ["邀请到", "邀请了", "有请"])
def test_a_host_s_introducing_verb_is_no_part_of_the_guest_s_title(verb: str) -> None:
    text = f"欧洲专利局今天召开发布会。我们{verb}国际事务司司长周启明先生介绍情况。"
    facts = run(text, reference=REF)
    assert ("周启明", "国际事务司司长", "欧洲专利局") in roles(facts)


@pytest.mark.parametrize(
    ("rank", "field", "title"),
    [("首席", "业务拓展", "总监"), ("高级", "市场推广", "经理"), ("資深", "產品開發", "經理")],
)
def test_a_rank_and_a_field_before_a_functional_title_stay_in_the_title(
    rank: str, field: str, title: str
) -> None:
    facts = run(f"欧洲专利局{rank}{field}{title}方志远介绍了合作情况。", reference=REF)
    assert ("方志远", f"{rank}{field}{title}", "欧洲专利局") in roles(facts)


@pytest.mark.parametrize(
    ("full", "short"), [("东京工业大学", "东京工大"), ("香港理工大學", "香港理大")]
)
def test_a_university_contracted_without_brackets_before_its_head_s_title_is_that_university(
    full: str, short: str
) -> None:
    facts = run(f"{full}与一家企业签约，由{short}副校长孔德明代表签署。", reference=REF)
    assert ("孔德明", "副校长", full) in roles(facts)


@pytest.mark.parametrize("name", ["佐藤和也", "渡边一郎", "小林美和"])
def test_a_japanese_name_after_a_title_s_bracketed_portfolio_holds_that_title(name: str) -> None:
    facts = run(f"东京工业大学理事（国际合作担当）{name}出席签约仪式。", reference=REF)
    assert (name, "理事(国际合作担当)", "东京工业大学") in roles(facts)


def test_a_transliterated_name_after_a_bracketed_portfolio_holds_that_title() -> None:
    facts = run("欧洲专利局副局长（质量管理）汉斯·穆勒出席会议。", reference=REF)
    assert ("汉斯·穆勒", "副局长(质量管理)", "欧洲专利局") in roles(facts)


def test_a_speaker_s_label_that_opens_a_line_names_the_titled_speaker() -> None:
    text = "问：今年有哪些新进展？\n欧洲专利局新闻发言人成立新：谢谢您的提问。\n"
    facts = run(text, reference=REF, repaired=True)
    assert ("成立新", "新闻发言人", "欧洲专利局") in roles(facts)


@pytest.mark.parametrize(("title", "name"), [("审查官", "鲜于正浩"), ("主任审查官", "朴志勋")])
def test_an_examiner_of_a_korean_office_holds_the_title_there(title: str, name: str) -> None:
    facts = run(f"韩国知识产权局{title}{name}介绍了审查实践。", reference=REF)
    assert (name, title, "韩国知识产权局") in roles(facts)
