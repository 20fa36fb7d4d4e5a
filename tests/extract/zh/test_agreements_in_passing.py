"""Signings told in passing or summed up (importers/zh/agreements.py): a document two named
parties signed, after 的; a sentence pointing back to a document that gives its signing date;
generic documents signed with many counterparts at once; a programme named first that two
parties named after 由 extended (importers/zh/agreement_changes.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_a_generic_document_two_named_parties_signed_after_de_is_an_agreement() -> None:
    text = (
        "新加坡知识产权局去年11月与欧洲专利局签署的商标合作协议，目前已进入执行阶段。双方表示满意。"
    )
    found = agreements(run(text, "2025-03-01", repaired=True))
    assert [(k, d, p) for _t, k, d, p in found] == [
        ("agreement", "2024-11", {"新加坡知识产权局", "欧洲专利局"})
    ]


def test_documents_of_no_name_signed_or_renewed_after_de_are_still_no_agreement() -> None:
    text = "近年来签订或续订的合作文件包括专利审查、商标检索等方面。"
    assert agreements(run(text, "2025-03-01", repaired=True)) == []


def test_a_sentence_pointing_back_to_a_document_dates_its_signing() -> None:
    text = (
        "9月3日，新加坡知识产权局与欧洲专利局交换《关于商标审查合作的谅解备忘录》文本。"
        "该备忘录已于今年5月由两局局长在慕尼黑签署，此次为文本交换仪式。"
    )
    found = agreements(run(text, "2025-09-04", repaired=True))
    assert [(t, d) for t, _k, d, _p in found] == [("关于商标审查合作的谅解备忘录", "2025-05")]


def test_a_generic_document_signed_with_many_countries_is_no_agreement() -> None:
    text = "新加坡知识产权局近年陆续与多国签署知识产权合作文件，但多数停留在备忘录层次。"
    assert agreements(run(text, "2025-03-01", repaired=True)) == []


def test_a_generic_document_signed_with_one_named_body_is_an_agreement() -> None:
    text = "3月2日，新加坡知识产权局与欧洲专利局签署知识产权合作文件。"
    assert len(agreements(run(text, "2025-03-05", repaired=True))) == 1


def test_a_programme_named_first_and_extended_by_two_parties_after_it_is_an_agreement() -> None:
    text = (
        "今年2月，中新「专利审查高速路」（PPH）试点项目则由新加坡知识产权局与欧洲专利局"
        "以互换信函方式再延长两年。"
    )
    found = agreements(run(text, "2025-06-01", repaired=True))
    assert [(k, d, p) for _t, k, d, p in found] == [
        ("pph", "2025-02", {"新加坡知识产权局", "欧洲专利局"})
    ]


def test_a_programme_a_party_plans_to_extend_is_no_agreement() -> None:
    text = "中新PPH试点项目由新加坡知识产权局与欧洲专利局研究是否延长。"
    assert agreements(run(text, "2025-06-01", repaired=True)) == []


def test_a_programme_named_in_a_title_and_extended_by_two_parties_is_an_agreement() -> None:
    text = (
        "2023年9月，日本特许厅与新加坡知识产权局通过互换信函，"
        "将《日新专利审查高速路试点计划》再延长两年。"
    )
    [(title, kind, date, parties)] = agreements(run(text, "2023-10-01"))
    assert title == "日新专利审查高速路试点计划" and kind == "pph" and date == "2023-09"
    assert parties == {"日本特许厅", "新加坡知识产权局"}
