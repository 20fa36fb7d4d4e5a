"""A two-character last part of a transliterated name is read as that person again only
where something marks it as a name: a title or honorific beside it, or the word for a
visitor's party right after it (欢迎某某一行来访). Elsewhere two characters may be any word."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference

REF = load_reference()


def _people(text: str) -> dict[str, tuple[set[str], int]]:
    facts = extract(text, "zh", date="2019-06-01", reference=REF)
    return {p.name: (set(p.aliases), len(p.spans)) for p in facts.people}


def test_a_short_last_part_before_the_word_for_a_party_is_the_visitor_again() -> None:
    people = _people("欧洲专利局局长安东尼奥·马丁会见了王强。王强欢迎马丁一行来访。")
    aliases, spans = people["安东尼奥·马丁"]
    assert "马丁" in aliases and spans == 2


def test_a_known_officials_short_last_part_before_a_party_joins_the_reference_person() -> None:
    people = _people("论坛邀请了弗朗西斯·高锐总干事。刘伟欢迎高锐一行来访。")
    assert "高锐" in people["弗朗西斯·高锐"][0]
    assert "高锐" not in people


def test_a_short_last_part_with_nothing_marking_a_name_is_not_read_again() -> None:
    people = _people("欧洲专利局局长安东尼奥·马丁会见了王强。双方谈到马丁路德的名言。")
    assert people["安东尼奥·马丁"][1] == 1
