"""A body first named with its country and then without it (老挝万象国立大学, then 万象国立大学)
is one body, never a shorter cut of its name; 各市州 + a bureau's kind is every such bureau,
no organisation; a union named as one side of a promotion event's name or as a trade
partner (与东盟经贸往来) is a region there, not a body."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def test_a_body_named_again_without_its_country_is_that_body_not_a_cut_of_it() -> None:
    text = "9月5日，云南大学与老挝万象国立大学签署合作协议，万象国立大学副校长宋坎出席。"
    found = run(text, "2024-09-06", reference=REF)
    assert "国立大学" not in org_names(found)
    assert ("宋坎", "副校长", "老挝万象国立大学") in roles(found)


def test_each_city_s_bureau_of_a_kind_is_no_organisation() -> None:
    text = "座谈会上，各区县商务局的同志作了交流发言。"
    assert "商务局" not in org_names(run(text, "2024-09-06", reference=REF))


def test_each_districted_city_s_bureau_is_no_organisation() -> None:
    """设区市 (a city with districts) is a level too: 各设区市 + a bureau's kind, as a
    provincial notice addresses them, names no one body."""
    text = "各设区市商务局，省级有关单位：现将年度工作要点印发给你们。"
    assert not any(n.endswith("商务局") for n in org_names(run(text, "2024-09-06", reference=REF)))


def test_a_union_as_one_side_of_a_promotion_event_s_name_is_not_mentioned() -> None:
    text = "2024云南—东盟商品贸易推介会在昆明开幕。"
    assert "东盟" not in org_names(run(text, "2024-09-06", reference=REF))


def test_a_union_as_a_trade_partner_is_not_mentioned() -> None:
    text = "云南与东盟经贸合作日益紧密。"
    assert "东盟" not in org_names(run(text, "2024-09-06", reference=REF))
