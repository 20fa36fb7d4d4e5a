"""Search in Chinese: characters, any part of them, pinyin in every form a user types,
heteronyms and fuzzy readings."""

from __future__ import annotations

from typing import Any

import pytest

from store.search import search
from tests.search.kb import IDS, ids, top


def test_whole_chinese_name_is_an_exact_hit(session: Any) -> None:
    h = top(session, "邓鸿森")
    assert (h.kind, h.id, h.how) == ("person", IDS["deng"], "exact")


def test_any_contiguous_part_of_the_characters_finds_the_name(session: Any) -> None:
    assert {IDS["ipos"], IDS["cnipa"]} <= set(ids(search(session, "知识产权局")))
    assert IDS["wipo"] not in ids(search(session, "知识产权局"))
    assert IDS["deng"] in ids(search(session, "鸿森"))
    assert IDS["wipo"] in ids(search(session, "产权组"))


def test_a_person_found_by_any_name_is_one_hit_with_all_names(session: Any) -> None:
    for q in ["邓鸿森", "Daren Tang", "denghongsen", "tang heng shim"]:
        hits = [h for h in search(session, q) if h.id == IDS["deng"] and h.kind == "person"]
        assert len(hits) == 1, q
        names = {hits[0].name, *hits[0].aliases}
        assert names == {"邓鸿森", "Daren Tang", "Daren Tang Heng Shim"}


# ---------------------------------------------------------------- pinyin


@pytest.mark.parametrize("q", ["denghongsen", "deng hong sen", "Deng Hongsen", "DENGHONGSEN"])
def test_full_pinyin_joined_spaced_any_case_finds_a_chinese_name(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.id, h.how) == (IDS["deng"], "exact")


def test_initials_find_a_chinese_name(session: Any) -> None:
    h = top(session, "dhs")
    assert (h.id, h.how) == (IDS["deng"], "initials")
    h = top(session, "xjpzscqj")
    assert (h.id, h.kind, h.how) == (IDS["ipos"], "organisation", "initials")


@pytest.mark.parametrize("q", ["denghs", "dhongsen", "dhsen", "denghsen", "dhongs"])
def test_mixed_full_pinyin_and_initials_find_a_chinese_name(session: Any, q: str) -> None:
    assert top(session, q).id == IDS["deng"]


@pytest.mark.parametrize("q,who", [("huwenh", "hu"), ("dengh", "deng"), ("shenchan", "shen")])
def test_a_partial_last_syllable_finds_a_chinese_name(session: Any, q: str, who: str) -> None:
    assert IDS[who] in ids(search(session, q))


def test_the_pinyin_of_a_given_name_finds_the_person(session: Any) -> None:
    assert IDS["deng"] in ids(search(session, "hongsen"))


@pytest.mark.parametrize(
    "q", ["dèng hóng sēn", "deng4hong2sen1", "Dèng Hóngsēn", "deng4 hong2 sen1"]
)
def test_tone_marks_and_tone_numbers_are_ignored(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.id, h.how) == (IDS["deng"], "exact")


@pytest.mark.parametrize("q", ["lvming", "lü ming", "lu:ming", "Lǚ Míng", "lv3ming2"])
def test_u_umlaut_can_be_typed_as_v_u_colon_or_with_marks(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.id, h.how) == (IDS["lv"], "exact")


def test_plain_u_finds_u_umlaut_as_fuzzy(session: Any) -> None:
    assert IDS["lv"] in ids(search(session, "luming"))


def test_every_reading_of_a_heteronym_finds_the_name_likely_reading_first(session: Any) -> None:
    likely = [h for h in search(session, "shen changyu") if h.id == IDS["shen"]]
    other = [h for h in search(session, "shen zhangyu") if h.id == IDS["shen"]]
    assert likely and other
    assert likely[0].how == "exact" and other[0].how == "heteronym"
    assert likely[0].score > other[0].score


def test_surname_readings_of_heteronyms(session: Any) -> None:
    h = top(session, "zengguofan")
    assert (h.id, h.how) == (IDS["zeng"], "exact")
    assert IDS["zeng"] in ids(search(session, "cengguofan"))  # pypinyin's default, ranked lower


@pytest.mark.parametrize("q", ["sen changyu", "shen canyu", "sen canyu", "shenchanyu"])
def test_fuzzy_initials_and_finals_find_a_chinese_name(session: Any, q: str) -> None:
    hits = [h for h in search(session, q) if h.id == IDS["shen"] and h.kind == "person"]
    assert hits and hits[0].how == "fuzzy"


def test_chinese_homophone_characters_find_the_name_as_fuzzy(session: Any) -> None:
    hits = search(session, "邓宏森")  # 宏 for 鸿: same sound
    assert hits and hits[0].id == IDS["deng"] and hits[0].how == "fuzzy"
