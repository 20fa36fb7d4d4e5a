"""Macao and Hong Kong texts in Traditional Chinese: a gazette's dispatches and notices (委任,
a power to sign, 茲公佈, 本局 under its issuer's heading), the Chief Executive at the region's
government, a body's press pages, and a given name jieba glues to the word after it."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, people, run

REF = load_reference()

GAZETTE = (
    "澳門特別行政區公報\n"
    "行政長官辦公室\n"
    "第 9/2031 號行政長官批示\n"
    "行政長官行使職權，作出本批示：\n"
    "三、賦予經濟財政司司長簽署權限，代表澳門特別行政區政府同國家知識產權局"
    "簽署《商標審查合作安排》。\n"
    "行政長官　梁志遠\n"
    "––––––––––\n"
    "經濟財政司司長辦公室\n"
    "經濟財政司司長決定：委任周雅琪為經濟及科技發展局知識產權廳廳長，任期兩年。\n"
    "––––––––––\n"
    "經濟及科技發展局\n"
    "公告\n"
    "現茲公佈：二〇三一年四月二日，本局同知識產權署簽署了《數據交換協議》。"
    "該協議由本局局長馮國棟與知識產權署署長簽署。\n"
)


def _roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_an_appointment_by_commission_gives_the_post() -> None:
    facts = run(GAZETTE, "2031-04-16", reference=REF, repaired=True)
    assert ("周雅琪", "廳長", "經濟及科技發展局知識產權廳") in _roles(facts)


def test_the_self_reference_of_a_notice_is_the_body_heading_it() -> None:
    facts = run(GAZETTE, "2031-04-16", reference=REF, repaired=True)
    bureau = next(o.name for o in facts.orgs if o.ref == "mo-dsedt")
    assert ("馮國棟", "局長", bureau) in _roles(facts)


def test_a_power_granted_to_sign_is_no_signing() -> None:
    found = agreements(run(GAZETTE, "2031-04-16", reference=REF, repaired=True))
    assert [t for t, *_ in found] == ["數據交換協議"]


def test_hereby_publishing_is_no_part_of_a_name() -> None:
    names = org_names(run(GAZETTE, "2031-04-16", reference=REF, repaired=True))
    assert not [n for n in names if n.startswith(("茲", "兹"))]


def test_the_chief_executive_heads_the_government_the_text_names() -> None:
    facts = run(GAZETTE, "2031-04-16", reference=REF, repaired=True)
    assert ("梁志遠", "行政長官", "澳門特別行政區政府") in _roles(facts)


def test_the_chief_executive_of_a_text_naming_no_government_has_no_body() -> None:
    text = "行政長官梁志遠今日出席經濟及科技發展局的開幕儀式。\n"
    facts = run(text, "2031-04-16", reference=REF, repaired=True)
    assert ("梁志遠", "行政長官", None) in _roles(facts)


def test_a_bodys_press_pages_are_no_body() -> None:
    text = "香港貿發局傳媒中心\n香港貿易發展局今日與一所大學簽署合作備忘錄，推動品牌保護。\n"
    names = org_names(run(text, "2031-05-02", reference=REF, repaired=True))
    assert not [n for n in names if n.endswith(("傳媒中心", "传媒中心"))]
    assert "香港貿易發展局" in names


def test_a_given_name_glued_to_the_word_after_it_is_kept_whole() -> None:
    text = "署長陳家超在頒獎典禮上致辭，感謝各界支持。\n"
    assert "陳家超" in people(run(text, "2031-05-02", reference=REF, repaired=True))
