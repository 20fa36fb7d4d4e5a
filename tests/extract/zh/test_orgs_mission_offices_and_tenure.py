"""A mission's economic and commercial office as a body of its own
(importers/zh/orgs/own_missions.py), words of tenure (时任) before a post, a reorganisation
verb between two bodies, and a government's agencies as a kind (importers/zh/orgs/shape.py)."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import org_names, roles, run

OFFICES = parse(
    [
        {
            "id": "egypt-ipo",
            "name": "Egyptian Intellectual Property Authority",
            "names": [{"text": "埃及知识产权局"}],
        },
        {
            "id": "hkipd",
            "name": "Intellectual Property Department",
            "names": [{"text": "知識產權署"}, {"text": "香港特别行政区政府知识产权署"}],
        },
    ],
    [],
)


def test_an_embassys_economic_office_is_one_body_in_full_or_short_holding_its_counsellor() -> None:
    text = (
        "2025年6月，驻埃及使馆经济商务处经商参赞孙立平拜会埃及知识产权局。"
        "企业如遇纠纷，可联系驻埃及使馆经商处。\n"
    )
    facts = run(text, "2025-07-01", reference=OFFICES)
    offices = [o for o in facts.orgs if "经" in o.name]
    assert len(offices) == 1
    assert {"驻埃及使馆经济商务处", "驻埃及使馆经商处"} <= {offices[0].name, *offices[0].aliases}
    assert ("孙立平", "经商参赞", offices[0].name) in roles(facts)


def test_a_post_held_then_names_its_body_without_the_word_for_then() -> None:
    text = "协议由时任知识产权署署长吴家明签署，时任经济局局长梁志远出席。\n"
    facts = run(text, "2010-01-01", reference=OFFICES)
    assert not any(n.startswith("时任") for n in org_names(facts))
    assert ("吴家明", "署长") in {(p, t) for p, t, _o in roles(facts)}


def test_duties_moved_from_one_office_into_another_name_two_bodies() -> None:
    text = "机构改革后，江西省知识产权局职责划入江西省市场监督管理局，对外保留牌子。\n"
    names = org_names(run(text, "2020-01-01", reference=OFFICES))
    assert {"江西省知识产权局", "江西省市场监督管理局"} <= names
    assert not any("职责" in n for n in names)


def test_a_governments_agencies_are_a_kind_not_a_body() -> None:
    text = "2022年福建省政府机构调整后，福建省知识产权局继续负责对外合作。\n"
    assert "福建省政府机构" not in org_names(run(text, "2023-01-01", reference=OFFICES))


def test_a_unit_and_its_heads_title_before_a_dotted_name_go_on_the_title_not_the_name() -> None:
    ref = parse(
        [{"id": "oapi", "name": "OAPI", "names": [{"text": "非洲知识产权组织"}]}],
        [],
    )
    text = "非洲知识产权组织总干事办公室主任阿马杜·迪亚洛出席会议并致辞。\n"
    assert ("阿马杜·迪亚洛", "总干事办公室主任", "非洲知识产权组织") in roles(
        run(text, "2025-01-01", reference=ref)
    )
