"""Agreements in records and reports (importers/zh/agreement_table.py, agreement_dates.py,
agreement_adopted.py, agreement_parties.py): a table dated in the Minguo era, a record whose
header gives its day, a statement all delegations adopt, a signing at a meeting, a faculty
signing with its university, and a clause glued before a short name in a list."""

from __future__ import annotations

from importers.resolve.reference import parse
from importers.zh.orgs.members import coordinated
from importers.zh.orgs.mention import Mention
from tests.extract.zh.helpers import agreements, run

BODIES = parse(
    [
        {"id": "jpo", "name": "Japan Patent Office", "names": [{"text": "日本特许厅"}]},
        {
            "id": "kipo",
            "name": "Korean Intellectual Property Office",
            "names": [{"text": "韩国知识产权局"}],
        },
        {
            "id": "ipos",
            "name": "Intellectual Property Office of Singapore",
            "names": [{"text": "新加坡知识产权局"}],
        },
        {"id": "epo", "name": "European Patent Office", "names": [{"text": "欧洲专利局"}]},
        {
            "id": "cnipa",
            "name": "China National Intellectual Property Administration",
            "names": [{"text": "国家知识产权局"}],
        },
        {
            "id": "bureau",
            "name": "Example Economic Bureau",
            "names": [{"text": "某地经济发展局"}, {"text": "经发局", "kind": "acronym"}],
        },
    ],
    [],
)


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, reference=BODIES, repaired=True))


TABLE = """某机关 112年年报

表3　112年签署之智慧财产合作文件
| 日期 | 签署单位 | 文件名称 | 备注 |
|---|---|---|---|
| 112年4月18日 | 日本特许厅／韩国知识产权局 | 审查合作了解备忘录修正文书 | 延长两年 |
| 112年10月 | 新加坡知识产权局／欧洲专利局 | 商标合作意向书 | 国家知识产权局见证 |
"""


def test_a_bare_minguo_year_in_a_date_cell_dates_the_row_of_a_table() -> None:
    found = {(t, d) for t, _k, d, _p in _found(TABLE, "2024-05-01")}
    assert found == {("审查合作了解备忘录修正文书", "2023-04-18"), ("商标合作意向书", "2023-10")}


def test_a_remark_cell_that_witnesses_the_signing_adds_no_party_and_a_caption_no_agreement() -> (
    None
):
    parties = {t: p for t, _k, _d, p in _found(TABLE, "2024-05-01")}
    assert parties == {
        "审查合作了解备忘录修正文书": {
            "日本特许厅",
            "韩国知识产权局",
        },
        "商标合作意向书": {"新加坡知识产权局", "欧洲专利局"},
    }


def test_today_in_a_record_is_the_day_its_time_field_gives_not_the_publication_day() -> None:
    text = (
        "合作签约仪式实录\n\n时间：2023年6月2日下午3:00\n地点：某市\n\n"
        "主持人：今天我们在这里举行签约仪式。\n\n"
        "主持人：下面请新加坡知识产权局与欧洲专利局代表上台，签署《专利审查合作谅解备忘录》。\n"
    )
    assert {d for _t, _k, d, _p in _found(text, "2023-06-05")} == {"2023-06-02"}


COMMUNIQUE = """第三次某区域知识产权局长会议联合公报

（2024年9月12日，某市）

一、2024年9月12日，第三次某区域知识产权局长会议在某市举行。会议由国家知识产权局局长王某主持。日本特许厅长官甲某、韩国知识产权局局长乙某率团出席。欧洲专利局代表丙某与会。

二、会议期间，国家知识产权局与日本特许厅签署了《审查员交流合作计划》。

三、各方一致通过本联合公报。
"""


def test_a_communique_all_sides_adopt_binds_the_bodies_that_chaired_or_led_delegations() -> None:
    found = {(t, k, d, frozenset(p)) for t, k, d, p in _found(COMMUNIQUE, "2024-09-13")}
    assert (
        "第三次某区域知识产权局长会议联合公报",
        "joint_statement",
        "2024-09-12",
        frozenset(
            {
                "国家知识产权局",
                "日本特许厅",
                "韩国知识产权局",
            }
        ),
    ) in found


def test_a_signing_during_the_meeting_is_dated_by_the_meeting() -> None:
    dated = {t: d for t, _k, d, _p in _found(COMMUNIQUE, "2024-09-13")}
    assert dated["审查员交流合作计划"] == "2024-09-12"


def test_a_faculty_signing_beside_its_university_makes_the_university_the_party_once() -> None:
    text = (
        "2022年3月1日，某某大学与某某大学法学院、新加坡知识产权局签署《知识产权人才培养合作协议》。"
    )
    parties = {t: p for t, _k, _d, p in _found(text, "2022-03-02")}
    assert parties["知识产权人才培养合作协议"] == {
        "某某大学",
        "新加坡知识产权局",
    }


def test_a_clause_glued_before_a_short_name_in_a_list_stays_out_of_the_member() -> None:
    text = "经发局发布通知。本活动属经发局与国家知识产权局合办的年度项目。"
    at = text.index("国家知识产权局")
    known = [Mention(0, 3, "经发局"), Mention(at, at + 7, "国家知识产权局")]
    assert [(m.name, m.start) for m in coordinated(text, known)] == [("经发局", at - 4)]


def test_the_date_of_a_numbered_letter_before_a_signing_does_not_date_the_signing() -> None:
    text = (
        "2019年6月12日，某地经济发展局与日本特许厅完成会谈。\n\n"
        "某地经济发展局局长依据2017年3月8日某部人字第4521号函获授权。\n\n"
        "某地经济发展局与日本特许厅依据各自职权签署本备忘录。"
    )
    assert [d for _t, _k, d, _p in _found(text, "2019-07-01")] == ["2019-06-12"]
