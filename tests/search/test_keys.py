"""The keys a name is stored under, and the word lists they are made from (search.txt)."""

from __future__ import annotations

import pytest

from store.search import keys, words
from store.search.readings import options
from store.text import lexicon


def test_spelling_variants_and_abbreviations_come_from_the_word_list() -> None:
    assert words.words_of("Organisation Centre Programme") == ["organization", "center", "program"]
    assert {"ip", "intellectual", "property"} <= words.word_set("IP Office")
    assert "ip" in words.word_set("Intellectual Property Office")
    assert "of" not in words.word_set("Office of Singapore")
    assert words.ABBREVIATIONS[("memorandum", "of", "understanding")] == "mou"


def test_a_pair_without_an_equals_sign_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "words", lambda file, section: ("centre center",))
    with pytest.raises(lexicon.LexiconError, match="left = right"):
        words.pairs("spellings")


def test_a_given_name_is_read_as_names_are_read() -> None:
    assert options("申长雨", person=True)[1][0] == "chang"
    assert options("欧阳修", person=True)[0][0] == "ou"


def test_a_chinese_name_has_its_pinyin_initials_and_parts() -> None:
    got = keys.name_keys("邓鸿森", person=True)
    assert got["邓鸿森"] == keys.T_NAME
    assert got["denghongsen"] == keys.T_NAME
    assert got["dhsen"] == keys.T_INITIALS  # "dhs" finds it as a prefix
    assert got["鸿森"] == keys.T_PART
    assert got["hongsen"] == keys.T_PART


def test_a_latin_name_has_its_words_and_acronyms() -> None:
    got = keys.name_keys("Intellectual Property Office of Singapore", person=False)
    assert got[".singapore"] == keys.T_WORD
    assert got[".ip"] == keys.T_WORD
    assert got["ipos"] == keys.T_ACRONYM
    assert "ipoos" in got


def test_a_name_is_stored_under_its_first_word_and_a_person_under_the_surname() -> None:
    """Head keys: the word, a space, the length of the name's key (heads.py)."""
    assert keys.name_keys("申长雨", person=True)["shen 011"] == keys.T_SURNAME
    assert keys.name_keys("欧阳修", person=True)["ouyang 009"] == keys.T_SURNAME
    assert keys.name_keys("Shen Changyu", person=True)["shen 011"] == keys.T_SURNAME
    western = keys.name_keys("Francis Gurry", person=True)
    assert (western["francis 012"], western["gurry 012"]) == (keys.T_HEAD, keys.T_SURNAME)
    office = keys.name_keys("Intellectual Property Office of Singapore", person=False)
    assert office["intellectual 037"] == keys.T_HEAD
    assert keys.name_keys("广东省人民政府", person=False)["guang 027"] == keys.T_HEAD
    assert not [k for k in keys.name_keys("WIPO", person=False) if " " in k]


def test_a_traditional_name_is_read_as_its_simplified_form() -> None:
    got = keys.name_keys("申長雨", person=True)
    assert got["shenchangyu"] == keys.T_NAME
    assert "zhangyu" not in got and got["shenzhangyu"] == keys.T_HETERONYM
