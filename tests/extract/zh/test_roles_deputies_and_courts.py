"""Deputies of a people's congress, court officials and the bodies named around them: a
deputy addressed by name (某某代表) sits in the one congress the text names; a release's
contact line holds a post at the court that issues it; a name or a list member never takes
in the words around it (a conjunction before a country, a verb before a body)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, people, roles, run

FULL = load_reference()


def test_a_deputy_addressed_by_name_sits_in_the_one_peoples_congress_named() -> None:
    text = "对十三届全国人大五次会议第88号建议的答复\n\n王建国代表：\n\n您的建议已经收到。\n"
    assert ("王建国", "代表", "全国人大") in roles(run(text, reference=FULL, repaired=True))


def test_a_deputy_title_followed_by_a_word_is_the_verb_on_behalf_of() -> None:
    text = "全国人大代表团来访期间，王建国代表公司签订了协议。\n"
    found = roles(run(text, reference=FULL, repaired=True))
    assert not [r for r in found if r[0] == "王建国" and r[2] == "全国人大"]


def test_a_standing_committee_is_not_a_congress_its_deputies_sit_in() -> None:
    text = "抄送：国家知识产权局，全国人大常委会\n\n王建国代表：\n\n您的建议已经收到。\n"
    found = roles(run(text, reference=FULL, repaired=True))
    assert not [r for r in found if r[0] == "王建国"]


def test_a_name_never_ends_inside_a_country_name() -> None:
    text = "东盟秘书处的代表和印度尼西亚知识产权总局局长出席了论坛。\n"
    assert not [p for p in people(run(text, reference=FULL, repaired=True)) if p.startswith("和")]


def test_a_verb_before_the_first_member_of_a_list_is_not_part_of_its_name() -> None:
    text = "今天我们见证专利代理人协会与新加坡知识产权局签约。\n"
    names = org_names(run(text, reference=FULL, repaired=True))
    assert not [n for n in names if n.startswith("见证")]


def test_the_contact_of_a_release_holds_a_post_at_the_court_issuing_it() -> None:
    text = (
        "source: https://example.org/news/1\n\n智慧财产及商业法院新闻稿\n\n"
        "联 络 人：书记官长 李明华\n\n本院今日举办研讨会。\n"
    )
    found = roles(run(text, reference=FULL, repaired=True))
    assert ("李明华", "书记官长", "智慧财产及商业法院") in found


def test_this_court_is_the_one_the_heading_names_after_a_source_line() -> None:
    text = (
        "source: https://example.org/news/2\n\n智慧财产及商业法院新闻稿\n\n"
        "本院院长陈志明会见司法院访问团，司法院官员与本院法官座谈。司法院另有安排。\n"
    )
    found = roles(run(text, reference=FULL, repaired=True))
    assert ("陈志明", "院长", "智慧财产及商业法院") in found


def test_the_head_of_a_japanese_court_is_its_shocho() -> None:
    text = "日本知的财产高等裁判所所长山田太郎一行访问了本地法院。\n"
    found = roles(run(text, reference=FULL, repaired=True))
    assert ("山田太郎", "所长", "知的财产高等裁判所") in found


def test_the_start_of_a_delegation_word_is_not_a_title_for_a_name_above_it() -> None:
    text = "李明华\n日本特许厅代表团来访\n"
    found = roles(run(text, reference=FULL, repaired=True))
    assert not [r for r in found if r[0] == "李明华"]


def test_a_general_office_of_a_known_body_with_a_generic_word_is_a_body_of_its_own() -> None:
    text = "抄送：国家知识产权局，全国人大常委会办公厅。\n"
    names = org_names(run(text, reference=FULL, repaired=True))
    assert "全国人大常委会办公厅" in names
    assert "全国人大常委会" not in names
