"""A body written only as the issuer of a notice the text cites (《某局办公室关于…的通知》): the
title names a source, no body the text mentions; a body it names elsewhere is still found there,
and the parties opening an agreement's title are its bodies."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_the_issuer_of_a_cited_notice_is_no_mention() -> None:
    facts = run(
        "据《国家知识产权局办公室关于公布年度试点单位名单的通知》"
        "(国知办函字〔2031〕7号),南山理工大学名列其中。"
    )
    assert not any("国家知识产权局" in n for n in org_names(facts))
    assert "南山理工大学" in org_names(facts)


def test_the_issuer_named_outside_the_title_is_found_there() -> None:
    facts = run(
        "根据《国家知识产权局关于开展试点工作的通知》,国家知识产权局局长张某某出席了启动仪式。"
    )
    assert "国家知识产权局" in org_names(facts)


def test_the_parties_of_an_agreement_s_title_are_bodies() -> None:
    facts = run("双方签署了《国家知识产权局与欧洲专利局关于深化合作的谅解备忘录》。")
    assert {"国家知识产权局", "欧洲专利局"} <= org_names(facts)


def test_a_body_opening_a_quoted_programme_s_name_is_its_funder_not_a_mention() -> None:
    facts = run("南湖大学获批“北岭市人民政府留学生市长奖学金项目”，首批学员已经报到。")
    assert "北岭市人民政府" not in org_names(facts)
    assert "南湖大学" in org_names(facts)


def test_a_quoted_body_with_no_programme_word_after_it_is_still_a_mention() -> None:
    facts = run("南湖大学与“北岭市人民政府”签署了合作协议。")
    assert "北岭市人民政府" in org_names(facts)
