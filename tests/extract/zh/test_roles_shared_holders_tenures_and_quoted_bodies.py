"""Officials whose body or title the text writes once for several of them, a body quoted in
title marks before its official's title, and a word of tenure between a body and a title."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


def test_two_dotted_names_with_one_address_after_a_title_both_hold_it() -> None:
    facts = run(
        "昨天，东海大学校长林东升会见了法国海洋研究院资深专家让·马丁博士和皮埃尔·杜邦博士。"
    )
    assert ("让·马丁", "资深专家", "法国海洋研究院") in roles(facts)
    assert ("皮埃尔·杜邦", "资深专家", "法国海洋研究院") in roles(facts)


def test_two_chinese_names_with_one_address_after_a_title_both_hold_it() -> None:
    facts = run("南湖海洋研究所研究员王立先生和张平先生出席了研讨会。")
    assert ("张平", "研究员", "南湖海洋研究所") in roles(facts)


def test_a_body_after_the_conjunction_is_no_second_holder() -> None:
    facts = run("南湖海洋研究所研究员王立先生和东海大学代表出席了研讨会。")
    assert people(facts) == {"王立"}


def test_officials_listed_name_first_share_the_body_written_before_the_first() -> None:
    facts = run(
        "會議由華夏機械製造協會主辦，西江機械製造協會楊梧會長、李勇副會長、任虹秘書長出席。"
    )
    assert ("李勇", "副會長", "西江機械製造協會") in roles(facts)
    assert ("任虹", "秘書長", "西江機械製造協會") in roles(facts)


def test_a_body_in_title_marks_before_a_title_holds_it() -> None:
    facts = run(
        "由《华夏机械制造协会》主办的论坛昨日开幕，《华夏机械制造协会》高级顾问孙立平率团出席。"
    )
    assert ("孙立平", "高级顾问", "华夏机械制造协会") in roles(facts)


def test_a_word_of_tenure_between_a_body_and_a_title_leaves_the_title_at_the_body() -> None:
    facts = run("岭南律师公会首任理事长孙立平出席会议。")
    assert roles(facts) == {("孙立平", "理事长", "岭南律师公会")}


def test_a_word_of_tenure_that_is_also_a_clause_verb_still_leaves_the_title_at_the_body() -> None:
    # 现任 opens a clause before a body (现任 + 某局局长); right before the title it dates
    # the post of the body written before it
    facts = run("北欧专利协会(NPA)现任处长王立新在晚宴上宣布了这一消息。")
    assert roles(facts) == {("王立新", "处长", "北欧专利协会")}
    facts = run("北歐專利協會現任處長王立新在晚宴上宣布了這一消息。")
    assert roles(facts) == {("王立新", "處長", "北歐專利協會")}


def test_a_taiwan_agency_s_chief_secretary_shortened_is_a_title() -> None:
    facts = run("會中，農糧署主秘李明德說明合作進度。李主秘表示歡迎。", reference=REF)
    assert ("李明德", "主秘", "農糧署") in roles(facts)
