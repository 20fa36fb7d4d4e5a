"""A state's representative posted somewhere (importers/zh/representatives.py): the post as
written (驻甲国代表, 常驻某组织某办事处代表) is the title, with no body, and a name grown across
the post's 驻 is the post misread, not a body."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def _roles(facts):
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, r.org) for r in facts.roles}


def test_our_representative_to_a_country_holds_the_post_with_no_body() -> None:
    facts = run("我国驻荷兰代表周文华与对方代表签署了合作协议。")
    assert ("周文华", "我国驻荷兰代表", None) in _roles(facts)


def test_a_permanent_representative_to_an_organisations_office_is_no_body() -> None:
    facts = run("韩国常驻联合国维也纳办事处和其他国际组织代表金敏浩出席招待会。")
    assert _roles(facts) == {("金敏浩", "韩国常驻联合国维也纳办事处和其他国际组织代表", None)}
    assert not any(name.startswith("韩国常驻") for name in org_names(facts))


def test_the_representative_of_an_office_the_text_names_stays_at_that_office() -> None:
    facts = run("驻台北荷兰贸易暨投资办事处代表周文华出席。")
    roles = _roles(facts)
    assert len(roles) == 1 and next(iter(roles))[2] is not None
