"""An appointment or removal notice (任免通知) names each person between the verb and a link
(任命X为Y, 免去X的Y职务, 免去其Y职务): the post after the link, a body and a title run
together, is that person's role (importers/zh/appointments.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run

NOTICE = (
    "新加坡知识产权局关于人员任免的决定\n\n"
    "一、任命黄一鸣为新加坡知识产权局商标审查部主任，免去其新加坡知识产权局法律部副主任职务；\n"
    "二、免去林思远的新加坡知识产权局商标审查部主任职务，退休；\n"
    "三、任命许婉清（女）为新加坡知识产权局副局长。\n"
)


def test_an_appointed_person_holds_the_post_named_after_the_link() -> None:
    found = roles(run(NOTICE, repaired=True))
    assert ("黄一鸣", "商标审查部主任", "新加坡知识产权局") in found
    assert ("许婉清", "副局长", "新加坡知识产权局") in found


def test_a_removed_person_held_the_post_named_before_the_closing_noun() -> None:
    found = roles(run(NOTICE, repaired=True))
    assert ("林思远", "商标审查部主任", "新加坡知识产权局") in found


def test_the_names_of_a_notice_are_people_and_no_note_or_link_joins_them() -> None:
    assert {"黄一鸣", "林思远", "许婉清"} <= people(run(NOTICE, repaired=True))


def test_an_appointment_verb_before_a_common_word_names_nobody() -> None:
    facts = run("会议讨论了任命程序为下一步工作的重点。", repaired=True)
    assert not people(facts)


LISTED = (
    "3月4日，省商务厅召开干部会议，宣读省委任免决定，任命韩立新同志为省商务厅厅长、党组书记，"
    "周海峰同志为省审计厅巡视员、钱月明同志为省审计厅副巡视员。"
)


def test_one_verb_opens_a_list_of_appointments_each_a_name_a_link_and_a_post() -> None:
    found = roles(run(LISTED, repaired=True))
    assert ("周海峰", "巡视员", "省审计厅") in found
    assert ("钱月明", "副巡视员", "省审计厅") in found
    assert {"韩立新", "周海峰", "钱月明"} <= people(run(LISTED, repaired=True))


def test_titles_joined_by_a_comma_of_enumeration_after_one_body_are_two_posts() -> None:
    found = roles(run(LISTED, repaired=True))
    assert ("韩立新", "厅长", "省商务厅") in found
    assert ("韩立新", "党组书记", "省商务厅") in found


def test_a_later_item_with_a_verb_of_its_own_is_read_by_that_verb_alone() -> None:
    facts = run("一、免去林思远的省审计厅副厅长职务；任命许婉清为省审计厅副厅长。", repaired=True)
    assert people(facts) == {"林思远", "许婉清"}


def test_a_body_named_after_the_link_of_an_appointment_begins_after_the_link() -> None:
    facts = run("国务院任命郑国强为新加坡知识产权局副局长。")
    assert ("郑国强", "副局长", "新加坡知识产权局") in roles(facts)
