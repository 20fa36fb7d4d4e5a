"""和, 与, 及 after a body and before a common noun and a title (某组织和学界代表) join two
groups of representatives: no 和 family name (importers/zh/names.plausible_name). Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.zh.helpers import people, run


def test_a_conjunction_and_a_sector_before_representatives_names_no_one() -> None:
    facts = run("论坛汇聚了世界知识产权组织和学界代表共百余人。\n")
    assert people(facts) == set()


def test_a_conjunction_before_a_sector_and_delegates_names_no_one() -> None:
    facts = run("会议邀请世界知识产权组织与业界代表出席。\n")
    assert people(facts) == set()


def test_a_name_after_the_body_s_title_is_still_read() -> None:
    facts = run("世界知识产权组织副总干事王志强和业界代表在会上致辞。\n")
    assert "王志强" in people(facts)
