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
