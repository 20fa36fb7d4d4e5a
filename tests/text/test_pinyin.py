"""Every pinyin reading of a character, asked in one place by the search index and the text view."""

from __future__ import annotations

from store.text.pinyin import char_readings
from store.text.spelled_readings import spelled_ranges


def test_a_character_of_several_readings_gives_each_once_with_u_umlaut_as_v() -> None:
    assert char_readings("绿") == ("lv", "lu")
    assert char_readings("行")[:2] == ("xing", "hang")


def test_a_spelled_reading_may_write_u_umlaut_as_v_u_or_the_umlaut() -> None:
    for spelled in ("LvSe", "LüSe", "LuSe"):
        text = f"绿色[{spelled}]办公"
        assert [text[a:b] for a, b in spelled_ranges(text)] == [f"[{spelled}]"]
