"""A known body's Latin name followed by a kind word (WIPO机构代表, 与WIPO组织合作): the kind
tells a Chinese reader what the acronym is, so the known body is meant, not a second body
named "WIPO机构" (importers/zh/orgs/phrases.phrase). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_an_acronym_and_the_word_for_institution_names_the_known_body() -> None:
    names = org_names(run("会后，国家知识产权局与WIPO机构代表就数字化合作交换了意见。\n"))
    assert "WIPO" in names
    assert "WIPO机构" not in names


def test_an_acronym_and_a_kind_before_its_experts() -> None:
    names = org_names(run("中方审查员与EPO机构专家一同审阅了检索报告。\n"))
    assert "EPO机构" not in names
    assert "EPO" in names


def test_an_acronym_and_a_kind_before_a_head_s_title() -> None:
    names = org_names(run("IPOS机构负责人陈美玲介绍了新加坡的审查制度。\n"))
    assert "IPOS机构" not in names
    assert "IPOS" in names
