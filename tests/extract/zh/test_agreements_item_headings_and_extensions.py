"""A bulletin item's heading names in short the agreement its body titles, and a pair that
extends an earlier document of theirs signs it again (importers/zh/agreement_dedupe.py,
importers/zh/agreement_extended.py).

"2．甲与乙签署人才培养协议" over "甲与丙签署《审查人员交流合作协议》" reports one agreement,
though the heading's words are not the title's and it names one party in short (乙, the
parent of 丙, or a short form read as another body).
"同日，双方将前年签署的《X协议》延长两年" extends X between the two bodies
just named, on the day of that signing, not on the day X was first signed.
"""

from __future__ import annotations

from importers.resolve.reference import parse
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
            "id": "kipa",
            "name": "Korea Intellectual Property Protection Agency",
            "names": [{"text": "韩国知识产权保护院"}],
        },
    ],
    [],
)

DIGEST = """一周动态（2024年6月3日—6月9日）

1．市政府召开防汛工作会议
6月3日，市政府召开防汛工作会议，部署汛期各项准备工作。

2．日本特许厅与韩国知识产权局签署人才培养协议
6月5日，日本特许厅与韩国知识产权保护院在首尔签署《外观设计审查人员交流合作协议》。同日，双方将前年3月签署的《商标数据共享协议》延长两年。
"""


def test_an_items_heading_and_its_body_report_one_agreement() -> None:
    found = agreements(run(DIGEST, "2024-06-10", reference=BODIES, repaired=True))
    titles = [title for title, _kind, _date, _parties in found]
    assert "人才培养协议" not in titles
    assert "外观设计审查人员交流合作协议" in titles


def test_a_pair_extending_its_earlier_agreement_signs_it_on_the_day_just_reported() -> None:
    found = agreements(run(DIGEST, "2024-06-10", reference=BODIES, repaired=True))
    extended = [(d, p) for title, _kind, d, p in found if title == "商标数据共享协议"]
    assert extended == [("2024-06-05", {"日本特许厅", "韩国知识产权保护院"})]


def test_two_bodies_extending_their_untitled_memorandum_by_letters_sign_it_again() -> None:
    text = "2025年9月，新加坡知识产权局与欧洲专利局以换函方式，将双方的合作谅解备忘录再延长五年。"
    found = agreements(run(text, "2025-10-02", repaired=True))
    assert [(k, d, p) for _t, k, d, p in found] == [
        ("mou", "2025-09", {"新加坡知识产权局", "欧洲专利局"})
    ]


def test_a_planned_extension_of_an_untitled_memorandum_signs_nothing() -> None:
    text = "新加坡知识产权局与欧洲专利局计划明年将双方的合作谅解备忘录延长五年。"
    assert agreements(run(text, "2025-10-02", repaired=True)) == []
