"""Chinese signings told beside others of a series or described again (agreement_topics.py,
agreement_dates.py, agreement_dedupe.py): the earlier plan of a series signed on its own day,
whose day never dates the new one; a copula and an ordinal that describe the document just
signed; a day number in Chinese numerals in brackets; a headline whose pair was read as one
name."""

from __future__ import annotations

import re

from importers.zh.agreement_dates import relative_date
from importers.zh.agreement_dedupe import dedupe
from importers.zh.agreement_model import AgreementHit
from importers.zh.orgs.mention import Mention
from tests.extract.zh.helpers import agreements, run


def test_an_earlier_plan_of_a_series_is_signed_on_its_own_day_and_never_dates_the_new_one() -> None:
    text = (
        "9月12日，甲省知识产权局局长王明在杭州会见乙国知识产权局局长一行。\n\n"
        "王明表示，上一期《甲乙知识产权合作工作计划（2020—2022年）》于2020年5月签署，"
        "执行情况良好。\n\n"
        "会后，甲省知识产权局与乙国知识产权局签署了《甲乙知识产权合作工作计划（2024—2026年）》。"
    )
    found = agreements(run(text, "2024-09-14", repaired=True))
    dated = {re.sub(r"\D", "", t)[-8:]: d for t, _k, d, _p in found}
    assert dated["20242026"] == "2024-09-12"


def test_a_copula_and_an_ordinal_describe_the_document_just_signed() -> None:
    text = (
        "5月8日，江苏省知识产权局与巴西国家工业产权局签署《知识产权合作谅解备忘录》。"
        "这是江苏省知识产权局首份与南美地区机构签署的谅解备忘录。"
    )
    found = agreements(run(text, "2024-05-09", repaired=True))
    assert [(k, d, p) for _t, k, d, p in found] == [
        ("mou", "2024-05-08", {"江苏省知识产权局", "巴西国家工业产权局"})
    ]


def test_an_ordinal_after_the_attributive_verb_describes_it_too() -> None:
    text = (
        "5月8日，浙江省知识产权局与巴西国家工业产权局签署《知识产权合作谅解备忘录》。"
        "这是浙江省知识产权局与南美地区机构签署的首份谅解备忘录。"
    )
    found = agreements(run(text, "2024-05-09", repaired=True))
    assert [k for _t, k, _d, _p in found] == ["mou"]


def test_a_day_in_chinese_numerals_in_brackets_counts_from_the_release() -> None:
    assert relative_date("甲局与乙局昨（十二）日在澳门", "2025-06-13") == "2025-06-12"
    assert relative_date("今（三十）日", "2025-07-30") == "2025-07-30"


def test_a_headline_party_of_two_joined_names_is_the_pair_of_the_story() -> None:
    def hit(title: str, start: int, parties: list[Mention], dated: bool) -> AgreementHit:
        h = AgreementHit(title, "mou", start, start + len(title), "2025-03-01", parties)
        h.dated = dated
        return h

    fused = Mention(0, 9, "甲协会与乙学会")
    first, second = Mention(40, 43, "甲协会"), Mention(44, 47, "乙学会")
    headline = hit("合作谅解备忘录", 10, [fused], True)
    headline.heading = True  # a short line above the story
    body = hit("甲协会与乙学会合作谅解备忘录", 50, [first, second], False)
    out = dedupe([headline, body], lambda m: m.name)
    assert [[m.name for m in h.parties] for h in out] == [["甲协会", "乙学会"]]


def test_the_earlier_document_of_a_series_is_between_the_parties_of_the_new_one() -> None:
    from importers.zh.agreement_series import with_series_parties

    pair = [Mention(0, 3, "甲海关"), Mention(4, 7, "乙海关")]
    old = AgreementHit("甲乙海关合作行动计划（2019—2021年）", "work_plan", 20, 40, "2019-05")
    new = AgreementHit("甲乙海关合作行动计划（2022—2024年）", "work_plan", 60, 80, "2022-03", pair)
    other = AgreementHit("甲乙海关合作备忘录", "mou", 90, 99, "2018")
    out = with_series_parties([old, new, other])
    assert [[m.name for m in h.parties] for h in out] == [
        ["甲海关", "乙海关"],
        ["甲海关", "乙海关"],
        [],
    ]
