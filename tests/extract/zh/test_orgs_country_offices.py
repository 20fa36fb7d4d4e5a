"""A country's name before the home office's short name names that country's own office,
not the home one: it joins the body the text names with the same country in full."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import parse
from tests.extract.zh.helpers import run

HOME = parse(
    [
        {
            "id": "home-office",
            "name": "Home Intellectual Property Office",
            "kind": "ip_office",
            "country": "TW",
            "names": [{"text": "经济部智慧财产局"}, {"text": "智慧局"}],
        },
        {
            "id": "home-council",
            "name": "Home Trade Promotion Council",
            "kind": "government",
            "country": "CN",
            "names": [{"text": "中国国际贸易促进委员会"}, {"text": "贸促会"}],
        },
    ],
    [],
)


def _group_of(facts: DocumentFacts, name: str) -> set[str]:
    return next({o.name, *o.aliases} for o in facts.orgs if name in {o.name, *o.aliases})


def test_a_foreign_country_before_the_home_office_s_short_name_is_that_country_s_office() -> None:
    facts = run(
        "經濟部智慧財產局與泰國智慧財產局今日舉行視訊會議。智慧局表示，"
        "泰國智慧局將派員參加明年的審查官培訓。",
        reference=HOME,
    )
    assert "泰國智慧局" not in _group_of(facts, "經濟部智慧財產局")
    assert "泰國智慧局" in _group_of(facts, "泰國智慧財產局")


def test_a_foreign_country_s_short_named_office_named_nowhere_in_full_stays_apart() -> None:
    facts = run("智慧局表示，泰國智慧局將派員參加明年的審查官培訓。", reference=HOME)
    assert "泰國智慧局" not in _group_of(facts, "智慧局")
