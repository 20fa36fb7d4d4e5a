"""双方 recalling a signing of a year before the text's (双方曾于2019年签署…) names the two sides
the heading joins (甲院与乙会签署…), not the units of theirs that signed the document the text
reported just before (agreement_parties.party_sets, heading_pair)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run

_STORY = (
    "泽特兰科学院与北原研究协会签署技术合作备忘录\n\n"
    "11月5日，泽特兰科学院与北原研究协会在北京签署技术合作备忘录。"
    "同日，泽特兰科学院转化中心与北原研究协会光学研究所签署了人员交流协议。"
)


def test_a_recalled_signing_of_the_pair_is_between_the_two_sides_of_the_heading() -> None:
    text = _STORY + "据悉，双方曾于2019年6月签署科学合作框架协议。"
    found = agreements(run(text, "2024-11-06", repaired=True))
    assert ("科学合作框架协议", "agreement", "2019-06", {"泽特兰科学院", "北原研究协会"}) in found


def test_a_signing_of_the_pair_that_same_year_is_still_between_the_last_signers() -> None:
    text = _STORY + "当天下午，双方还签署了科研数据共享协议。"
    found = agreements(run(text, "2024-11-06", repaired=True))
    parties = [p for t, _k, _d, p in found if t == "科研数据共享协议"]
    assert parties == [{"泽特兰科学院转化中心", "北原研究协会光学研究所"}]
