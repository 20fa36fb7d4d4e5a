"""A foreign name written by sound in Chinese (奥卢米德·卡里姆) and in Latin letters (Olumide
Kareem) is one person when both hold a role at the same organisation."""

from __future__ import annotations

import json
from pathlib import Path


def _people(ipx, db: str) -> list[dict]:
    return json.loads(ipx("export", "--no-text", "--db", db).stdout)["people"]


def _with(people: list[dict], name: str) -> list[dict]:
    return [p for p in people if name in [p["name"], *p["aliases"]]]


def test_a_transliterated_head_and_the_latin_name_in_another_document_are_one_person(
    ipx, empty_db, tmp_path: Path
) -> None:
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text(
        "Harare, 3 June 2024 - The Director General of the African Regional Intellectual "
        "Property Organization (ARIPO), Olumide Kareem, opened the training week.\n",
        encoding="utf-8",
    )
    zh.write_text(
        "2024年9月2日，非洲地区知识产权组织总干事奥卢米德·卡里姆来访国家知识产权局。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(en), str(zh), "--db", empty_db).exit_code == 0
    [person] = _with(_people(ipx, empty_db), "Olumide Kareem")
    assert "奥卢米德·卡里姆" in [person["name"], *person["aliases"]]


def test_names_that_do_not_sound_alike_stay_two_people(ipx, empty_db, tmp_path: Path) -> None:
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text(
        "Harare, 3 June 2024 - The Director General of the African Regional Intellectual "
        "Property Organization (ARIPO), Olumide Kareem, opened the training week.\n",
        encoding="utf-8",
    )
    zh.write_text(
        "2024年9月2日，非洲地区知识产权组织副总干事克里斯蒂娜·莫约来访国家知识产权局。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(en), str(zh), "--db", empty_db).exit_code == 0
    people = _people(ipx, empty_db)
    assert len(_with(people, "Olumide Kareem")) == 1
    assert "克里斯蒂娜·莫约" not in _with(people, "Olumide Kareem")[0]["aliases"]


def test_a_bilingual_statement_names_each_signatory_once(ipx, empty_db, tmp_path: Path) -> None:
    doc = tmp_path / "joint.txt"
    doc.write_text(
        "Stefan Lorenzen, Vice-President of the European Patent Office (EPO), led its "
        "delegation to the talks in Tokyo on 4 May 2023.\n\n"
        "2023年5月4日，欧洲专利局代表团由副局长斯特凡·洛伦岑率领，在东京参加会谈。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(doc), "--db", empty_db).exit_code == 0
    [person] = _with(_people(ipx, empty_db), "Stefan Lorenzen")
    assert "斯特凡·洛伦岑" in [person["name"], *person["aliases"]]


def test_a_latin_name_with_a_middle_initial_is_one_person_with_its_transliteration(
    ipx, empty_db, tmp_path: Path
) -> None:
    en, zh = tmp_path / "en.txt", tmp_path / "zh.txt"
    en.write_text(
        "Harare, 3 June 2024 - The Director General of the African Regional Intellectual "
        "Property Organization (ARIPO), Mario T. Papa, opened the training week.\n",
        encoding="utf-8",
    )
    zh.write_text(
        "2024年9月2日，非洲地区知识产权组织总干事马里奥·帕帕来访国家知识产权局。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(en), str(zh), "--db", empty_db).exit_code == 0
    [person] = _with(_people(ipx, empty_db), "Mario T. Papa")
    assert "马里奥·帕帕" in [person["name"], *person["aliases"]]


def test_a_name_written_by_sound_never_joins_a_person_whose_chinese_name_is_chinese(
    ipx, empty_db, tmp_path: Path
) -> None:
    # 安娜·海姆 sounds like a part of the reference name Daren Tang Heng Shim, whose Chinese
    # name is 邓鸿森: Chinese text would call him that, so she is someone else.
    zh = tmp_path / "zh.txt"
    zh.write_text(
        "2024年6月5日，世界知识产权组织总干事邓鸿森来访国家知识产权局，"
        "世界知识产权组织助理总干事安娜·海姆陪同来访。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(zh), "--db", empty_db).exit_code == 0
    people = _people(ipx, empty_db)
    [head] = _with(people, "邓鸿森")
    assert "安娜·海姆" not in [head["name"], *head["aliases"]]
    assert len(_with(people, "安娜·海姆")) == 1
