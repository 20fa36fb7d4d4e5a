"""A wire dateline gives the news agency in brackets right before the first sentence
("Lagos, Oct 14 (XNA) The Federal Cabinet approved ..."): the month, the day and the
bracketed agency are no words of the body the sentence opens with
(importers/en/orgs/run_breaks.py, `after_inner_article`). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def _names(text: str) -> set[str]:
    return org_set(facts_text(text))


def test_a_cabinet_after_a_dateline_with_the_agency_in_brackets() -> None:
    names = _names(
        "(Wirehub- QPR Asia) Colombo, Nov 23 (QPR) The Union Cabinet gave its approval for "
        "a memorandum with Kenya on seed research. QPR Asia reported it first.\n"
    )
    assert "Union Cabinet" in names
    assert not any(n.startswith(("Nov", "QPR")) and "Cabinet" in n for n in names)


def test_a_federal_cabinet_after_a_dateline_of_a_month_and_a_day() -> None:
    names = _names("Ottawa, Feb 12 (CNW) The Federal Cabinet approved the plan. CNW said so.\n")
    assert "Federal Cabinet" in names
    assert not any(n.startswith("Feb") for n in names)


def test_a_ministry_after_a_dateline_with_the_day_first() -> None:
    names = _names(
        "Quito, 18 Aug (ZNA) The Ministry of Tourism of Ecuador opened an office in Lima.\n"
    )
    assert "Ministry of Tourism of Ecuador" in names
    assert not any(n.startswith(("Aug", "18")) for n in names)
