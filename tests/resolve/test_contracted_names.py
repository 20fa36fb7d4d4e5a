"""A Chinese body named in full and later by its place, level and head only (某省局), or by
its place and head (某局), is one body in that document; when two of its bodies fit the
short name, it decides nothing."""

from __future__ import annotations

from importers.facts import DocumentFacts, OrgFact, RoleFact
from importers.resolve.contracted import contracted_into, contraction
from importers.resolve.cut_names import fold_cut_names


def _org(key: str, name: str, *aliases: str) -> OrgFact:
    return OrgFact(key=key, name=name, aliases=list(aliases))


def test_a_place_its_level_and_a_head_make_a_contraction() -> None:
    assert contraction("湖南省局") == ("湖南省", "局")
    assert contraction("長沙市局") == ("长沙市", "局")
    assert contraction("湖南省知识产权局") is None
    assert contraction("省局") is None


def test_the_provincial_bureau_cut_to_its_place_is_the_one_named_in_full() -> None:
    orgs = [_org("o1", "湖南省知识产权局"), _org("o2", "湖南省局")]
    assert contracted_into(orgs) == {"o2": "o1"}


def test_two_bureaus_of_the_place_leave_the_short_name_alone() -> None:
    orgs = [_org("o1", "长沙市知识产权局"), _org("o2", "长沙市市场监督管理局")]
    orgs.append(_org("o3", "长沙市局"))
    assert contracted_into(orgs) == {}


def test_the_short_names_roles_and_names_go_to_the_full_body() -> None:
    facts = DocumentFacts(
        "zh/1",
        orgs=[_org("o1", "湖南省知識產權局"), _org("o2", "湖南省局")],
        roles=[RoleFact(person="p1", title="處長", org="o2")],
    )
    folded = fold_cut_names(facts)
    assert [o.key for o in folded.orgs] == ["o1"]
    assert "湖南省局" in folded.orgs[0].aliases
    assert folded.roles[0].org == "o1"


def test_a_place_and_a_head_with_no_level_are_the_one_body_that_adds_the_level() -> None:
    orgs = [_org("o1", "湖南省知识产权局"), _org("o2", "湖南局")]
    assert contracted_into(orgs) == {"o2": "o1"}


def test_a_place_and_a_head_with_no_level_decide_nothing_between_two_bodies() -> None:
    orgs = [_org("o1", "湖南省知识产权局"), _org("o2", "湖南省市场监督管理局")]
    orgs.append(_org("o3", "湖南局"))
    assert contracted_into(orgs) == {}


def test_a_head_after_words_that_are_no_place_cuts_nothing() -> None:
    orgs = [_org("o1", "湖南省知识产权局"), _org("o2", "知识产权局")]
    assert contracted_into(orgs) == {}


def test_a_place_and_the_high_courts_short_head_are_its_high_court() -> None:
    orgs = [_org("o1", "湖北省高级人民法院"), _org("o2", "湖北高院")]
    assert contracted_into(orgs) == {"o2": "o1"}


def test_the_short_head_keeps_or_drops_the_level_but_keeps_the_place() -> None:
    orgs = [_org("o1", "武汉市中级人民法院"), _org("o2", "武汉市中院"), _org("o3", "湖北高院")]
    assert contracted_into(orgs) == {"o2": "o1"}


def test_a_short_head_with_no_place_before_it_names_no_one_court() -> None:
    assert contracted_into([_org("o1", "湖北省高级人民法院"), _org("o2", "高院")]) == {}
