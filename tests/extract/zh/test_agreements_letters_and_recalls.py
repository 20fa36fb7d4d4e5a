"""Signings a text recalls or tells from one side (importers/zh/agreements.py,
agreement_letter.py, agreement_changes.py, agreement_parties.py): a pair recalling a dated
signing of theirs, a count after the documents, a place before the joiner, a letter's 您与我,
a programme a pair word opens, an extension by exchange of letters, and a group of three
offices beside other bodies of the same countries (orgs/collective.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run


def test_a_pair_recalling_a_dated_signing_of_theirs_names_that_agreement() -> None:
    text = (
        "6月，在甘肃省知识产权局与蒙古知识产权局的年度会商中，双方总结了2020年8月签订的合作协议"
        "落实情况，并表示续签文本还在商谈之中。"
    )
    found = agreements(run(text, "2024-12-20", repaired=True))
    assert [(k, d, p) for _t, k, d, p in found] == [
        ("agreement", "2020-08", {"甘肃省知识产权局", "蒙古知识产权局"})
    ]


def test_a_count_after_the_documents_sums_up_signings_and_names_none() -> None:
    text = "甘肃省知识产权局全年共签订或续签涉外合作文件4份，组织培训活动9场。"
    assert agreements(run(text, "2024-12-20", repaired=True)) == []


def test_a_place_before_the_joiner_leaves_the_subject_to_the_sentence() -> None:
    text = (
        "甘肃省知识产权局2024年工作回顾\n\n"
        "5月6日，省局局长赵明远带队访问蒙古，在乌兰巴托与蒙古知识产权局签署《商标审查合作谅解备忘录》。"
    )
    found = agreements(run(text, "2024-12-20", repaired=True))
    assert [(k, d, p) for _t, k, d, p in found] == [
        ("mou", "2024-05-06", {"甘肃省知识产权局", "蒙古知识产权局"})
    ]


_LETTER = (
    "国家知识产权局局长致新加坡知识产权局贺信\n\n"
    "尊敬的局长女士：\n\n"
    "欣闻新加坡知识产权局成立二十五周年，我谨代表国家知识产权局表示祝贺。"
    "前年3月，您与我在北京签署了两局合作谅解备忘录。"
    "今年2月，两局专利审查高速公路试点以互换函件方式延长三年。\n\n"
    "国家知识产权局局长\n王强\n二〇二五年六月一日"
)


def test_a_letter_signed_by_you_and_me_is_between_the_writer_and_the_addressee() -> None:
    found = agreements(run(_LETTER, "2025-06-01", repaired=True))
    mous = [(d, p) for _t, k, d, p in found if k == "mou"]
    assert mous == [("2023-03", {"国家知识产权局", "新加坡知识产权局"})]


def test_a_programme_a_pair_word_opens_was_changed_by_that_pair() -> None:
    found = agreements(run(_LETTER, "2025-06-01", repaired=True))
    assert [(k, d, p) for _t, k, d, p in found if k == "pph"] == [
        ("pph", "2025-02", {"国家知识产权局", "新加坡知识产权局"})
    ]


def test_a_memorandum_extended_by_an_exchange_of_letters_is_agreed_again() -> None:
    text = (
        "三、11月4日，出席双边合作工作会议。会后，驻捷克台北经济文化办事处与捷克经济文化办事处"
        "完成延长上述商标审查合作备忘录之换文，延长期限为三年。"
    )
    found = agreements(run(text, "2024-12-01", repaired=True))
    assert [(k, d) for _t, k, d, _p in found] == [("mou", "2024-11-04")]


def test_a_group_of_offices_takes_the_known_office_beside_other_bodies_of_its_country() -> None:
    text = (
        "中日韩三局于2024年12月通过了《中日韩知识产权合作工作计划》。日本特许厅、韩国特许厅与"
        "国家知识产权局的代表出席。日本知识产权协会和韩国知识产权研究院的学者也参加了会议。"
    )
    found = agreements(run(text, "2025-03-01", reference=load_reference(), repaired=True))
    assert len(found) == 1
    assert {"日本特许厅", "韩国特许厅", "国家知识产权局"} <= found[0][3]
