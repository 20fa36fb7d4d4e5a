"""Through a real import: one person however differently documents write the name, when
both documents give the person a role at the same body."""

from __future__ import annotations

from tests.imported import import_texts


def _people_named(data: dict, word: str) -> list[dict]:
    return [p for p in data["people"] if any(word in n for n in [p["name"], *p["aliases"]])]


def test_a_full_name_read_after_its_short_form_is_the_same_person(ipx, empty_db, tmp_path):
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Tiago Henrique Ribeiro, President of the European Patent Office (EPO), opened "
        "the examiners' forum in Munich on 5 May 2023.\n",
        "Tiago Henrique Lemos Ribeiro, President of the European Patent Office (EPO), "
        "received a delegation from Chile in Munich on 8 August 2023.\n",
    )
    people = _people_named(data, "Ribeiro")
    assert len(people) == 1
    names = {people[0]["name"], *people[0]["aliases"]}
    assert {"Tiago Henrique Ribeiro", "Tiago Henrique Lemos Ribeiro"} <= names


def test_a_hokkien_spelt_name_and_its_chinese_characters_are_one_person(ipx, empty_db, tmp_path):
    english = (
        "Lim Jia Hui, Director of Patents at the Intellectual Property Office of Singapore "
        "(IPOS), spoke at the regional workshop in Jakarta on 6 June 2024.\n"
    )
    chinese = "2024年7月2日，新加坡知识产权局专利司司长林佳慧在北京会见了中方代表团。\n"
    for order in ((english, chinese), (chinese, english)):
        db = empty_db.replace("empty.db", f"order{len(order[0])}.db")
        data = import_texts(ipx, db, tmp_path, *order)
        people = _people_named(data, "林佳慧")
        assert len(people) == 1
        assert "Lim Jia Hui" in {people[0]["name"], *people[0]["aliases"]}


def test_a_chinese_name_seen_before_joins_its_pinyin_form_once_they_share_a_body(
    ipx, empty_db, tmp_path
):
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2024年5月8日，上海市知识产权局局长周文博在上海会见了来访的法国企业代表。\n",
        "Zhou Wenbo, Deputy Commissioner of the China National Intellectual Property "
        "Administration (CNIPA), opened a training course for examiners on 2 July 2024.\n",
        "2024年9月3日，国家知识产权局副局长周文博在北京出席了专利审查国际研讨会。\n",
    )
    people = _people_named(data, "周文博")
    assert len(people) == 1
    assert "Zhou Wenbo" in {people[0]["name"], *people[0]["aliases"]}
