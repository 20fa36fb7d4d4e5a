"""A schedule page's legend line lists its body's leaders under one label (院领导：院长 某甲；
副院长 某乙、某丙): each holds the title before their name at the body the page is of. A
family name that is also a preposition (向, 于) opens a name after a title when no phrase
can follow it (副市长向立新出席)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()

SCHEDULE = (
    "浙江省知识产权局领导活动安排\n"
    "（2024年9月2日—9月6日）\n\n"
    "局领导：局长 钱国栋；副局长 孔德明、邵雅琴\n\n"
    "【9月3日】局长钱国栋赴宁波调研专利导航工作。\n"
)


def test_each_leader_of_a_legend_line_holds_the_title_at_the_body_of_the_page() -> None:
    found = roles(run(SCHEDULE, "2024-09-02", reference=REF, repaired=True))
    assert ("钱国栋", "局长", "浙江省知识产权局") in found
    assert ("孔德明", "副局长", "浙江省知识产权局") in found


def test_a_name_listed_after_another_under_one_title_holds_that_title_too() -> None:
    found = roles(run(SCHEDULE, "2024-09-02", reference=REF, repaired=True))
    assert ("邵雅琴", "副局长", "浙江省知识产权局") in found


def test_a_legend_with_no_body_named_at_the_top_of_the_page_gives_no_role() -> None:
    text = "本周安排\n\n局领导：局长 钱国栋；副局长 孔德明\n"
    assert not roles(run(text, "2024-09-02", reference=REF, repaired=True))


def test_a_family_name_read_as_a_preposition_opens_a_name_before_a_verb_of_presence() -> None:
    text = "9月12日，由江西省人民政府主办的产业对接会在赣州召开。副省长向立新出席并讲话。"
    found = run(text, "2024-09-13", reference=REF)
    assert "向立新" in people(found)
    assert ("向立新", "副省长", "江西省人民政府") in roles(found)


def test_a_preposition_before_a_common_noun_after_a_title_is_still_a_phrase() -> None:
    text = "江西省知识产权局局长向来宾介绍了全省商标品牌建设情况。"
    assert not any(n.startswith("向") for n in people(run(text, "2024-09-13", reference=REF)))
