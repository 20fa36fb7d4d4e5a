"""A Hong Kong or Macao secretary named by a portfolio title whose 司 is no body of its own
(財政司司長, 政務司司長): the title is the post whole, never a unit of another body the text
names (not the one body of its headline); the secretary serves the region's government when
the text names that one government, and else holds the title with no body."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference

REF = load_reference()


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract(text, "zh", date="2024-03-01", reference=REF)
    orgs = {o.key: o.ref or o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_portfolio_holder_serves_the_one_region_government_the_text_names() -> None:
    roles = _roles("香港特區政府昨日與歐洲專利局簽署合作安排。儀式在政務司司長何立德見證下舉行。")
    assert ("何立德", "政務司司長", "hksar-government") in roles


def test_a_headline_naming_one_other_body_gives_the_portfolio_holder_no_body() -> None:
    roles = _roles("港與WIPO簽協議 加強交流\n\n協議在財政司司長林家耀見證下簽署。")
    assert ("林家耀", "財政司司長", None) in roles


def test_two_region_governments_named_leave_the_portfolio_holder_with_no_body() -> None:
    roles = _roles(
        "香港特區政府與澳門特別行政區政府舉行知識產權合作會議,財政司司長林家耀出席並致辭。"
    )
    assert ("林家耀", "財政司司長", None) in roles
