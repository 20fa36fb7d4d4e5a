"""A document named, with its own signing, as the basis of what the main clause does
(在…签署的X的基础上，双方…): signed by the pair the main clause names, on its own date."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_the_basis_of_a_new_signing_is_an_earlier_document_of_the_same_pair() -> None:
    text = (
        "国家知识产权局与法国工业产权局15日在巴黎签署合作协议。据此，双方将加强审查员交流。\n"
        "在2018年6月签署的专利审查合作备忘录的基础上，中法双方此次签署合作协议，"
        "计划开展一系列培训活动。"
    )
    found = agreements(run(text, date="2023-03-16"))
    pair = {"国家知识产权局", "法国工业产权局"}
    assert ("mou", "2018-06", pair) in [(k, d, p) for _t, k, d, p in found]
    assert ("agreement", "2023-03-15", pair) in [(k, d, p) for _t, k, d, p in found]


def test_a_basis_clause_with_no_pair_after_it_gives_no_parties() -> None:
    text = (
        "国家知识产权局与法国工业产权局15日在巴黎签署合作协议。\n"
        "在2018年6月签署的专利审查合作备忘录的基础上，培训活动将继续开展。"
    )
    found = agreements(run(text, date="2023-03-16"))
    assert [k for _t, k, _d, _p in found] == ["agreement"]
