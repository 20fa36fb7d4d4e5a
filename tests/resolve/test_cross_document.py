"""Resolution through a real import: one entity however many documents and languages name it."""

from __future__ import annotations

import json
from pathlib import Path


def _export(ipx, db: str) -> dict:
    return json.loads(ipx("export", "--no-text", "--db", db).stdout)


def _org(data: dict, name: str) -> dict:
    return next(o for o in data["organisations"] if name in [o["name"], *o["aliases"]])


def test_a_bilingual_release_gives_each_agreement_once(ipx, empty_db, tmp_path: Path) -> None:
    doc = tmp_path / "joint.txt"
    doc.write_text(
        "The Intellectual Property Office of Singapore (IPOS) and the Japan Patent Office "
        "(JPO) signed a memorandum of understanding in Tokyo on 3 March 2021.\n\n"
        "2021年3月3日，新加坡知识产权局与日本特许厅在东京签署了谅解备忘录。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(doc), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    ipos, jpo = _org(data, "IPOS"), _org(data, "JPO")
    mous = [a for a in data["agreements"] if {ipos["id"], jpo["id"]} & set(a["parties"])]
    assert len(mous) == 1 and {ipos["id"], jpo["id"]} <= set(mous[0]["parties"])


def test_a_body_named_with_its_country_in_another_form_is_one_entity(ipx, empty_db, tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(
        "The Kenyan Copyright Board signed a memorandum of understanding with the "
        "World Intellectual Property Organization (WIPO) on 4 May 2022.\n",
        encoding="utf-8",
    )
    two.write_text(
        "Officials of the Copyright Board of Kenya met the European Patent Office (EPO) "
        "in Munich on 9 June 2023.\n",
        encoding="utf-8",
    )
    assert ipx("import", str(one), str(two), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    boards = [o for o in data["organisations"] if "Copyright Board" in o["name"]]
    assert len(boards) == 1
    assert len(boards[0]["sources"]) == 2


def test_an_embassy_named_in_english_and_in_chinese_is_one_body(ipx, empty_db, tmp_path):
    doc = tmp_path / "embassy.txt"
    doc.write_text(
        "Officials of the Embassy of the People's Republic of China in Switzerland attended "
        "the signing of a memorandum of understanding between the China National "
        "Intellectual Property Administration (CNIPA) and the European Patent Office (EPO) "
        "in Bern on 7 May 2024.\n\n"
        "2024年5月7日，中华人民共和国驻瑞士联邦大使馆官员出席了中国国家知识产权局与"
        "欧洲专利局谅解备忘录的签署仪式。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(doc), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    embassies = [
        o
        for o in data["organisations"]
        if any("Embassy" in n or "大使馆" in n for n in [o["name"], *o["aliases"]])
    ]
    assert len(embassies) == 1
    names = {embassies[0]["name"], *embassies[0]["aliases"]}
    assert {"Embassy of the People's Republic of China in Switzerland"} <= names
    assert "中华人民共和国驻瑞士联邦大使馆" in names


def test_a_consulate_with_its_host_city_abbreviated_is_the_one_named_in_full(
    ipx, empty_db, tmp_path: Path
) -> None:
    doc = tmp_path / "visit.txt"
    doc.write_text(
        "加拿大驻重庆总领事馆官员到访市版权局\n\n"
        "2026年4月9日，加拿大驻渝总领事馆商务领事一行访问了市版权局，双方就作品登记和"
        "版权保护交换了意见。\n",
        encoding="utf-8",
    )
    assert ipx("import", str(doc), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    consulates = [o for o in data["organisations"] if "总领事馆" in o["name"]]
    assert len(consulates) == 1
    names = {consulates[0]["name"], *consulates[0]["aliases"]}
    assert {"加拿大驻重庆总领事馆", "加拿大驻渝总领事馆"} <= names


def test_a_body_written_with_an_ampersand_is_the_body_written_with_and(ipx, empty_db, tmp_path):
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text(
        "The Baltic Patent and Design Council signed a memorandum of understanding with the "
        "European Patent Office on 9 May 2023.\n",
        encoding="utf-8",
    )
    two.write_text(
        "Officials of the Baltic Patent & Design Council visited Munich in June 2023.\n",
        encoding="utf-8",
    )
    assert ipx("import", str(one), str(two), "--db", empty_db).exit_code == 0
    data = _export(ipx, empty_db)
    baltic = [o for o in data["organisations"] if o["name"].startswith("Baltic Patent")]
    assert len(baltic) == 1 and "Baltic Patent & Design Council" in baltic[0]["aliases"]
