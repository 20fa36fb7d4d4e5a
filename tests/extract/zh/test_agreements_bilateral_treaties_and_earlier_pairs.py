"""A treaty named bilateral is an agreement of the two sides that sign it, a multilateral one
never (zh.txt [agreement_kinds]); 双方 after a sentence that names no body are the last two
bodies named before (importers/zh/agreement_parties.py `_last_pair`)."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_a_bilateral_treaty_the_two_sides_signed_is_their_agreement() -> None:
    facts = run(
        "新加坡知识产权局局长与欧洲专利局局长出席纪念活动。回顾合作历程,双方的交流不断加深。"
        "1992年双方首次签订了双边合作条约。"
    )
    assert agreements(facts) == [
        ("双边合作条约", "agreement", "1992", {"新加坡知识产权局", "欧洲专利局"})
    ]


def test_a_multilateral_treaty_a_state_signs_is_no_agreement_of_the_text() -> None:
    assert agreements(run("新加坡于1995年签署专利合作条约。")) == []
