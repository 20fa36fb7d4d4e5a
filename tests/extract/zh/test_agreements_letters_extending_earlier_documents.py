"""Letters that extend a document the pair signed in an earlier year
(importers/zh/agreement_exchanged.py): the letters are an agreement of their own, signed now
by the people the next sentence names, and the document they extend is the pair's earlier
agreement, dated by the year the clause recalls."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def _signers(facts, title: str) -> set[str]:
    names = {p.key: p.name for p in facts.people}
    (found,) = [a for a in facts.agreements if a.title == title]
    return {names[k] for k in found.signatories}


def test_letters_extending_a_memorandum_signed_years_before_are_two_agreements() -> None:
    text = (
        "2024年9月3日，新加坡知识产权局与英国知识产权局以换函方式，将2017年签署的"
        "《商标审查合作谅解备忘录》再延长四年，双方并同意扩大信息交流。"
    )
    found = agreements(run(text, "2024-10-01", reference=REF, repaired=True))
    pair = {"新加坡知识产权局", "英国知识产权局"}
    assert ("换函", "other", "2024-09-03", pair) in found
    assert ("商标审查合作谅解备忘录", "mou", "2017", pair) in found


def test_a_taiwan_text_s_bare_era_year_dates_the_earlier_signing() -> None:
    text = (
        "二、113年6月18日，駐法國台北代表處與法國在台協會以換文方式，將106年簽署之「臺法植物品種"
        "權合作瞭解備忘錄」延長三年。換文由駐法國代表林志明與法國在台協會主任羅文（Marc Roland）"
        "分別簽署。"
    )
    facts = run(text, "2024-08-01", reference=REF, repaired=True)
    found = agreements(facts)
    pair = {"駐法國台北代表處", "法國在台協會"}
    assert ("換文", "other", "2024-06-18", pair) in found
    assert ("臺法植物品種權合作瞭解備忘錄", "mou", "2017", pair) in found
    assert _signers(facts, "換文") == {"林志明", "羅文"}


def test_letters_extending_the_pair_s_memorandum_with_no_year_recalled_sign_it_again() -> None:
    text = (
        "2024年3月5日，新加坡知识产权局与英国知识产权局以换函方式，将双方的合作谅解备忘录延长两年。"
    )
    found = agreements(run(text, "2024-10-01", reference=REF, repaired=True))
    assert [(t, k, d) for t, k, d, _p in found] == [("合作谅解备忘录", "mou", "2024-03-05")]
