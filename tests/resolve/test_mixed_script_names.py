"""Chinese news keeps a body's Latin name or acronym and gives the rest of its name in
Chinese (IPOS国际公司): the form is tried in English, and so leads to the body known by the
English name, never to a new one."""

from __future__ import annotations

from typing import Any

import pytest

from importers.resolve.mixed_names import in_english


@pytest.mark.parametrize(
    ("mixed", "english"),
    [
        ("EUIPO国际", "EUIPO International"),
        ("Acme集团有限公司", "Acme Group"),
        ("Orbit 亚洲", "Orbit Asia"),
        ("Nova國際公司", "Nova International"),
    ],
)
def test_a_latin_name_with_listed_chinese_words_is_read_in_english(
    mixed: str, english: str
) -> None:
    assert in_english(mixed) == english


@pytest.mark.parametrize(
    "name",
    [
        "Acme公司",  # a legal form alone says nothing of the name
        "Acme研发中心",  # a word the list does not translate
        "国家知识产权局",
        "World Intellectual Property Organization",
    ],
)
def test_a_name_that_is_not_a_latin_name_with_listed_words_is_left_alone(name: str) -> None:
    assert in_english(name) is None


def test_a_latin_name_with_chinese_words_after_it_is_the_body_of_the_english_name(
    ipx: Any, empty_db: str, tmp_path: Any
) -> None:
    from tests.imported import import_texts

    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2025年5月20日，苏州工业园区管委会与IPOS国际公司签署知识产权培训合作备忘录。\n",
    )
    names = {o["name"]: o.get("aliases", []) for o in data["organisations"]}
    assert "IPOS国际公司" in names.get("IPOS International", [])


def test_a_known_bodys_chinese_name_with_listed_words_is_read_with_its_latin_names() -> None:
    from importers.resolve.mixed_names import after_known_body
    from importers.resolve.reference import load_reference

    ref = load_reference()
    assert "IPOS International" in after_known_body(ref, "新加坡知识产权局国际公司")
    assert "IPOS International" in after_known_body(ref, "新加坡知識產權局國際公司")
    assert after_known_body(ref, "新加坡知识产权局研究中心") == []  # a word the list lacks
    assert after_known_body(ref, "新加坡知识产权局") == []


def test_a_subsidiary_named_by_its_parents_chinese_name_is_the_body_of_the_english_name(
    ipx: Any, empty_db: str, tmp_path: Any
) -> None:
    from tests.imported import import_texts

    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年3月2日，新加坡知識產權局國際公司與台中市政府簽訂專利運營合作協議。\n",
    )
    names = {o["name"]: o.get("aliases", []) for o in data["organisations"]}
    assert "新加坡知識產權局國際公司" in names.get("IPOS International", [])
