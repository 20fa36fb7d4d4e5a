"""双方签署 where no sentence joins the pair (甲与乙) and no meeting sentence names it: the two
bodies the paragraph names before the signing are its sides (agreement_since.paragraph_pair)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run

_VISIT = (
    "2019年5月8日，以泽特兰工业产权局局长张三为首的代表团访问北京。"
    "在回顾去年的工作时，中国国家知识产权局仅受理了50件泽特兰的申请，"
    "而泽特兰工业产权局同期也只受理了90件中国申请。"
    "双方一致认为，这种现象不符合两国交流的现状。"
)


def test_the_pair_is_the_two_bodies_the_paragraph_names_before_the_signing() -> None:
    found = agreements(run(_VISIT + "会谈之后，双方签署了备忘录。", "2019-05-20"))
    assert [(k, p) for _t, k, _d, p in found] == [
        ("mou", {"泽特兰工业产权局", "中国国家知识产权局"})
    ]


def test_a_paragraph_naming_a_third_body_gives_no_pair() -> None:
    text = _VISIT.replace("双方一致认为", "欧洲专利局的数据也显示，双方一致认为")
    found = agreements(run(text + "会谈之后，双方签署了备忘录。", "2019-05-20"))
    assert not any(len(p) == 2 for _t, _k, _d, p in found)
