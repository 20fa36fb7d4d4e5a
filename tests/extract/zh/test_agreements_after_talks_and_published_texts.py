"""Agreements after a clause of talks (importers/zh/agreement_topics.py) and agreements a
notice publishes (agreement_published.py): a document signed in the perfect after the parties
talked in a clause of its own is signed, not talked about; the text of an agreement between two
bodies that a notice orders published reports it, undated, while a law published so does not."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, repaired=True))


def test_a_renewal_in_the_perfect_after_a_clause_of_talks_is_signed() -> None:
    text = (
        "5月9日，国家知识产权局局长王一在京会见了新加坡知识产权局局长陈二。双方就专利审查"
        "合作等问题进行了磋商，并续签了《国家知识产权局与新加坡知识产权局合作谅解备忘录》。"
    )
    found = _found(text, "2025-06-01")
    assert [(t, p) for t, _k, _d, p in found] == [
        (
            "国家知识产权局与新加坡知识产权局合作谅解备忘录",
            {"国家知识产权局", "新加坡知识产权局"},
        )
    ]


def test_talks_in_the_signing_clause_itself_still_plan_it() -> None:
    text = "国家知识产权局与新加坡知识产权局就尽快签署合作谅解备忘录进行了磋商。"
    assert _found(text, "2025-06-01") == []


def test_a_notice_ordering_the_text_of_an_agreement_published_reports_it() -> None:
    text = (
        "第7/2024号公告\n"
        "根据有关规定，现命令公布《国家知识产权局和新加坡知识产权局关于加强专利审查合作的安排》"
        "的中文文本及英文译本。\n"
        "二〇二四年三月五日发布。"
    )
    found = _found(text, "2024-03-05")
    assert found == [
        (
            "国家知识产权局和新加坡知识产权局关于加强专利审查合作的安排",
            "other",
            None,
            {"国家知识产权局", "新加坡知识产权局"},
        )
    ]


def test_a_law_or_a_document_of_no_named_pair_published_so_is_none() -> None:
    text = (
        "现命令公布第2/2024号法律《专利审查规章》的中文文本。"
        "另命令公布《知识产权合作安排》的中文文本。"
    )
    assert _found(text, "2024-03-05") == []


def test_a_signing_that_announces_the_talks_concluded_is_signed() -> None:
    text = (
        "2021年3月2日，国家知识产权局局长王一与新加坡知识产权局局长陈二签署合作备忘录，"
        "表示关于审查合作安排的磋商已经圆满完成。"
    )
    found = _found(text, "2021-04-01")
    assert [d for _t, _k, d, _p in found] == ["2021-03-02"]


def test_talks_still_to_end_keep_the_signing_ahead() -> None:
    text = "国家知识产权局与新加坡知识产权局就签署联合声明进行了谈判。"
    assert _found(text, "2021-04-01") == []
