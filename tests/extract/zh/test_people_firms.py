"""Law firms in an article by one of them: the author's byline names the author's firm
(作者：某某，X律师事务所合伙人), 本所 is that firm and 该所 the firm named last, and a foreign
firm's transliterated name before 律师事务所 is never a person."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, people, roles, run

ARTICLE = (
    "年度回顾\n"
    "作者：孙晓梅，上海锦华律师事务所合伙人\n"
    "　　今年6月，本所与英国布莱克·摩根律师事务所（Blake Morgan）在伦敦签署合作协议，"
    "本所管理合伙人陈立新与该所高级合伙人詹姆斯·沃德代表双方签字。\n"
)


def test_the_byline_names_the_author_s_firm() -> None:
    assert "上海锦华律师事务所" in org_names(run(ARTICLE, repaired=True))


def test_our_firm_and_that_firm_are_the_firms_the_text_named() -> None:
    found = roles(run(ARTICLE, repaired=True))
    assert ("陈立新", "管理合伙人", "上海锦华律师事务所") in found
    assert ("詹姆斯·沃德", "高级合伙人", "英国布莱克·摩根律师事务所") in found


def test_a_foreign_firm_s_name_is_no_person() -> None:
    assert not any("摩根" in p for p in people(run(ARTICLE, repaired=True)))


def test_an_author_line_without_a_body_stays_a_credit() -> None:
    facts = run("作者：孙晓梅\n国家知识产权局发布了年度报告。", repaired=True)
    assert "孙晓梅" not in people(facts)


def test_a_latin_name_with_a_scope_word_before_its_company_ending_is_one_body() -> None:
    facts = run("签约仪式上，Acme国际公司副总裁王晓明与对方代表交换了文本。", repaired=True)
    assert "Acme国际公司" in org_names(facts)
    assert ("王晓明", "副总裁", "Acme国际公司") in roles(facts)


def test_a_company_named_by_two_names_joined_by_a_dash_is_one_body() -> None:
    facts = run("代表团参观了梅塞德斯—奔驰公司和宝马集团。", repaired=True)
    assert "梅塞德斯—奔驰公司" in org_names(facts)
    assert "奔驰公司" not in org_names(facts)


def test_a_firm_of_two_founders_joined_by_a_dash_runs_to_its_ending() -> None:
    facts = run("代表团还考察了霍尔茨—韦伯知识产权法律事务所。", repaired=True)
    assert "霍尔茨—韦伯知识产权法律事务所" in org_names(facts)
