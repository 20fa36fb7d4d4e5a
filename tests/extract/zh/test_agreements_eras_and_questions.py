"""Round 2 of the Chinese agreement rules (importers/zh/agreement_*.py): years of the Minguo
era, questions and descriptions that report no signing, a month of last year, a document
pointed back to, the kind of a memorandum on a PPH, and programmes two offices agree to
change without signing anything."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, reference=REF))


def test_a_minguo_year_dates_a_signing_in_the_common_era() -> None:
    text = "民國112年10月3日，經濟部智慧財產局與歐洲專利局簽署「專利審查合作備忘錄」。"
    assert [d for _t, _k, d, _p in _found(text, "2024-02-01")] == ["2023-10-03"]


def test_a_bare_three_figure_year_before_a_month_is_a_minguo_year() -> None:
    text = "一、111年5月，經濟部智慧財產局與波蘭專利局簽署合作瞭解備忘錄。"
    assert [d for _t, _k, d, _p in _found(text, "2025-06-30")] == ["2022-05"]


def test_a_month_and_day_after_a_minguo_year_take_that_year() -> None:
    text = (
        "民國112年，本局持續拓展國際合作。7月4日，經濟部智慧財產局與歐洲專利局簽署"
        "「商標審查合作備忘錄」。"
    )
    assert [d for _t, _k, d, _p in _found(text, "2024-01-15")] == ["2023-07-04"]


def test_a_question_about_signings_reports_none() -> None:
    text = (
        "議員提問：過去三年，知識產權署與海外機構簽訂了哪些合作文件？"
        "政府有否計劃與歐洲專利局簽訂同類文件？"
    )
    assert _found(text, "2024-05-15") == []


def test_a_question_word_in_a_clause_ending_with_a_semicolon_reports_none() -> None:
    text = "请说明：（一）国家知识产权局近年与哪些机构签署了何种合作协议；（二）成效如何。"
    assert _found(text, "2024-05-15") == []


def test_a_question_word_naming_the_other_side_reports_no_signing_and_no_body() -> None:
    """与哪些机构签署: the other side is asked for, so the clause reports nothing signed and
    哪些机构 names no body, though the document noun carries no question word."""
    text = "本年度，經科局與哪些機構簽署或續簽了諒解備忘錄，並請列出簽字人；"
    facts = run(text, "2024-05-15", reference=REF)
    assert agreements(facts) == []
    assert not any("機構" in o.name for o in facts.orgs)


def test_documents_described_by_their_signing_are_a_heading_not_a_signing() -> None:
    text = (
        "近年国家知识产权局签订或续签的合作文件包括：\n"
        "（1）2022年8月，国家知识产权局与新加坡知识产权局签订《知识产权合作谅解备忘录》。"
    )
    got = _found(text, "2024-05-15")
    assert [(t, d) for t, _k, d, _p in got] == [("知识产权合作谅解备忘录", "2022-08")]


def test_a_named_document_signed_earlier_is_a_signing_told_in_passing() -> None:
    text = (
        "11月5日，国家知识产权局与欧洲专利局签署《关于深化双边合作的备忘录》。"
        "新备忘录取代双方于2018年签署的合作备忘录。"
    )
    dates = sorted(str(d) for _t, _k, d, _p in _found(text, "2024-11-06"))
    assert dates == ["2018", "2024-11-05"]


def test_a_month_of_last_year_dates_the_signing_not_the_day_of_the_feature() -> None:
    text = (
        "记者今天在国家知识产权局见到了她。\n"
        "去年9月，国家知识产权局与欧洲专利局在慕尼黑续签合作谅解备忘录。"
    )
    assert [d for _t, _k, d, _p in _found(text, "2024-04-26")] == ["2023-09"]


def test_a_month_of_this_year_gives_year_and_month() -> None:
    text = "今年2月，新加坡知识产权局与欧洲专利局在日内瓦签署《2024—2026年合作工作计划》。"
    assert [d for _t, _k, d, _p in _found(text, "2024-06-10")] == ["2024-02"]


def test_a_memorandum_named_again_as_that_memorandum_is_one_agreement() -> None:
    text = (
        "2023年6月8日，国家知识产权局与巴西国家工业产权局签署《关于专利审查高速路试点项目"
        "合作的谅解备忘录》。该备忘录由国家知识产权局局长申长雨与巴西国家工业产权局局长签署。"
    )
    got = _found(text, "2023-06-20")
    assert [(k, d) for _t, k, d, _p in got] == [("mou", "2023-06-08")]


def test_a_memorandum_on_a_pph_is_a_memorandum_and_a_pph_agreement_a_pph() -> None:
    text = (
        "国家知识产权局与欧洲专利局签署专利审查高速路试点谅解备忘录。"
        "国家知识产权局与新加坡知识产权局签署专利审查高速路合作协议。"
    )
    assert [k for _t, k, _d, _p in _found(text, "2024-01-02")] == ["mou", "pph"]


def test_two_offices_agreeing_to_extend_their_pph_report_an_agreement() -> None:
    text = "2024年11月，国家知识产权局与欧洲专利局同意将中欧专利审查高速路试点延长两年。"
    ((title, kind, date, parties),) = _found(text, "2025-01-10")
    assert (title, kind, date) == ("中欧专利审查高速路试点", "pph", "2024-11")
    assert parties == {"国家知识产权局", "欧洲专利局"}


def test_an_exchange_of_letters_making_a_pph_permanent_reports_an_agreement() -> None:
    text = (
        "2024年5月，日本特许厅与新加坡知识产权局通过换文，"
        "将两局的专利审查高速路（PPH）试点转为长期项目。"
    )
    ((title, kind, _date, parties),) = _found(text, "2024-12-30")
    assert kind == "pph" and title.startswith("专利审查高速路")
    assert parties == {"日本特许厅", "新加坡知识产权局"}


def test_a_pph_two_offices_open_the_sentence_with_is_theirs_when_a_later_clause_extends_it() -> (
    None
):
    text = (
        "这是好消息。日本特许厅与新加坡知识产权局之间的专利审查高速路试点，今年3月已换文展期两年，"
        "相关申请不受影响。"
    )
    ((title, kind, date, parties),) = _found(text, "2024-12-30")
    assert (title, kind, date) == ("专利审查高速路试点", "pph", "2024-03")
    assert parties == {"日本特许厅", "新加坡知识产权局"}


def test_a_topic_naming_one_office_and_its_programme_reports_no_agreement() -> None:
    text = "日本特许厅的PPH试点，今年3月已经延长。"
    assert _found(text, "2024-12-30") == []


def test_a_change_only_planned_or_with_no_parties_is_no_agreement() -> None:
    text = (
        "国家知识产权局正与欧洲专利局研究将专利审查高速路试点延长三年。"
        "中欧专利审查高速路试点自明年1月1日起延长五年。"
    )
    assert _found(text, "2024-12-30") == []


def test_a_pair_named_by_its_countries_is_not_the_pair_reported_before() -> None:
    text = (
        "今年1月，国家知识产权局与欧洲专利局续签合作谅解备忘录。"
        "今年3月，中新两局在北京签署《2024—2025年合作工作计划》，由国家知识产权局副局长"
        "胡文辉与新加坡知识产权局局长签字。"
    )
    got = _found(text, "2024-04-26")
    plan = next(p for t, _k, _d, p in got if "工作计划" in t)
    assert plan == {"国家知识产权局", "新加坡知识产权局"}


def test_bodies_named_as_implementing_agencies_are_parties_beside_the_signers() -> None:
    text = (
        "2023年5月2日，甲方协会与乙方协会在东京签署《专利审查合作备忘录》，"
        "国家知识产权局与日本特许厅为执行机关。"
    )
    ((_t, _k, _d, parties),) = _found(text, "2023-05-03")
    assert {"国家知识产权局", "日本特许厅"} <= parties


def test_implementing_agencies_in_another_clause_form_need_two_bodies() -> None:
    text = "2023年5月2日，国家知识产权局与日本特许厅签署合作备忘录，欧洲专利局为执行机关。"
    ((_t, _k, _d, parties),) = _found(text, "2023-05-03")
    assert parties == {"国家知识产权局", "日本特许厅"}


def test_a_change_made_by_a_memorandum_signed_in_the_sentence_is_that_memorandum() -> None:
    text = (
        "2024年3月，国家知识产权局与欧洲专利局签署谅解备忘录，将双方的专利审查高速路试点延长三年。"
    )
    assert [k for _t, k, _d, _p in _found(text, "2024-04-01")] == ["mou"]
