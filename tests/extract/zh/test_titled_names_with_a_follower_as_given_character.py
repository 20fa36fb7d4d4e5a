"""A name right after a title, closed by a list's mark, keeps a given character that
follows names elsewhere (了 of 来了): importers/zh/names.py, given_names.titled_given."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run


def test_a_titled_name_whose_first_given_character_follows_names_is_read_whole() -> None:
    f = run("由东方协会会长王了一、西方交流协会会长山田太郎代表双方签署协议。")
    assert "王了一" in people(f)
    assert ("王了一", "会长", "东方协会") in roles(f)


def test_the_character_after_a_family_name_still_ends_a_clause_with_no_list_mark() -> None:
    f = run("协会会长王了解了情况后表示支持。")
    assert "王了解" not in people(f)
