"""A name like an organ's (X大会) written right after a year is that year's edition of an
event, not a standing body; the same name with no year before it is left to the other rules."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_a_congress_after_a_year_is_an_event() -> None:
    f = run("5月10日,2024全球数字贸易大会在杭州开幕,中国国际贸易促进委员会派员出席。")
    assert "全球数字贸易大会" not in org_names(f)
    assert "中国国际贸易促进委员会" in org_names(f)


def test_a_congress_after_a_year_with_its_character_is_an_event() -> None:
    f = run("2019年世界智能制造大会在南京举行,国家知识产权局有关负责人出席。")
    assert "世界智能制造大会" not in org_names(f)
