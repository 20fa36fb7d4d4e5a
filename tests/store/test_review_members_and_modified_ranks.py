"""A body of members is no ministry's unit, and a rank with only its modifiers names no office
(store/review/signals.py, misnamed.py). Every name and title here is our own."""

from __future__ import annotations

from store.review.misnamed import title_names_its_office
from store.review.signals import organisation_signs


def _org(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_body_of_members_named_by_its_field_asks_no_owner() -> None:
    for name in (
        "Global Copyright Society",
        "Patent Attorneys Federation",
        "International Trade Association",
        "Intellectual Property Chamber",
    ):
        assert not _org(name) & {"unit_topical", "unit_words"}, name


def test_a_portfolio_office_or_a_council_still_asks_whose_it_is() -> None:
    assert "unit_topical" in _org("Ministry of Copyright")
    assert "unit_topical" in _org("Trade Council")
    assert "unit_topical" in _org("Chamber of Commerce")


def test_a_chinese_rank_after_its_modifiers_names_no_office() -> None:
    for title in ("执行主任", "常务副局长", "代理署长", "首席执行官", "副總幹事"):
        assert not title_names_its_office(title), title


def test_a_chinese_title_holding_its_office_or_field_still_names_it() -> None:
    for title in ("海关总署署长", "副渔业司司长", "知识产权参赞", "行政长官"):
        assert title_names_its_office(title), title
