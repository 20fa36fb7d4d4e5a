"""A Party post chained before a state post (中共中央政治局常委、国务院副总理 + name): the
Politburo is a body the reference data knows, whatever way jieba cuts it before 常委, so the
holder has both posts, each at its own body."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import roles, run


def test_a_politburo_standing_member_who_is_vice_premier_holds_both_posts() -> None:
    got = roles(
        run(
            "论坛在上海开幕。中共中央政治局常委、国务院副总理赵立新出席开幕式。",
            reference=load_reference(),
        )
    )
    assert ("赵立新", "常委", "中共中央政治局") in got
    assert ("赵立新", "副总理", "中华人民共和国政府") in got


def test_a_politburo_member_keeps_the_member_title() -> None:
    got = roles(
        run("中共中央政治局委员、国务院副总理赵立新会见了代表团。", reference=load_reference())
    )
    assert ("赵立新", "委员", "中共中央政治局") in got
