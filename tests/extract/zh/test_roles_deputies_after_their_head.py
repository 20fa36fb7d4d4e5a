"""Deputies named after their head (importers/zh/implied_bodies.py `ladder_roles`): a title
with no body that is a deputy's rank before the title of an official named earlier in the same
sentence at a body (副总干事, 助理总干事 after 总干事) is held at that body; across a full stop,
or with the same title again (a peer, maybe of another body), or past another body named
between (the host after a visiting head), it is not."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.zh.helpers import run


def _held(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_deputies_listed_after_their_head_in_one_sentence_hold_posts_at_the_heads_body() -> None:
    facts = run(
        "6月3日，泰国知识产权厅厅长宋猜在日内瓦与世界知识产权组织总干事刘明会谈，"
        "随后又同副总干事赵强，助理总干事周文一起出席了研讨会。"
    )
    held = _held(facts)
    assert ("赵强", "副总干事", "世界知识产权组织") in held
    assert ("周文", "助理总干事", "世界知识产权组织") in held


def test_a_deputy_in_the_next_sentence_is_not_read_back_to_the_head() -> None:
    facts = run("6月3日，宋猜与世界知识产权组织总干事刘明会谈。次日，副总干事赵强出席了研讨会。")
    assert ("赵强", "副总干事", "世界知识产权组织") not in _held(facts)


def test_the_same_title_again_names_a_peer_not_a_deputy() -> None:
    facts = run("世界知识产权组织总干事刘明会见了来访的总干事赵强一行。")
    assert ("赵强", "总干事", "世界知识产权组织") not in _held(facts)


def test_a_deputy_after_another_body_named_between_is_not_read_back_to_the_visiting_head() -> None:
    facts = run(
        "4月8日，南岭专利局局长何塞·拉米雷斯一行拜会北岭知识产权局，副局长赵文涛会见了代表团。"
    )
    assert ("赵文涛", "副局长", "南岭专利局") not in _held(facts)
