"""A document signed at a ceremony named after it (出席A与B合作备忘录签约仪式) is an agreement
of the two bodies, dated by its item; a ceremony still ahead signs nothing. A month alone
that opens the signing's sentence (4月，…签署了…) dates it to that month of the year the text
last stated (今年以来, a date), and with no year stated (a review of last year) to none."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def test_a_signing_ceremony_of_a_named_document_is_an_agreement_of_its_two_bodies() -> None:
    text = (
        "8月21日上午，孔德明副局长在宁波参加中国（宁波）知识产权保护中心与德国工商大会"
        "上海代表处合作备忘录签字仪式，随后调研了两家企业。\n"
    )
    found = agreements(run(text, "2024-08-26", reference=REF, repaired=True))
    assert len(found) == 1
    title, kind, date, parties = found[0]
    assert (title, kind, date) == ("合作备忘录", "mou", "2024-08-21")
    assert parties == {"中国(宁波)知识产权保护中心", "德国工商大会上海代表处"}


def test_a_signing_ceremony_still_to_be_held_is_no_agreement() -> None:
    text = (
        "8月21日，副局长孔德明将出席中国（宁波）知识产权保护中心与德国工商大会上海代表处"
        "合作备忘录签约仪式。"
    )
    assert not agreements(run(text, "2024-08-19", reference=REF, repaired=True))


def test_a_month_alone_opening_the_sentence_dates_the_signing_to_that_month() -> None:
    text = (
        "今年以来交流频繁。2月，欧洲专利局与国家知识产权局在慕尼黑签署了《审查员交流谅解备忘录》。"
    )
    found = agreements(run(text, "2024-08-26", reference=REF))
    assert [a[2] for a in found] == ["2024-02"]


def test_a_month_later_than_the_document_s_own_falls_in_the_year_before() -> None:
    text = "今年以来交流频繁。10月，欧洲专利局与国家知识产权局签署了《审查员交流谅解备忘录》。"
    found = agreements(run(text, "2024-08-26", reference=REF))
    assert [a[2] for a in found] == ["2023-10"]


def test_a_month_alone_with_no_year_stated_before_it_gives_no_month() -> None:
    text = (
        "我们盘点了过去一年的大事。3月，欧洲专利局与国家知识产权局签署了《审查员交流谅解备忘录》。"
    )
    found = agreements(run(text, "2025-01-03", reference=REF))
    assert not any((a[2] or "").startswith("2025-03") for a in found)


def test_a_month_alone_before_the_place_of_the_signing_dates_it() -> None:
    text = (
        "今年以来交流频繁。3月在慕尼黑举行的双边会谈上，国家知识产权局局长与欧洲专利局局长"
        "续签了《关于深化审查合作的谅解备忘录》。"
    )
    found = agreements(run(text, "2024-08-26", reference=REF))
    assert [a[2] for a in found] == ["2024-03"]


def test_a_month_alone_after_yu_dates_a_programme_extended_by_letters() -> None:
    text = (
        "會訊第12期｜2024年12月1日出刊\n\n"
        "一、中日PPH延长\n"
        "本會於9月5日召開會議。國家知識產權局與日本特許廳已於6月換文，"
        "同意將雙方的審查高速路試點展期兩年。"
    )
    found = agreements(run(text, "2024-12-01", reference=REF))
    assert [a[2] for a in found] == ["2024-06"]
