"""Speeches printed as excerpts under an editor's note (importers/zh/agreement_editor_notes.py,
importers/zh/facts.py): a speaker's 今天 is the day the note dates, and a speaker's 我 is the
person the byline over the excerpt names; a signing a later clause leaves pending
(待…后签署) is not yet an agreement (importers/zh/agreement_topics.py)."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import agreements, run

OFFICES = parse(
    [
        {
            "id": "cnipa",
            "name": "China National Intellectual Property Administration",
            "names": [{"text": "国家知识产权局"}],
        },
        {"id": "jpo", "name": "Japan Patent Office", "names": [{"text": "日本特许厅"}]},
        {
            "id": "ipophl",
            "name": "Intellectual Property Office of the Philippines",
            "names": [{"text": "菲律宾知识产权局"}],
        },
    ],
    [],
)

EXCERPTS = (
    "携手同行　共谋发展\n"
    "——亚洲知识产权圆桌会议发言选登\n\n"
    "【编者按】3月4日，亚洲知识产权圆桌会议在福建厦门举行。本版刊登部分发言。\n\n"
    "菲律宾知识产权局局长　罗德里戈·桑托斯\n"
    "我们重视区域合作，愿意分享经验。\n\n"
    "国家知识产权局副局长　周文涛\n"
    "今天下午，我与桑托斯局长签署了《双边审查合作行动计划》，双方将加强人员往来。\n"
)


def test_a_speakers_today_is_the_day_the_editors_note_gives_not_the_papers_date() -> None:
    [(_title, kind, date, _parties)] = agreements(
        run(EXCERPTS, "2026-03-06", reference=OFFICES, repaired=True)
    )
    assert (kind, date) == ("work_plan", "2026-03-04")


def test_i_signed_in_an_excerpt_is_the_person_of_the_byline_over_it_for_his_office() -> None:
    facts = run(EXCERPTS, "2026-03-06", reference=OFFICES, repaired=True)
    [agreement] = facts.agreements
    names = {p.key: p.name for p in facts.people}
    assert {names[k] for k in agreement.signatories} == {"周文涛", "罗德里戈·桑托斯"}
    [(_title, _kind, _date, parties)] = agreements(facts)
    assert parties == {"国家知识产权局", "菲律宾知识产权局"}


def test_a_plan_adopted_whose_signing_waits_on_a_later_step_is_no_agreement_yet() -> None:
    text = (
        "10月，国家知识产权局与日本特许厅举行年度会晤，通过2027年合作计划（草案），"
        "待日方完成内部程序后签署。\n"
    )
    assert agreements(run(text, "2026-12-20", reference=OFFICES, repaired=True)) == []
