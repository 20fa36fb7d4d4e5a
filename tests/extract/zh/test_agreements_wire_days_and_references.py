"""Chinese signings: a wire story's days written without a month, a pair dated before 的, a
document named again by its kind noun, a party named by 该 and its kind, and a unit's party.

某某社上海9月12日电 … 大会11日开幕: 11日 is in the dateline's month (28日 under 3月2日电 is in
the month before), and 大会当天 and a signing the sentence does not date fall on it, not on
the filing day. 甲与乙于2022年8月续签的合作协议 is their signing, told in passing. 备忘录由…
签署 right after a memorandum was reported names who signed that one. 与该局签署 signs with
the 局 the text named before. An official of the body a party is a unit of signs for the unit,
and signers acting 代表双方 for a bare 备忘录 sign the memorandum just reported.
"""

from __future__ import annotations

from importers.resolve.reference import load_reference
from importers.zh.agreement_datelines import bare_days
from tests.extract.zh.helpers import agreements, run


def _found(
    text: str, date: str, *, full: bool = False
) -> list[tuple[str, str, str | None, set[str]]]:
    if full:
        return agreements(run(text, date, reference=load_reference(), repaired=True))
    return agreements(run(text, date, repaired=True))


def test_a_day_without_a_month_counts_from_the_dateline_of_a_wire_story() -> None:
    text = (
        "某某社上海9月12日电（记者 李四）第五届商标实务交流大会11日在上海开幕，"
        "为期30日的展览同时启动。"
    )
    assert [day for _at, day in bare_days(text, 0, len(text), "2026-09-12")] == ["2026-09-11"]
    late = "某某社北京3月2日电 两国专利审查员研讨会28日在北京闭幕。"
    assert [day for _at, day in bare_days(late, 0, len(late), "2026-03-02")] == ["2026-02-28"]
    undated = "第五届商标实务交流大会11日在上海开幕。"
    assert bare_days(undated, 0, len(undated), "2026-09-12") == []  # no dateline, no month


def test_the_day_of_the_event_dates_signings_not_the_day_the_story_was_filed() -> None:
    text = (
        "某某社上海9月12日电（记者 李四）第五届商标实务交流大会11日在上海开幕。"
        "多国知识产权机构代表出席。\n\n"
        "大会当天，国家知识产权局与新加坡知识产权局签署了《关于商标审查合作的谅解备忘录》。"
        "国家知识产权局还与欧洲专利局签署了《2027年合作工作计划》。"
    )
    assert {d for _t, _k, d, _p in _found(text, "2026-09-12")} == {"2026-09-11"}


def test_two_parties_and_a_date_before_the_verb_name_a_signing_told_in_passing() -> None:
    text = "局长表示，国家知识产权局与欧洲专利局于2022年8月续签的合作协议执行顺利。"
    found = _found(text, "2026-04-20")
    assert [(d, p) for _t, _k, d, p in found] == [("2022-08", {"国家知识产权局", "欧洲专利局"})]


def test_a_memorandum_signed_by_agents_right_after_one_was_reported_is_that_one() -> None:
    text = (
        "国家知识产权局今日与新加坡知识产权局签署合作备忘录，推动审查合作。"
        "备忘录由国家知识产权局副局长赵一与新加坡知识产权局副局长陈二签署。"
    )
    found = _found(text, "2026-05-06")
    assert [p for _t, _k, _d, p in found] == [{"国家知识产权局", "新加坡知识产权局"}]


def test_a_party_named_by_gai_and_its_kind_is_the_body_of_that_kind_named_before() -> None:
    text = (
        "欧洲专利局副局长王五一行访问北京。"
        "国家知识产权局局长指出，国家知识产权局于2021年3月与该局签署合作备忘录。"
    )
    found = _found(text, "2026-05-06")
    assert [(d, p) for _t, _k, d, p in found] == [("2021-03", {"国家知识产权局", "欧洲专利局"})]


def test_an_official_of_the_parent_body_signs_for_its_unit() -> None:
    text = (
        "世界知识产权组织仲裁与调解中心今日在日内瓦签署合作备忘录。"
        "备忘录由滨海大学副校长孙六与世界知识产权组织副总干事周七签署。"
    )
    found = _found(text, "2026-05-06", full=True)
    assert [p for _t, _k, _d, p in found] == [{"滨海大学", "世界知识产权组织仲裁与调解中心"}]


def test_signers_acting_for_both_sides_sign_the_memorandum_just_reported() -> None:
    text = (
        "滨海大学与欧洲专利局今日在杭州签署数据交换谅解备忘录。"
        "滨海大学技术转移中心主任钱八与欧洲专利局国际合作部主任吴九代表双方签署备忘录。"
    )
    found = _found(text, "2026-07-01")
    assert [(t, p) for t, _k, _d, p in found] == [
        ("数据交换谅解备忘录", {"滨海大学", "欧洲专利局"})
    ]
