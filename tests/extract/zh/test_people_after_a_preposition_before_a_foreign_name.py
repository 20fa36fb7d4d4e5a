"""向 (a family name too) read as a preposition before a transliterated name jieba knows whole
(向 + 默克尔) opens a phrase, no name of its own: the foreign name is no family name and a given
name, and a person cut from 向 and its first characters is nobody
(importers/zh/names.py, `_preposition_phrase`)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, run


def test_a_preposition_before_a_transliterated_name_names_nobody_with_it() -> None:
    for text in ("司长向默克尔介绍了合作进展。", "局长向克林顿赠送了纪念品。"):
        assert not any(name.startswith("向") for name in people(run(text)))


def test_the_family_name_before_a_two_character_given_name_still_names_a_person() -> None:
    assert people(run("局长向春华出席了会议。")) == {"向春华"}
