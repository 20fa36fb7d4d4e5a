"""Round 3 of the Chinese agreement rules (importers/zh/agreement_*.py): a pair referred back
to after a document of no parties, signings listed in one sentence, whether-questions in
reported speech, bracketed relative days and the lead paragraph of a post."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, reference=REF))


def test_a_pair_named_back_takes_the_last_signing_that_named_parties() -> None:
    text = (
        "6月3日，国家知识产权局与欧洲专利局续签了专利审查高速路合作备忘录。"
        "依照续签后的备忘录，合作将覆盖更多技术领域。"
        "2016年7月，两局首次签署专利审查高速路试点文件。"
    )
    got = _found(text, "2024-06-05")
    first = [p for t, _k, d, p in got if d == "2016-07"]
    assert first and len(first[0]) == 2


def test_each_signing_in_a_list_takes_its_own_date_and_the_sentence_subject() -> None:
    text = (
        "近年来，香港特区政府知识产权署已与多个机构签署合作文件：2021年5月与欧洲专利局签署谅解备忘录，"
        "2022年9月与国家知识产权局续签合作安排。"
    )
    got = _found(text, "2024-06-05")
    arrangement = [(d, p) for t, _k, d, p in got if "安排" in t]
    assert arrangement and arrangement[0][0] == "2022-09"
    assert len(arrangement[0][1]) == 2


def test_whether_two_bodies_sign_is_asked_and_reports_no_signing() -> None:
    text = "被问及两家法院是否签订合作备忘录时，院长表示目前并无相关安排。"
    assert _found(text, "2024-06-05") == []


def test_a_day_given_in_brackets_after_yesterday_dates_the_signing() -> None:
    text = (
        "【本局与国家知识产权局签署合作计划】\n"
        "国家知识产权局代表团于昨（11）日访问经济局。\n"
        "在双方见证下，经济局局长与国家知识产权局司长签署《知识产权合作计划》。\n"
        "局长表示，自二〇一九年三月双方签署合作协议以来，合作不断深化。"
    )
    got = _found(text, "2024-06-12")
    plan = [d for t, _k, d, _p in got if "计划" in t]
    assert plan == ["2024-06-11"]


def test_a_visit_clause_signing_with_each_of_two_bodies_gives_the_visitor_one_each() -> None:
    text = (
        "去年9月，澳門經濟局局長陳某某率團訪問歐洲時，"
        "分別與歐洲專利局和新加坡知識產權局簽署合作協議。"
    )
    got = {frozenset(p) for _t, _k, _d, p in _found(text, "2024-06-05")}
    assert len(got) == 2
    assert all(len(p) == 2 and any("經濟局" in n for n in p) for p in got)
