"""A Hong Kong or Macao secretary (經濟財政司司長) holds a portfolio of the region's
government (importers/zh/roles.py `portfolio_roles`, zh/portfolio.py): the role is at that
government, under the whole portfolio title, and the secretariat is no organisation."""

from __future__ import annotations

from importers.resolve.reference import parse
from store.text.titles import title_key, translations
from tests.extract.zh.helpers import org_names, roles, run

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
    [],
)


def test_a_secretary_holds_the_portfolio_at_the_government_the_text_names() -> None:
    facts = run(
        "澳門特別行政區政府昨日舉行記者會，經濟財政司司長梁振華介紹明年施政重點。",
        reference=REF,
        repaired=True,
    )
    assert ("梁振華", "經濟財政司司長", "澳門特別行政區政府") in roles(facts)
    assert "經濟財政司" not in org_names(facts)


def test_a_government_named_only_inside_a_bureau_s_name_still_holds_the_portfolio() -> None:
    facts = run(
        "澳門特別行政區政府經濟及科技發展局與兩所大學簽署培訓協議，"
        "經濟財政司司長梁振華出席並致辭。",
        reference=REF,
        repaired=True,
    )
    ((person, title, org),) = {r for r in roles(facts) if r[0] == "梁振華"}
    assert title == "經濟財政司司長"
    assert org == "澳門特別行政區政府"  # as the text writes it
    assert next(o for o in facts.orgs if o.name == org).ref == "mo-gov"
    assert "經濟財政司" not in org_names(facts)


def test_a_portfolio_title_and_a_board_s_head_are_one_title_in_both_languages() -> None:
    assert title_key("Secretary for Economy and Finance") in translations("經濟財政司司長")
    assert title_key("Secretary for Justice") in translations("律政司司長")
    assert title_key("Chairman of the Board") in translations("董事會主席")
