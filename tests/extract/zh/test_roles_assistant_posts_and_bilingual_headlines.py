"""An assistant's post named with its body's head noun (importers/zh/orgs/boundaries.py,
role_context.py), a Latin head word alone in a translated headline (orgs/latin.py), and a
Chinese headline with its English rendering on one line (headline_lines.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def test_an_assistant_librarian_holds_the_post_at_the_library_named_before() -> None:
    facts = run("北岭科技大学图书馆助理图书馆馆长林嘉欣出席了开幕式。", reference=REF)
    assert ("林嘉欣", "助理图书馆馆长", "北岭科技大学图书馆") in roles(facts)
    assert "北岭科技大学图书馆助理图书馆" not in org_names(facts)


def test_a_latin_head_word_alone_in_an_english_headline_is_no_body() -> None:
    text = (
        "南洋图书馆与北岭科技大学签署协议 Nanyang Library Signs an Agreement with the "
        "University of Beiling\n"
    )
    facts = run(
        text + "5月9日,南洋图书馆与北岭科技大学签署合作协议。", reference=REF, repaired=True
    )
    assert "University" not in org_names(facts)


def test_a_headline_with_its_english_rendering_reports_the_body_s_signing_once() -> None:
    text = (
        "南洋图书馆与北岭科技大学签署合作协议 Nanyang Library and Beiling University of "
        "Technology Sign a Cooperation Agreement\n5月9日,南洋图书馆与北岭科技大学签署专利文献"
        "服务合作框架协议。"
    )
    facts = run(text, reference=REF, repaired=True)
    assert len(facts.agreements) == 1
