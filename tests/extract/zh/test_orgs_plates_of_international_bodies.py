"""A bracketed second name after an international body (某组织（某语局）) is that body's own
other name: such a body has no place, so the plate is not a place's office of that name."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference

REF = load_reference()


def test_the_plate_of_an_international_body_is_its_other_name() -> None:
    text = (
        "去年秋天，中方代表团分别拜会了欧洲专利组织(慕尼黑局)和"
        "欧亚专利组织(莫斯科局)，并举行了工作会谈。"
    )
    facts = extract(text, "zh", reference=REF)
    by_ref = {o.ref: o for o in facts.orgs}
    assert "慕尼黑局" in by_ref["eporg"].aliases
    assert "莫斯科局" in by_ref["eaporg"].aliases
    assert not any("慕尼黑局" in o.name or "莫斯科局" in o.name for o in facts.orgs if not o.ref)


def test_a_provincial_bodys_plate_is_still_the_provinces_office() -> None:
    text = "会议由江西省市场监督管理局(知识产权局)承办，省内二十家企业参加。"
    facts = extract(text, "zh", reference=REF)
    names = {n for o in facts.orgs for n in (o.name, *o.aliases)}
    assert "江西省知识产权局" in names
