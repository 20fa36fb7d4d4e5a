"""A document quoted whole, its two bodies inside the quotes, before a ceremony's noun
(出席《甲与乙合作备忘录》签署仪式), or before a signing verb with no object that a witness saw
(见证「甲与乙合作备忘录」签署，由…签署), is an agreement of those two bodies; a signing only
urged (推动「…」签署) is none (agreement_ceremonies)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()
_DOC = "国家知识产权局与欧洲专利局审查协作备忘录"
_PAIR = {"国家知识产权局", "欧洲专利局"}


def _found(text: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, "2025-10-20", reference=REF, repaired=True))


def test_a_ceremony_after_a_document_quoted_whole_signs_it_between_its_two_bodies() -> None:
    found = _found(f"10月16日，部长王大明出席《{_DOC}》签署仪式并致辞。")
    assert [(t, d, p) for t, _k, d, p in found] == [("审查协作备忘录", "2025-10-16", _PAIR)]


def test_a_witnessed_signing_told_as_a_noun_after_the_quotes_is_an_agreement() -> None:
    found = _found(f"10月16日，部长王大明见证「{_DOC}」签署，由甲局长与乙局长签署。")
    assert [(t, p) for t, _k, _d, p in found] == [("审查协作备忘录", _PAIR)]


def test_a_signing_only_urged_after_the_quotes_is_no_agreement() -> None:
    assert _found(f"10月16日，部长王大明表示将推动「{_DOC}」签署。") == []
