"""与X签署《Y》 clauses that name only the counterpart (agreement_subjectless.py,
agreement_parties.sentence_subject).

A survey's list of achievements (与甲局签署《某协定》，与乙局签署行动计划) names no signer, no
date and speaks for no office: it recalls records, and reports no signing. The same clause
dated is a signing reported, with the counterpart as its one known party; and in
"与甲签署…，与乙签署…" 甲 is a counterpart too, never the subject of the second clause.
"""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run

SURVEY = (
    "中国积极参与全球知识产权治理，与多个国家建立合作关系。"
    "与欧洲专利局签署《海产品审查合作协定》，与新加坡知识产权局签署2020—2021年行动计划，"
    "合作成果丰硕。"
)


def test_undated_clauses_with_only_a_counterpart_in_a_survey_report_no_signing() -> None:
    assert agreements(run(SURVEY, None, repaired=True)) == []


def test_a_dated_clause_with_only_a_counterpart_is_a_signing_with_it() -> None:
    text = (
        "2021年3月，与欧洲专利局签署《海产品审查合作协定》，与新加坡知识产权局签署2021年行动计划。"
    )
    found = agreements(run(text, "2021-04-01", repaired=True))
    assert [p for _t, _k, _d, p in found] == [{"欧洲专利局"}, {"新加坡知识产权局"}]


def test_an_undated_clause_on_a_line_of_its_own_is_an_item_of_the_publishers_list() -> None:
    text = "【双边合作】\n▶ 首尔\n与新加坡知识产权局续签合作谅解备忘录，副局长出席签字仪式\n"
    found = agreements(run(text, None, repaired=True))
    assert [(k, p) for _t, k, _d, p in found] == [("mou", {"新加坡知识产权局"})]


def test_a_pair_named_in_the_sentence_before_is_no_counterpart_of_the_clause() -> None:
    text = "新加坡知识产权局与欧洲专利局交流频繁。会上双方审议通过《2023—2024年度合作工作计划》。"
    found = agreements(run(text, None, repaired=True))
    assert [k for _t, k, _d, _p in found] == ["work_plan"]
