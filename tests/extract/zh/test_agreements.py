"""Agreements (importers/zh/agreements.py, agreement_dates.py): signings with their
parties and dates; consensus, counts, talks and witnesses are not agreements."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, org_names, run


def test_a_signed_mou_has_both_parties() -> None:
    facts = run(
        "2023年6月8日，国家知识产权局局长申长雨与欧洲专利局局长伯诺瓦·巴蒂斯特利在北京签署"
        "《中欧知识产权合作谅解备忘录》。"
    )
    [(title, kind, date, parties)] = agreements(facts)
    assert kind == "mou" and date == "2023-06-08"
    assert parties == {"国家知识产权局", "欧洲专利局"}
    assert {p.name for p in facts.people if p.key in facts.agreements[0].signatories} == {
        "申长雨",
        "伯诺瓦·巴蒂斯特利",
    }


def test_a_month_and_day_take_the_year_of_the_document() -> None:
    facts = run("3月15日，苏州市知识产权局与新加坡知识产权局签订了知识产权合作协议。", "2024-03-20")
    assert agreements(facts)[0][2] == "2024-03-15"


def test_consensus_is_not_an_agreement() -> None:
    facts = run("双方就进一步加强合作、共同推动知识产权研究和教育发展达成共识。")
    assert facts.agreements == []


def test_a_count_of_agreements_is_not_an_agreement() -> None:
    facts = run("目前，国家知识产权局已与多个国家签署 52 份合作协议。")
    assert facts.agreements == []


def test_witnesses_are_not_parties() -> None:
    facts = run("在商务部副部长王受文的见证下，国家知识产权局与欧洲专利局签订了工作计划。")
    [(_title, kind, _date, parties)] = agreements(facts)
    assert kind == "work_plan" and parties == {"国家知识产权局", "欧洲专利局"}


def test_each_bulletin_item_carries_its_own_date() -> None:
    text = (
        "知识产权合作简报\n2022年第2期 2022年12月20日\n\n"
        "一、苏州市知识产权局与新加坡知识产权局签署合作备忘录\n\n"
        "11月3日，苏州市知识产权局与新加坡知识产权局签署《知识产权合作备忘录》。\n\n"
        "二、双方就专利审查合作进行磋商\n\n12月1日，双方同意尽快启动合作协议文本磋商。\n"
    )
    [(title, kind, date, _parties)] = agreements(run(text, repaired=True))
    assert kind == "mou" and date == "2022-11-03" and title == "知识产权合作备忘录"


def test_talks_about_signing_are_not_signings() -> None:
    text = "欧洲专利局副局长与新加坡知识产权局局长就签署专利审查高速路协议进行了磋商。"
    assert agreements(run(text)) == []


def test_two_titles_joined_in_one_sentence_are_two_agreements() -> None:
    text = "2022年4月2日，国家知识产权局与欧洲专利局签署了《数据交换协议》和《人员交流工作计划》。"
    got = {(t, k) for t, k, _d, _p in agreements(run(text))}
    assert got == {("数据交换协议", "agreement"), ("人员交流工作计划", "work_plan")}


def test_an_undelimited_letter_of_intent_after_a_signing_verb_is_found() -> None:
    text = "5月9日，苏州市知识产权局与新加坡知识产权局签署合作意向书。"
    [(title, kind, _date, parties)] = agreements(run(text, "2024-05-10"))
    assert kind == "letter_of_intent" and parties == {"苏州市知识产权局", "新加坡知识产权局"}


def test_separate_signings_with_several_parties_give_one_agreement_each() -> None:
    text = "国家知识产权局分别与欧洲专利局、新加坡知识产权局签署了谅解备忘录。"
    got = [p for _t, _k, _d, p in agreements(run(text))]
    assert {"国家知识产权局", "欧洲专利局"} in got and {"国家知识产权局", "新加坡知识产权局"} in got


def test_a_dateline_and_relative_years_date_agreements() -> None:
    text = (
        "欧洲专利局与新加坡知识产权局今日签署合作协议。\n"
        "此外，新加坡知识产权局已于去年与世界知识产权组织签署谅解备忘录。\n"
        "二〇二二年九月八日（星期四）\n"
    )
    dates = {a.kind: a.date for a in run(text, repaired=True).agreements}
    assert dates == {"agreement": "2022-09-08", "mou": "2021"}


def test_separate_signings_with_a_list_give_one_agreement_per_counterpart() -> None:
    facts = run(
        "2023年5月，杭州市知识产权局分别与星河智能科技有限公司、远航生物医药股份有限公司"
        "和青禾大学签署合作备忘录。",
        repaired=True,
    )
    members = {"星河智能科技有限公司", "远航生物医药股份有限公司", "青禾大学"}
    assert members <= org_names(facts)
    got = agreements(facts)
    assert len(got) == 3
    assert {frozenset(p) for _t, _k, _d, p in got} == {
        frozenset({"杭州市知识产权局", m}) for m in members
    }


def test_a_headline_and_the_body_report_one_agreement() -> None:
    facts = run(
        "国知局与欧洲专利局签署数据交换合作备忘录\n"
        "2024年3月5日，国家知识产权局与欧洲专利局在北京签署"
        "《关于专利数据交换合作的谅解备忘录》。",
        repaired=True,
    )
    [(title, kind, date, parties)] = agreements(facts)
    assert (title, kind, date) == ("关于专利数据交换合作的谅解备忘录", "mou", "2024-03-05")
    assert parties == {"国家知识产权局", "欧洲专利局"}


def test_a_document_named_before_the_renewal_verb_is_renewed() -> None:
    facts = run("2024年6月，国家知识产权局与欧洲专利局将《专利审查合作谅解备忘录》续签三年。")
    assert agreements(facts) == [
        ("专利审查合作谅解备忘录", "mou", "2024-06", {"国家知识产权局", "欧洲专利局"})
    ]


def test_a_year_range_in_a_title_does_not_date_the_signing() -> None:
    facts = run(
        "国家知识产权局与欧洲专利局签署2023—2024年合作工作计划\n"
        "9月15日，欧洲专利局局长来访。会谈后，国家知识产权局副局长周平与欧洲专利局"
        "副局长史密斯签署了《国家知识产权局与欧洲专利局2023—2024年合作工作计划》。",
        date="2022-09-20",
        repaired=True,
    )
    [(title, kind, date, parties)] = agreements(facts)
    assert (kind, date) == ("work_plan", "2022-09-15")
    assert parties == {"国家知识产权局", "欧洲专利局"}


def test_a_founding_year_does_not_date_a_later_signing() -> None:
    facts = run(
        "6月9日，国家知识产权局与新加坡知识产权局在杭州举行会谈。"
        "两局的交流始于1987年设立的联络机制。"
        "会上，国家知识产权局与新加坡知识产权局签署了《专利信息交换合作备忘录》。",
        date="2023-06-10",
    )
    dates = {t: d for t, _k, d, _p in agreements(facts)}
    assert dates["专利信息交换合作备忘录"] == "2023-06-09"


def test_a_start_date_after_the_signing_does_not_date_it() -> None:
    facts = run(
        "2022年5月12日，国家知识产权局与新加坡知识产权局签署了《专利审查高速路试点谅解备忘录》，"
        "试点自2022年7月1日起实施；并与日本专利局签署了《年度合作计划》。",
        date="2022-05-13",
    )
    dates = {t: d for t, _k, d, _p in agreements(facts)}
    assert dates["专利审查高速路试点谅解备忘录"] == "2022-05-12"
    assert dates["年度合作计划"] == "2022-05-12"


def test_an_assembly_signs_as_its_organisation() -> None:
    facts = run(
        "6月29日，在欧洲专利组织（EPOrg）大会期间，国家知识产权局局长王伟与欧洲专利组织"
        "主席李斯特在慕尼黑会谈，并签署《数据交换协议》。",
        date="2021-06-30",
    )
    parties = {t: p for t, _k, _d, p in agreements(facts)}
    assert parties["数据交换协议"] == {"国家知识产权局", "欧洲专利组织"}


def test_a_clause_after_a_semicolon_that_opens_with_a_joiner_shares_the_subject() -> None:
    facts = run(
        "5月9日，国家知识产权局与欧洲专利局签署了《合作谅解备忘录》；"
        "与新加坡知识产权局签署了《2025年合作工作计划》。"
    )
    plans = [a for a in agreements(facts) if a[1] == "work_plan"]
    assert plans and plans[0][3] == {"国家知识产权局", "新加坡知识产权局"}


def test_a_date_something_runs_from_is_not_the_signing_date() -> None:
    facts = run(
        "2024年会议纪要\n一、国家知识产权局与欧洲专利局签署了《合作谅解备忘录》，项目自7月1日起实施；"
        "与新加坡知识产权局签署了《2025年合作工作计划》。"
    )
    assert all(a[2] != "2024-07-01" for a in agreements(facts))


def test_a_signing_planned_before_a_long_name_is_not_an_agreement() -> None:
    facts = run("另据悉，国家知识产权局计划于年内与新加坡知识产权局签署合作意向书。")
    assert agreements(facts) == []


def test_a_signing_verb_inside_a_title_signs_nothing() -> None:
    facts = run(
        "国家知识产权局与欧洲专利局签署了《2026年合作工作计划》，并续签了《关于检索报告交换的谅解备忘录》。"
    )
    titles = [a[0] for a in agreements(facts)]
    assert "关于检索报告交换的谅解备忘录" in titles
    assert "谅解备忘录" not in titles  # 交换 in the title is no second signing


def test_a_plan_named_in_a_title_does_not_make_the_next_signing_a_plan() -> None:
    facts = run(
        "国家知识产权局与欧洲专利局签署了《合作工作计划》，并续签了《数据共享谅解备忘录》。"
    )
    assert {a[1] for a in agreements(facts)} == {"work_plan", "mou"}


def test_a_signing_after_yesterdays_meeting_is_dated_the_day_before() -> None:
    text = (
        "本报北京5月9日电 第三次局长会议昨天在北京举行。"
        "会后，国家知识产权局与欧洲专利局签署了《合作谅解备忘录》。"
    )
    [(_title, _kind, date, _parties)] = agreements(run(text, date="2025-05-09"))
    assert date == "2025-05-08"


def test_an_acronym_in_brackets_inside_a_document_name_keeps_the_whole_name() -> None:
    facts = run("5月6日，国家知识产权局与欧洲专利局续签专利审查高速路（PPH）合作协议。")
    assert [a[0] for a in agreements(facts)] == ["专利审查高速路(PPH)合作协议"]


def test_a_headline_ending_in_latin_letters_is_not_run_into_the_next_line() -> None:
    text = (
        "国家知识产权局与欧洲专利局续签PPH\n"
        "6月4日，国家知识产权局与欧洲专利局续签专利审查高速路（PPH）合作协议。\n"
    )
    assert len(agreements(run(text, repaired=True))) == 1


def test_a_signing_talked_about_before_a_quoted_event_name_is_not_an_agreement() -> None:
    facts = run("澳门大学表示，正与新加坡知识产权局洽谈在「创新科技博览会」期间签署合作意向书。")
    assert facts.agreements == []
