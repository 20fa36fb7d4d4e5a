"""An assistant's post named with its body's head noun (importers/zh/orgs/boundaries.py,
role_context.py), a Latin head word alone in a translated headline (orgs/latin.py), and a
Chinese headline with its English rendering on one line (headline_lines.py); 助理部长 and
an examiner by field (专利审查官) are titles (store/text/words/zh.txt)."""

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


def test_an_assistant_head_written_with_assistant_first_holds_the_post() -> None:
    facts = run("阿联酋经济部助理部长哈立德·本·赛义德出席了开幕式。", reference=REF)
    assert ("哈立德·本·赛义德", "助理部长", "阿联酋经济部") in roles(facts)


def test_an_examiner_named_by_field_in_a_shared_list_holds_the_post() -> None:
    facts = run("国家知识产权局副局长陈怡君、专利审查官林家豪出席。", reference=REF)
    assert ("林家豪", "专利审查官", "国家知识产权局") in roles(facts)
