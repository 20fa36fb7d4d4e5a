"""A treaty named bilateral is an agreement of the two sides that sign it, a multilateral one
never (zh.txt [agreement_kinds]); a body that names the occasion of a signing (于某组织领导人
会晤期间) signs nothing there (importers/zh/agreement_parties.py `_OCCASION`)."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import agreements, run


def test_a_bilateral_treaty_the_two_sides_signed_is_their_agreement() -> None:
    facts = run("新加坡知识产权局局长与欧洲专利局局长出席纪念活动。1992年，双方签订双边合作条约。")
    assert agreements(facts) == [
        ("双边合作条约", "agreement", "1992", {"新加坡知识产权局", "欧洲专利局"})
    ]


def test_a_multilateral_treaty_a_state_signs_is_no_agreement_of_the_text() -> None:
    assert agreements(run("新加坡于1995年签署专利合作条约。")) == []


def test_the_body_that_names_the_occasion_of_a_signing_is_no_party() -> None:
    ref = parse(
        [{"id": "g7", "name": "Group of Seven", "kind": "other", "names": [{"text": "七国集团"}]}],
        [],
    )
    text = "与新加坡知识产权局的谅解备忘录于七国集团领导人第三次会晤期间在罗马签署。"
    [(_title, _kind, _date, parties)] = agreements(run(text, reference=ref))
    assert "七国集团" not in parties
