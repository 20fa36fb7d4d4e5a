"""A goal verb's later objects (打造X高地和面向世界的Y中心): a hub that closes the clause after
a goal verb, joined to an earlier object or described by its own clause, is what a place is to
become, no body; a centre named as a partner is still one."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_a_hub_joined_to_an_earlier_goal_is_no_body() -> None:
    facts = run("甲市正致力于打造国际版权保护高地和亚太调解中心,营造良好环境。")
    assert not any(n.endswith("调解中心") for n in org_names(facts))


def test_a_hub_described_by_its_own_clause_after_a_goal_is_no_body() -> None:
    facts = run("甲市正致力于打造国际版权保护高地和面向世界的亚太调解中心,营造良好环境。")
    assert not any(n.endswith("调解中心") for n in org_names(facts))
    facts = run("乙市将打造面向全球的国际调解中心。")
    assert not any(n.endswith("调解中心") for n in org_names(facts))


def test_a_centre_that_signs_with_a_body_is_a_body() -> None:
    facts = run("甲市知识产权局与上海国际仲裁中心签署了合作协议。")
    assert "上海国际仲裁中心" in org_names(facts)
