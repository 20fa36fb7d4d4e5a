"""A Hong Kong or Macao secretary (經濟財政司司長) holds a portfolio of the region's
government (importers/zh/implied_bodies.py `portfolio_roles`, zh/portfolio.py): the role is at that
government when the text names it as a body of its own, under the whole portfolio title, and
else has no body; the secretariat is no organisation, and a government named only inside a
longer name is none either."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import parse
from store.text.titles import title_key, translations
from tests.extract.zh.helpers import org_names, run

REF = parse(
    [
        {
            "id": "mo-gov",
            "name": "Government of the Macao Special Administrative Region",
            "kind": "government",
            "country": "MO",
            "names": [
                {"text": "澳门特别行政区政府"},
                {"text": "澳門特別行政區政府", "lang": "zh-Hant"},
            ],
        },
        {
            "id": "mo-finance",
            "name": "Secretariat for Economy and Finance (Macao)",
            "kind": "government",
            "country": "MO",
            "parent": "mo-gov",
            "names": [{"text": "经济财政司"}, {"text": "經濟財政司", "lang": "zh-Hant"}],
        },
        {
            "id": "mo-bureau",
            "name": "Economic and Technological Development Bureau (Macao)",
            "kind": "government",
            "country": "MO",
            "parent": "mo-gov",
            "names": [
                {"text": "澳门特别行政区政府经济及科技发展局"},
                {"text": "澳門特別行政區政府經濟及科技發展局", "lang": "zh-Hant"},
            ],
        },
    ],
    [
        {
            "id": "chan",
            "name": "Chan Chi Meng",
            "names": [{"text": "陈志明"}, {"text": "陳志明", "lang": "zh-Hant"}],
            "roles": [
                {"title": "Director", "organisation": "mo-bureau", "end": "2024-12-19"},
                {"title": "Secretary for Economy and Finance", "organisation": "mo-gov"},
            ],
        }
    ],
)


def _roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_secretary_holds_the_portfolio_at_the_government_the_text_names() -> None:
    facts = run(
        "澳門特別行政區政府昨日舉行記者會，經濟財政司司長梁振華介紹明年施政重點。",
        reference=REF,
        repaired=True,
    )
    assert ("梁振華", "經濟財政司司長", "澳門特別行政區政府") in _roles(facts)
    assert "經濟財政司" not in org_names(facts)


def test_a_government_named_only_inside_a_longer_name_gives_the_secretary_no_body() -> None:
    facts = run(
        "澳門特別行政區政府經濟及科技發展局與兩所大學簽署培訓協議，"
        "經濟財政司司長梁振華出席並致辭。",
        reference=REF,
        repaired=True,
    )
    assert ("梁振華", "經濟財政司司長", None) in _roles(facts)
    assert not {o.name for o in facts.orgs} & {"澳門特別行政區政府", "經濟財政司"}


def test_the_government_s_short_form_beside_a_secretary_is_that_government() -> None:
    facts = run(
        "經濟財政司司長梁振華表示，特區政府將繼續支持企業保護知識產權。",
        reference=REF,
        repaired=True,
    )
    assert ("梁振華", "經濟財政司司長", "特區政府") in _roles(facts)
    assert next(o for o in facts.orgs if o.name == "特區政府").ref == "mo-gov"


def test_a_portfolio_title_and_a_board_s_head_are_one_title_in_both_languages() -> None:
    assert title_key("Secretary for Economy and Finance") in translations("經濟財政司司長")
    assert title_key("Secretary for Justice") in translations("律政司司長")
    assert title_key("Chairman of the Board") in translations("董事會主席")


def test_a_bare_title_after_the_portfolio_refers_to_it_not_to_an_earlier_post() -> None:
    facts = run(
        "經濟財政司司長陳志明出席簽署儀式。陳志明司長致辭時表示，"
        "澳門特別行政區政府經濟及科技發展局將跟進合作。",
        reference=REF,
        repaired=True,
    )
    assert {r for r in _roles(facts) if r[0] == "陳志明"} == {("陳志明", "經濟財政司司長", None)}
