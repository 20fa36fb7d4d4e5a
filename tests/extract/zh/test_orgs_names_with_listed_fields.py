"""Offices whose Chinese names list their fields with 、 or join them with 与: the reference
holds the whole name, so neither mark cuts it in two and the head's title is held at the whole
office, not at a piece of it."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference

REF = load_reference()


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract(text, "zh", date="2020-05-01", reference=REF)
    orgs = {o.key: o.ref or o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_an_office_whose_fields_are_listed_with_a_comma_mark_is_one_office() -> None:
    text = "印度专利、外观设计和商标局局长阿尼尔·库马尔在线上会议上介绍了审查积压情况。"
    facts = extract(text, "zh", date="2020-05-01", reference=REF)
    assert {o.ref for o in facts.orgs} == {"cgpdtm"}
    assert ("阿尼尔·库马尔", "局长", "cgpdtm") in _roles(text)


def test_an_office_whose_fields_are_joined_with_yu_is_one_office() -> None:
    text = "南非公司与知识产权注册局局长塔博·恩科西出席了研讨会并作主旨发言。"
    facts = extract(text, "zh", date="2020-05-01", reference=REF)
    assert {o.ref for o in facts.orgs} == {"cipc"}
    assert ("塔博·恩科西", "局长", "cipc") in _roles(text)
