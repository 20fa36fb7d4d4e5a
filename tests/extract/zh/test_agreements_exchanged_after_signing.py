"""What a signing verb reaches that is no document signed then (zh/agreement_recalled.py): a
document exchanged after an earlier signing, dated by the signing clause before 的, which is no
part of its title; a programme the sentence acts through (通过…开展)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_texts_exchanged_of_an_agreement_signed_last_year_date_it_then() -> None:
    text = (
        "会上，四川省知识产权服务促进中心与法国国家工业产权局"
        "交换了去年9月在巴黎签署的合作协议文本。"
    )
    found = agreements(run(text, "2025-03-18", repaired=True))
    assert [(t, d) for t, _k, d, _p in found] == [("合作协议", "2024-09")]


def test_texts_exchanged_of_an_agreement_signed_in_a_named_month_date_it_then() -> None:
    text = "仪式上，成都市知识产权局与德国专利商标局交换了2023年5月在成都签订的合作备忘录文本。"
    found = agreements(run(text, "2025-03-18", repaired=True))
    assert [(t, d) for t, _k, d, _p in found] == [("合作备忘录", "2023-05")]


def test_a_programme_the_sentence_acts_through_is_no_document_adopted() -> None:
    text = "欧洲专利局代表介绍了该局通过“中欧专利合作项目”（EU-China IP）开展的审查员培训。"
    assert agreements(run(text, "2025-03-18", repaired=True)) == []
