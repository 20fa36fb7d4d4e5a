"""Chinese signings: a news dateline, a headline's 双方, a sentence that denies a signing,
学校 as the subject of a university's signing, and a plan drawn up together and adopted.

某某网6月3日讯 dates the filing of a story, not its event (6月2日，甲与乙签署…), and the
story's 昨日 counts from it. A headline runs in segments set apart by spaces: a segment whose
subject is 双方 takes no party from a column's name before it. A sentence after a signing that
says 尚未进入签署程序 names no signatory of it. 学校已于…与甲签署 is the university's signing,
though the sentence opened with one of its faculties named by the university's short name.
与甲共同制定的行动计划，经…会议审议通过 is a plan between 甲 and the passage's subject.
"""

from __future__ import annotations

from importers.resolve.reference import load_reference
from importers.zh.agreement_datelines import news_dateline
from tests.extract.zh.helpers import agreements, run


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, repaired=True))


def test_a_news_dateline_gives_the_day_the_story_was_filed() -> None:
    assert news_dateline("央视网6月3日讯（记者 张三）6月2日，…", "2026-06-04") == "2026-06-03"
    assert news_dateline("6月3日电话会议上，…", "2026-06-04") is None  # a call, not a dateline


def test_a_headline_signing_is_dated_by_its_event_not_by_the_dateline() -> None:
    text = (
        "新加坡知识产权局与国家知识产权局签署合作谅解备忘录\n\n"
        "某某网6月3日讯（记者 张三）6月2日，国家知识产权局局长在北京会见新加坡知识产权局局长一行。"
        "会见后，双方共同签署了《国家知识产权局与新加坡知识产权局关于专利审查合作的谅解备忘录》。"
    )
    assert {d for _t, _k, d, _p in _found(text, "2026-06-04")} == {"2026-06-02"}


def test_yesterday_counts_from_the_dateline() -> None:
    text = (
        "某某社北京6月3日电 国家知识产权局与新加坡知识产权局昨日在北京签署"
        "《关于商标审查合作的谅解备忘录》。"
    )
    assert {d for _t, _k, d, _p in _found(text, "2026-06-05")} == {"2026-06-02"}


def test_a_column_name_in_a_headline_is_no_party_of_its_pairs_signing() -> None:
    text = (
        "經濟部新聞 台日專利合作再深化 雙方簽署審查合作備忘錄\n\n"
        "經濟部今（8）日表示，臺灣日本關係協會與日本台灣交流協會已於5月6日在東京簽署"
        "「台日審查合作備忘錄」。"
    )
    found = agreements(run(text, "2026-05-08", reference=load_reference(), repaired=True))
    assert [p for _t, _k, _d, p in found] == [{"臺灣日本關係協會", "日本台灣交流協會"}]


def test_a_sentence_denying_a_signing_names_no_signatory_of_the_one_before() -> None:
    text = (
        "国家知识产权局说明，中新双方于2019年5月已签署知识产权合作谅解备忘录。"
        "新加坡知识产权局局长王五表示，双方将于明年举行工作会议；至于商标审查合作，"
        "目前仍在评估阶段，尚未进入签署程序。"
    )
    assert all(p != {"国家知识产权局"} for _t, _k, _d, p in _found(text, "2026-05-08"))


def test_the_school_as_subject_signs_for_its_university() -> None:
    text = (
        "滨海科技大学（滨科大）与国家知识产权局签署人才合作协议。"
        "校长指出，滨科大法学院与工学院近年在知识产权教学方面成果显著，"
        "学校已于二〇二四年五月与新加坡知识产权局签署合作备忘录。"
    )
    memo = [p for t, _k, _d, p in _found(text, "2026-03-01") if t == "合作备忘录"]
    assert memo == [{"滨海科技大学", "新加坡知识产权局"}]


def test_a_plan_drawn_up_with_a_partner_and_adopted_at_a_meeting_is_an_agreement() -> None:
    text = (
        "（三）区域合作。2025年3月，国家知识产权局与新加坡知识产权局签署合作谅解备忘录。"
        "与世界知识产权组织共同制定的2026—2027年行动计划，于2025年11月经双方高层会议审议通过。"
    )
    got = [(t, k, d, p) for t, k, d, p in _found(text, "2026-01-10") if k == "work_plan"]
    assert got == [
        ("2026—2027年行动计划", "work_plan", "2025-11", {"国家知识产权局", "世界知识产权组织"})
    ]
