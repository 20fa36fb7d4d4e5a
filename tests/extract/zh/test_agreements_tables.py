"""Agreements an annual report lists in a table (importers/zh/agreement_table.py): one per row
that names a document, a partner and a date, signed by the partner and the office the report
speaks for (importers/zh/home.py); rows of plans are no agreements, and the prose that tells a
row again adds its signatories instead of a second agreement."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import agreements, run

OFFICES = parse(
    [
        {
            "id": "cnipa",
            "name": "China National Intellectual Property Administration",
            "names": [{"text": "国家知识产权局"}, {"text": "中国国家知识产权局"}],
        },
        {"id": "jpo", "name": "Japan Patent Office", "names": [{"text": "日本特许厅"}]},
        {
            "id": "kipo",
            "name": "Korean Intellectual Property Office",
            "names": [{"text": "韩国知识产权局"}],
        },
        {
            "id": "inpi-ar",
            "name": "National Institute of Industrial Property (Argentina)",
            "names": [{"text": "阿根廷国家工业产权局"}],
        },
        {
            "id": "ipos",
            "name": "Intellectual Property Office of Singapore",
            "names": [{"text": "新加坡知识产权局"}],
        },
    ],
    [],
)

REPORT = """国家知识产权局2021年度报告

第五章　对外交流

本年度我局同多个合作伙伴签署的主要文件列于下表。

| 序号 | 签约对方 | 文件 | 签订日期 |
| --- | --- | --- | --- |
| 1 | 日本特许厅 | 2022—2023年度合作行动计划 | 2021年3月 |
| 2 | 阿根廷国家工业产权局 | 关于专利审查合作的谅解备忘录 | 2021年10月 |
| 3 | 韩国知识产权局 | 审查员交流合作备忘录 | 磋商中 |

与阿根廷国家工业产权局的谅解备忘录由王明远副局长与阿根廷国家工业产权局局长卡洛斯·门多萨以视频方式签署。
"""


def test_each_dated_row_of_a_signings_table_is_an_agreement_with_the_reporting_office() -> None:
    found = agreements(run(REPORT, "2022-05-10", reference=OFFICES, repaired=True))
    assert sorted(
        (title, kind, date, frozenset(parties)) for title, kind, date, parties in found
    ) == [
        (
            "2022—2023年度合作行动计划",
            "work_plan",
            "2021-03",
            frozenset({"国家知识产权局", "日本特许厅"}),
        ),
        (
            "关于专利审查合作的谅解备忘录",
            "mou",
            "2021-10",
            frozenset({"国家知识产权局", "阿根廷国家工业产权局"}),
        ),
    ]


def test_the_prose_about_a_row_names_its_signatories_and_adds_no_agreement() -> None:
    facts = run(REPORT, "2022-05-10", reference=OFFICES, repaired=True)
    mou = next(a for a in facts.agreements if a.kind == "mou")
    names = {p.key: p.name for p in facts.people}
    assert {names[k] for k in mou.signatories} >= {"卡洛斯·门多萨"}
    assert len(facts.agreements) == 2


def test_a_table_drawn_with_box_bars_and_a_row_naming_both_parties() -> None:
    text = (
        "新加坡知识产权局年度回顾\n\n"
        "│ 日期 │ 双方 │ 名称 │\n"
        "│ 2020年7月 │ 新加坡知识产权局、日本特许厅 │ 知识产权合作谅解备忘录 │\n"
        "│ 2020年9月 │ 韩国知识产权局 │ 商标合作工作计划 │\n"
    )
    found = agreements(run(text, "2021-01-15", reference=OFFICES, repaired=True))
    by_kind = {kind: (date, parties) for _title, kind, date, parties in found}
    assert by_kind["mou"] == ("2020-07", {"新加坡知识产权局", "日本特许厅"})
    assert by_kind["work_plan"] == ("2020-09", {"新加坡知识产权局", "韩国知识产权局"})


def test_a_row_without_a_date_or_with_a_pending_status_is_no_agreement() -> None:
    text = (
        "国家知识产权局年报\n\n"
        "| 伙伴 | 文件名称 | 状态 |\n"
        "| --- | --- | --- |\n"
        "| 日本特许厅 | 合作谅解备忘录 | 待签署 |\n"
        "| 韩国知识产权局 | 数据交换协议 | 已生效 |\n"
    )
    assert agreements(run(text, "2022-03-01", reference=OFFICES, repaired=True)) == []


RENEWED_ROWS = """国家知识产权局2023年度报告

| 合作方 | 文件 | 日期 |
|---|---|---|
| 日本特许厅 | 《专利审查高速路合作安排》（续签） | 2023年4月18日 |
| 韩国知识产权局 | 《商标审查交流协议》 | 2023年8月2日 |

四月十八日，我局副局长王明远与日本特许厅长官在东京续签专利审查高速路合作安排。
八月二日，我局与韩国知识产权局在首尔签署《商标审查交流协议》。
"""


def test_a_note_after_a_rows_title_is_no_part_of_it_and_the_prose_adds_no_second() -> None:
    found = agreements(run(RENEWED_ROWS, "2024-03-01", reference=OFFICES, repaired=True))
    assert sorted((title, date) for title, _kind, date, _parties in found) == [
        ("《专利审查高速路合作安排》", "2023-04-18"),
        ("《商标审查交流协议》", "2023-08-02"),
    ]
