"""An official report (公文) of a provincial office to a division of a national body: its
document number's issuer code (川知局〔2025〕9号) is no body, the division it is addressed to
(国家知识产权局条法司：) is one, the office that writes it is the 我局 of its text, and the
summary of a signing before its account (我局与X签署合作备忘录) reports the memorandum the
account then titles in full, not a second one."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, run

REF = load_reference()

REPORT = (
    "四川省知识产权局文件\n\n"
    "川知局〔2025〕9号　　　　　　签发人：孙国栋\n\n"
    "四川省知识产权局关于与欧洲专利局开展合作有关情况的报告\n\n"
    "国家知识产权局条法司：\n\n"
    "今年以来，我局与欧洲专利局签署合作备忘录。现将有关情况报告如下：\n"
    "一、签署情况\n"
    "9月3日，我局局长孙国栋与欧洲专利局副局长在成都签署《四川省知识产权局与欧洲专利局"
    "关于专利信息合作的备忘录》。\n"
    "二、其他\n"
    "座谈中，双方回顾了2021年5月我局与欧洲专利局签署的合作意向书。\n\n"
    "四川省知识产权局\n2025年9月20日\n"
)


def _agreements() -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(REPORT, "2025-09-20", reference=REF, repaired=True))


def test_the_issuer_code_of_a_document_number_is_no_body() -> None:
    assert "川知局" not in org_names(run(REPORT, "2025-09-20", reference=REF, repaired=True))


def test_the_division_a_report_is_addressed_to_is_a_body() -> None:
    names = org_names(run(REPORT, "2025-09-20", reference=REF, repaired=True))
    assert "国家知识产权局条法司" in names


def test_the_office_that_writes_the_report_is_its_we_not_the_addressee() -> None:
    recalled = [p for t, _k, d, p in _agreements() if t == "合作意向书"]
    assert recalled == [{"四川省知识产权局", "欧洲专利局"}]


def test_a_summary_of_the_signing_and_its_titled_account_are_one_memorandum() -> None:
    memoranda = [(t, d) for t, k, d, _p in _agreements() if k == "mou"]
    assert memoranda == [("四川省知识产权局与欧洲专利局关于专利信息合作的备忘录", "2025-09-03")]
