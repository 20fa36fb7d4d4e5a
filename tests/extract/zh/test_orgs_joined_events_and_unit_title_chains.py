"""Two events held as one, and a holder's title that names two units of one body.

"某某研讨会暨三局局长会" joins a seminar to a meeting of three offices' heads: neither the
run-on stretch nor the part after 暨 is an organisation. A title written "A以及B执行主任"
(director of two units of the body named before them) is held at that body, the units part
of the title, no organisations of their own.
"""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_a_seminar_joined_to_a_heads_meeting_names_no_body() -> None:
    facts = run("下月，三方代表将赴首尔出席第九届中日韩外观设计研讨会暨三局局长会。")
    names = org_names(facts)
    assert not any("研讨会" in n or n.startswith("暨") or n.endswith("三局") for n in names)


def test_a_title_over_two_units_of_a_named_body_is_held_at_the_body() -> None:
    facts = run(
        "访问期间，代表团听取了WIPO的情况介绍。WIPO培训学院以及战略规划办公室执行主任"
        "Ken Mori介绍了相关情况，培训学院院长王立明也作了发言。"
    )
    names = org_names(facts)
    assert "战略规划办公室" not in names
    assert (
        "Ken Mori",
        "培训学院以及战略规划办公室执行主任",
        "World Intellectual Property Organization",
    ) in roles(facts)


def test_two_bodies_joined_before_a_title_stay_bodies() -> None:
    facts = run("会上，中国科学院和中国工程院院士王立明作了报告。")
    assert {"中国科学院", "中国工程院"} <= org_names(facts)
