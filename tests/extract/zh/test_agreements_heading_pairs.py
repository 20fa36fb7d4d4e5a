"""A pair reference (两局) in a document whose heading names the two bodies (A与B / …方案)
signs as that pair, and 同时 is an adverb, no joiner of parties (并同时签署: the clause shares
the sentence's subject); a signing an agenda plans (签约：拟由甲与乙签署…) is none
(importers/zh/agreement_parties.py, agreement_model.py, agreements.py, agreement_topics.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()

PLAN = (
    "国家知识产权局与新加坡知识产权局\n"
    "专利审查合作磋商工作方案\n"
    "\n"
    "一、背景\n"
    "2017年3月，两局在新加坡签署《专利审查合作谅解备忘录》。"
    "2021年8月，两局负责人在杭州再次续签了这份备忘录，同时还签署《2021—2023年合作计划》。\n"
    "二、议程\n"
    "（一）双方致辞；\n"
    "（二）签约：拟由郑国平副局长与陈伟杰副局长签署合作计划续签文本。\n"
)

PAIR = {"国家知识产权局", "新加坡知识产权局"}


def _found() -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(PLAN, "2024-05-06", reference=REF, repaired=True))


def test_the_two_offices_referred_to_are_the_pair_the_heading_names() -> None:
    first = [p for _t, _k, d, p in _found() if d == "2017-03"]
    assert first == [PAIR]


def test_a_document_signed_at_the_same_time_takes_the_pair_of_its_sentence() -> None:
    plan = [(d, p) for t, _k, d, p in _found() if "合作计划" in t]
    assert plan == [("2021-08", PAIR)]


def test_a_signing_the_agenda_plans_by_named_officials_is_no_agreement() -> None:
    assert sorted(d or "" for _t, _k, d, _p in _found()) == ["2017-03", "2021-08", "2021-08"]
