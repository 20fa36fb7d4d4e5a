"""A former body marked by 前 before its name (前工业署) and verbs of taking charge or passing
something on (执掌, 分享) between a person or a country and a body: where a grown name opens
and ends (importers/zh/orgs/grown.py, [former_marks] and [verb_stops] of zh.txt)."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_a_former_body_is_named_from_after_its_mark() -> None:
    assert org_names(run("她的履历涵盖前工业署和前贸易署。")) == {"工业署", "贸易署"}


def test_words_before_the_former_mark_are_no_part_of_the_name() -> None:
    for text in ("新政府并入前工业署的职能。", "他的工作范围涵盖香港前工业署的事务。"):
        assert org_names(run(text)) == {"工业署"}


def test_a_place_word_split_after_its_first_character_stays_in_the_name() -> None:
    assert org_names(run("深圳前海管理局发布通知。")) == {"深圳前海管理局"}


def test_a_body_someone_takes_charge_of_is_named_alone() -> None:
    found = run("一名巴西人执掌世界贸易组织已有多年。")
    assert [o.name for o in found.orgs] == ["世界贸易组织"]


def test_a_country_sharing_what_a_counted_group_gained_names_no_body() -> None:
    assert not org_names(run("两局愿与更多国家分享两局积累的审查经验。"))
