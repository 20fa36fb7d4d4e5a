"""A pair reference of one kind of body (两校, 两局) names two bodies of that kind: two units
joined in the sentence before (the implementers of an agreement) are not "the two
universities", which are the parties of the signing reported before
(importers/zh/agreement_parties.py, agreement_topics.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, reference=REF))


def test_two_universities_named_back_are_the_universities_not_their_units() -> None:
    text = (
        "3月2日，复旦大学与慕尼黑工业大学在上海签署《知识产权运营合作协议》。"
        "复旦大学科技成果转化中心与慕尼黑工业大学技术转移办公室将负责协议的落实。"
        "校领导在讲话中说，复大与慕工大交流密切，2017年9月两校已签署联合培养协议。"
    )
    got = _found(text, "2026-03-04")
    earlier = [p for _t, _k, d, p in got if d == "2017-09"]
    assert earlier == [{"复旦大学", "慕尼黑工业大学"}]


def test_a_pair_of_any_kind_still_takes_the_two_bodies_joined_before() -> None:
    text = (
        "复旦大学科技成果转化中心与慕尼黑工业大学技术转移办公室近日举行工作会谈。"
        "2017年9月双方已签署技术许可合作协议。"
    )
    got = _found(text, "2026-03-04")
    parties = [p for _t, _k, d, p in got if d == "2017-09"]
    assert parties == [{"复旦大学科技成果转化中心", "慕尼黑工业大学技术转移办公室"}]


def test_jiu_before_a_verb_in_the_perfect_is_already_and_the_signing_counts() -> None:
    text = (
        "3月2日，复旦大学与慕尼黑工业大学在上海签署《知识产权运营合作协议》。"
        "早在2016年，两校就签订了教师互访协议。"
    )
    got = _found(text, "2026-03-04")
    assert [(d, p) for t, _k, d, p in got if "互访" in t] == [
        ("2016", {"复旦大学", "慕尼黑工业大学"})
    ]


def test_jiu_of_talks_about_a_signing_still_makes_none() -> None:
    text = "3月2日，复旦大学与慕尼黑工业大学就签署教师互访协议进行了磋商。"
    assert _found(text, "2026-03-04") == []


def test_the_year_after_ji_dates_the_earlier_signing_a_new_one_follows() -> None:
    text = (
        "3月2日，复旦大学与慕尼黑工业大学在上海签署《知识产权运营合作协议》。"
        "校方介绍，此次签约是继2016年两校签订教师互访协议后的又一成果。"
    )
    got = _found(text, "2026-03-04")
    assert [d for t, _k, d, _p in got if "互访" in t] == ["2016"]


def test_signing_with_a_list_of_counterparts_in_turn_is_one_agreement_with_each() -> None:
    text = "2025年，欧洲专利局先后与巴西国家工业产权局、墨西哥工业产权局签署合作谅解备忘录。"
    got = _found(text, "2026-01-15")
    assert {frozenset(p) for _t, _k, _d, p in got} == {
        frozenset({"巴西国家工业产权局", "欧洲专利局"}),
        frozenset({"墨西哥工业产权局", "欧洲专利局"}),
    }
    assert len(got) == 2
