"""Signings told the way speeches, reports and releases tell them: by the speaker's office as
我局 (importers/zh/home.py), with the document before its verb (importers/zh/agreement_topics.py),
by a pair (两机构) or a short title, and dated by a month of a past year, a bracketed day or the
lead under a headline (importers/zh/agreement_dates.py)."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import agreements, run

OFFICES = parse(
    [
        {
            "id": "cnipa",
            "name": "China National Intellectual Property Administration",
            "names": [{"text": "国家知识产权局"}, {"text": "中国国家知识产权局"}],
        },
        {
            "id": "oapi",
            "name": "African Intellectual Property Organization",
            "names": [{"text": "非洲知识产权组织"}],
        },
        {"id": "epo", "name": "European Patent Office", "names": [{"text": "欧洲专利局"}]},
        {
            "id": "ipd",
            "name": "Intellectual Property Department",
            "names": [{"text": "知识产权署"}],
        },
        {
            "id": "ipos",
            "name": "Intellectual Property Office of Singapore",
            "names": [{"text": "新加坡知识产权局"}],
        },
        {
            "id": "inpi-pt",
            "name": "National Institute of Industrial Property (Portugal)",
            "names": [{"text": "葡萄牙工业产权局"}],
        },
    ],
    [],
)


def parties_by_date(text: str, date: str) -> dict[str | None, set[str]]:
    found = agreements(run(text, date, reference=OFFICES, repaired=True))
    return {d: parties for _title, _kind, d, parties in found}


def test_in_a_speech_we_signed_is_the_speakers_office_and_a_month_takes_its_own_year() -> None:
    text = (
        "在知识产权国际研讨会上的讲话\n"
        "国家知识产权局局长　李建国\n\n"
        "各位嘉宾：\n\n"
        "我们与非洲的合作由来已久。2017年8月，我局与非洲知识产权组织签订合作协议，此后双方"
        "互派审查员交流。2022年5月，我局又与欧洲专利局续签了谅解备忘录。\n"
    )
    assert parties_by_date(text, "2024-06-02") == {
        "2017-08": {"国家知识产权局", "非洲知识产权组织"},
        "2022-05": {"国家知识产权局", "欧洲专利局"},
    }


def test_a_signing_with_its_subject_left_out_is_the_reporting_offices() -> None:
    text = (
        "国家知识产权局2020年工作总结\n\n"
        "2020年，国家知识产权局持续拓展合作网络。此外，与新加坡知识产权局签署了《关于审查"
        "业务合作的谅解备忘录》。\n"
    )
    [(_title, kind, _date, parties)] = agreements(
        run(text, "2021-02-01", reference=OFFICES, repaired=True)
    )
    assert kind == "mou" and parties == {"国家知识产权局", "新加坡知识产权局"}


def test_a_document_named_before_its_verb_is_signed_with_the_signers_that_follow() -> None:
    text = (
        "3月9日，国家知识产权局与欧洲专利局签署《2024年度双边合作工作计划》。该工作计划由"
        "国家知识产权局局长李建国与欧洲专利局局长伯诺瓦·巴蒂斯特利在北京签署。"
    )
    facts = run(text, "2024-03-10", reference=OFFICES)
    [(title, kind, date, parties)] = agreements(facts)
    assert (title, kind, date) == ("2024年度双边合作工作计划", "work_plan", "2024-03-09")
    names = {p.key: p.name for p in facts.people}
    assert {names[k] for k in facts.agreements[0].signatories} == {"李建国", "伯诺瓦·巴蒂斯特利"}


def test_signers_in_a_clause_of_their_own_belong_to_the_document_just_named() -> None:
    text = (
        "与欧洲专利局的谅解备忘录于双边会谈期间在慕尼黑签署，由国家知识产权局局长李建国与"
        "欧洲专利局局长伯诺瓦·巴蒂斯特利共同签署。"
    )
    facts = run(text, "2023-07-01", reference=OFFICES)
    [agreement] = facts.agreements
    names = {p.key: p.name for p in facts.people}
    assert {names[k] for k in agreement.signatories} == {"李建国", "伯诺瓦·巴蒂斯特利"}


def test_the_two_institutions_are_the_parties_just_named_and_a_speaker_signs_nothing() -> None:
    text = (
        "知识产权署与葡萄牙工业产权局今日签署知识产权合作协议。"
        "葡方代表玛丽亚·席尔瓦回顾说，两机构早于2016年9月签署审查员培训议定书。"
    )
    found = agreements(run(text, "2025-03-12", reference=OFFICES))
    assert {(kind, date) for _t, kind, date, _p in found} == {
        ("agreement", "2025-03-12"),
        ("other", "2016-09"),
    }
    assert all(parties == {"知识产权署", "葡萄牙工业产权局"} for *_x, parties in found)


def test_a_short_title_in_brackets_is_the_document_and_an_older_one_is_another() -> None:
    text = (
        "知识产权署与国家知识产权局今日签署《关于深化专利审查合作的安排》（《审查安排》）。"
        "《审查安排》由双方负责人代表签署。是次签署的《审查安排》取代双方于2016年签署的审查安排。"
    )
    found = agreements(run(text, "2024-10-08", reference=OFFICES))
    assert sorted((title, date) for title, _k, date, _p in found) == [
        ("关于深化专利审查合作的安排", "2024-10-08"),
        ("审查安排", "2016"),
    ]


def test_signers_named_without_their_offices_after_a_fronted_document() -> None:
    text = (
        "其中，与葡萄牙工业产权局的谅解备忘录于部长级会议期间在里斯本签署，由李建国局长与"
        "葡方局长若昂·佩雷拉共同签署。"
    )
    facts = run(text, "2022-11-30", reference=OFFICES)
    [agreement] = facts.agreements
    names = {p.key: p.name for p in facts.people}
    assert "李建国" in {names[k] for k in agreement.signatories}


def test_a_generic_agreement_between_offices_written_in_traditional_is_titled_so() -> None:
    text = "知識產權署與葡萄牙工業產權局今日簽署合作協議。"
    [(title, _kind, _date, _parties)] = agreements(run(text, "2025-01-08", reference=OFFICES))
    assert title == "知識產權署與葡萄牙工業產權局合作協議"


def test_the_speaker_who_signs_in_the_first_person_is_the_byline_s_official() -> None:
    text = (
        "在中欧知识产权对话上的致辞\n"
        "国家知识产权局局长　李建国\n\n"
        "今天上午，我与欧洲专利局局长伯诺瓦·巴蒂斯特利共同签署了《2025年度双边合作工作计划》。\n"
    )
    facts = run(text, "2025-02-11", reference=OFFICES, repaired=True)
    [agreement] = facts.agreements
    names = {p.key: p.name for p in facts.people}
    assert {names[k] for k in agreement.signatories} == {"李建国", "伯诺瓦·巴蒂斯特利"}
