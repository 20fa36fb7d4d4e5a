"""Through a real import: a body written with its country in any form is one entity across
documents; a person named later by surname alone carries that form; a named group of
offices is one body; a sub-body named with its parent is the same sub-body in English and
Chinese."""

from __future__ import annotations

from tests.imported import import_texts


def test_a_ministry_with_its_country_possessive_or_after_of_is_one_entity(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Officials of Viet Nam’s Ministry of Planning and Investment visited the Korean "
        "Intellectual Property Office (KIPO) on 2 May 2023.\n",
        "The Ministry of Planning and Investment of Viet Nam hosted the Japan Patent Office "
        "(JPO) in Hanoi on 9 June 2023.\n",
    )
    ministries = [o for o in data["organisations"] if "Planning and Investment" in o["name"]]
    assert len(ministries) == 1
    assert len(ministries[0]["sources"]) == 2
    names = [ministries[0]["name"], *ministries[0]["aliases"]]
    assert "Ministry of Planning and Investment (Viet Nam)" in names
    assert not any("of State" in o["name"] for o in data["organisations"])


def test_a_surname_mention_is_an_alias_of_the_person_not_a_person(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Ingrid Halvorsen, President of the Nordic Patent Institute (NPI), opened the "
        "meeting in Oslo on 4 April 2024. Halvorsen warmly welcomed the delegates.\n",
    )
    people = [
        p
        for p in data["people"]
        if "Halvorsen" in [p["name"], *p["aliases"]] or p["name"].endswith("Halvorsen")
    ]
    assert len(people) == 1
    assert "Halvorsen" in people[0]["aliases"]


def test_the_five_ip_offices_are_the_named_group_ip5(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "The heads of the Five IP Offices (IP5) met in Seoul on 12 June 2024 and adopted a "
        "joint statement on new technologies.\n",
    )
    groups = [o for o in data["organisations"] if o["name"] == "IP5"]
    assert len(groups) == 1
    assert not any(
        o["name"].casefold() in ("offices", "five ip offices") for o in data["organisations"]
    )


def test_a_sub_body_named_with_its_parent_is_one_body_in_both_languages(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "The State Intellectual Property Office (SIPO) hosted a seminar in Beijing on 3 March "
        "2016. The Patent Reexamination Board of SIPO presented its case law.\n",
        "2016年3月3日，国家知识产权局专利复审委员会在北京举办研讨会。\n",
    )
    boards = [
        o
        for o in data["organisations"]
        if any("Reexamination" in n or "复审" in n for n in [o["name"], *o["aliases"]])
    ]
    assert len(boards) == 1
    assert len(boards[0]["sources"]) == 2
