"""A post that describes its holder before the name, as a relative clause: 担任某组织副总干事的
某某, 出任某局局长、来自某国的某某 ("the one who serves as …"). After a career verb and the post,
the linking 的 (with an origin clause before it) stands between title and name
(importers/zh/name_starts.py, `after_served_post`)."""

from __future__ import annotations

from tests.extract.zh.helpers import held_roles, people, run


def test_the_holder_after_a_served_post_and_its_link_holds_it() -> None:
    f = run("会上，担任世界知识产权组织副总干事的李明华致辞。")
    assert held_roles(f) == {("李明华", "副总干事", "世界知识产权组织")}


def test_an_origin_clause_may_stand_before_the_link() -> None:
    f = run("会上，自2016年起担任新加坡知识产权局局长、来自马来西亚的陈志强发言。")
    assert held_roles(f) == {("陈志强", "局长", "新加坡知识产权局")}


def test_a_post_that_no_career_verb_opens_links_no_name() -> None:
    assert not people(run("会上，新加坡知识产权局局长的讲话引起关注。"))


def test_what_the_post_links_to_may_be_no_person() -> None:
    assert not people(run("她开始担任欧洲专利局局长的职务。"))
