"""A portfolio in brackets after a title (副校长（科研）) is part of the title, and a short
form defined in brackets after a body's full name (X大学（X大）) stands for that body when a
later title follows it (importers/zh/people.py, roles.py); a body and title in brackets
right after a name are its post (bios.bracketed_posts)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run

TEXT = (
    "南海理工大学（南理工）昨日举办技术转移论坛。"
    "南理工副校长（科研及产业）吴家明教授致辞，介绍了学校的专利转化成果。"
    "南理工校长马骏教授出席论坛。"
)


def test_a_bracketed_portfolio_after_a_title_stays_in_the_title() -> None:
    found = roles(run(TEXT, repaired=True))
    assert ("吴家明", "副校长(科研及产业)", "南海理工大学") in found or (
        "吴家明",
        "副校长（科研及产业）",
        "南海理工大学",
    ) in found


def test_a_short_form_defined_in_brackets_names_the_body_of_a_later_title() -> None:
    assert ("马骏", "校长", "南海理工大学") in roles(run(TEXT, repaired=True))


def test_a_bracket_after_a_title_with_no_name_after_it_is_not_a_portfolio() -> None:
    facts = run("南海理工大学副校长（待定）将于下月公布。", repaired=True)
    assert not people(facts)


def test_a_post_in_brackets_right_after_a_name_is_that_persons_post() -> None:
    facts = run("卡琳·约翰松（北岭知识产权研究会会长）在会上发言。", repaired=True)
    assert ("卡琳·约翰松", "会长", "北岭知识产权研究会") in roles(facts)


def test_a_caption_opening_with_tu_wei_names_each_bracketed_official_from_the_name() -> None:
    facts = run("图为卡琳·约翰松（北岭知识产权研究会会长）与王立群（南港专利协会秘书长）。")
    assert people(facts) == {"卡琳·约翰松", "王立群"}
    assert ("王立群", "秘书长", "南港专利协会") in roles(facts)


def test_a_bracket_of_a_side_after_a_name_is_no_post() -> None:
    facts = run("李明（左）与王立群（右）握手。")
    assert not roles(facts)


def test_a_dotted_name_before_a_bracketed_post_is_read_whole_not_from_its_last_part() -> None:
    facts = run("会上，让-保罗·杜兰（北岭知识产权研究会会长）致辞。")
    assert people(facts) == {"让-保罗·杜兰"}
    assert ("让-保罗·杜兰", "会长", "北岭知识产权研究会") in roles(facts)
