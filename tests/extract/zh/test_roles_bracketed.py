"""A portfolio in brackets after a title (副校长（科研）) is part of the title, and a short
form defined in brackets after a body's full name (X大学（X大）) stands for that body when a
later title follows it (importers/zh/people.py, roles.py)."""

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
