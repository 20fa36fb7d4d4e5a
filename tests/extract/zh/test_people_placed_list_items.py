"""A list of officials whose item opens with a place where a body would stand (某省 + 某某某 +
局长): the name between the place and the title is read as after a body's name, even when
jieba splits it into other words, and the place names no body, so the post has none
(importers/zh/people.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import people, run


def _posts(text: str) -> set[tuple[str, str, str | None]]:
    facts = run(text, repaired=True)
    names = {p.key: p.name for p in facts.people}
    orgs = {o.key: o.name for o in facts.orgs}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_name_between_an_opening_place_and_a_title_holds_the_post_with_no_body() -> None:
    posts = _posts(
        "考察團成員有:江蘇省知識產權局鄭明遠局長、福建省林海峰局長、湖南省周建國副局長。"
    )
    assert ("林海峰", "局長", None) in posts
    assert ("周建國", "副局長", None) in posts
    assert ("鄭明遠", "局長", "江蘇省知識產權局") in posts


def test_a_place_inside_a_body_s_name_does_not_open_an_item() -> None:
    posts = _posts("出席者包括:江蘇省知識產權局鄭明遠局長。")
    assert all(org == "江蘇省知識產權局" for _, _, org in posts)


def test_a_place_that_does_not_open_an_item_reads_no_name_after_it() -> None:
    facts = run("會議在福建省召開,來自福建省內各局長均出席。", repaired=True)
    assert not people(facts)
