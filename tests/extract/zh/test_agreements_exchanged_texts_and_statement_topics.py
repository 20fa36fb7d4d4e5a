"""Two Chinese constructions of a signing that the probe grid of agreements found missed.

互换 exchanges the signed texts of a document as 交换 does, even of a generic one
(合作协议); talking about a document (就…交换意见) stays no signing. An unquoted joint
statement keeps its topic before 联合声明 (共同发布了数据共享联合声明): the topic is part of
it, and the bodies that issue it are its parties (importers/zh/agreement_statements.py).
"""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_heads_who_swap_the_texts_of_an_agreement_sign_it_for_their_offices() -> None:
    found = agreements(
        run(
            "2022年5月9日，国家知识产权局局长李建国与葡萄牙工业产权局局长若昂·席尔瓦"
            "互换了双边合作协议文本。"
        )
    )
    assert [(a[1], a[2], a[3]) for a in found] == [
        ("agreement", "2022-05-09", {"国家知识产权局", "葡萄牙工业产权局"})
    ]


def test_views_exchanged_on_an_agreement_sign_nothing() -> None:
    assert not agreements(run("国家知识产权局与葡萄牙工业产权局就落实合作协议互换了意见。"))


def test_a_joint_statement_issued_without_book_marks_keeps_its_topic() -> None:
    found = agreements(
        run("2021年11月3日，国家知识产权局和新加坡知识产权局共同发布了数据共享联合声明。")
    )
    assert found == [
        (
            "数据共享联合声明",
            "joint_statement",
            "2021-11-03",
            {"国家知识产权局", "新加坡知识产权局"},
        )
    ]
