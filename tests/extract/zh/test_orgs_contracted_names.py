"""A body introduced with its short form in brackets (某某研究院（某研院）), then named by it: the
short form inside a longer name, after a place, or before a unit; and the words around such
names that are no part of them (a title and a joiner before, a place and a kind of body)."""

from __future__ import annotations

import pytest

from importers.resolve.reference import parse
from importers.zh.orgs.aliases import contracts
from importers.zh.orgs.contracted import renamed_by_parts
from importers.zh.orgs.mention import Mention
from tests.extract.zh.helpers import agreements, org_names, roles, run


@pytest.mark.parametrize(
    ("text", "parent", "short", "unit"),
    [
        (
            "台州海洋大學（台海大）知識產權服務中心昨日與北方某集團簽署技術轉讓協議。",
            "台州海洋大學",
            "台海大",
            "台州海洋大學知識產權服務中心",
        ),
        (
            "台州海洋大学(台海大)知识产权服务中心昨日与北方某集团签署技术转让协议。",
            "台州海洋大学",
            "台海大",
            "台州海洋大学知识产权服务中心",
        ),
        (
            "东海先进材料研究院（东材院）成果转化中心与一家德国企业签署合作协议。",
            "东海先进材料研究院",
            "东材院",
            "东海先进材料研究院成果转化中心",
        ),
    ],
)
def test_a_unit_run_on_after_its_parents_bracketed_short_form_is_a_sub_body_of_that_parent(
    text: str, parent: str, short: str, unit: str
) -> None:
    facts = run(text)
    names = org_names(facts)
    assert {parent, short, unit} <= names
    assert not any("(" in n or "（" in n for n in names)
    (body,) = [o for o in facts.orgs if o.name == parent]
    assert short in body.aliases


def test_the_unit_that_runs_on_after_the_bracket_signs_not_its_parent() -> None:
    facts = run("台州海洋大学(台海大)知识产权服务中心与北方某集团签署技术转让协议。")
    ((_, _, _, parties),) = agreements(facts)
    assert "台州海洋大学知识产权服务中心" in parties
    assert "台州海洋大学" not in parties


def test_the_parents_short_form_before_the_unit_names_the_same_sub_body() -> None:
    facts = run(
        "台海大知识产权服务中心获奖。台州海洋大学（台海大）知识产权服务中心于上月成立，"
        "服务全省企业。"
    )
    (unit,) = [o for o in facts.orgs if o.name == "台州海洋大学知识产权服务中心"]
    assert "台海大知识产权服务中心" in unit.aliases
    assert all(o.name != "台海大知识产权服务中心" for o in facts.orgs)


def test_a_bracketed_contraction_marks_a_name_that_opens_with_no_place() -> None:
    facts = run("先进制造技术研究院（先研院）今日与北方某集团签署合作备忘录。")
    (body,) = [o for o in facts.orgs if o.name == "先进制造技术研究院"]
    assert "先研院" in body.aliases


# A research body of one economy that the reference knows by its full name only.
PLACED_REF = parse(
    [
        {
            "id": "amti",
            "name": "Advanced Manufacturing Technology Institute",
            "kind": "other",
            "country": "TW",
            "names": [{"text": "先进制造技术研究院"}],
        }
    ],
    [],
)


@pytest.mark.parametrize("place", ["臺灣", "台湾"])
def test_a_bodys_own_place_before_its_short_form_is_that_body_not_a_new_one(place: str) -> None:
    facts = run(
        f"先进制造技术研究院（先研院）今日发布年报。{place}先研院与北方某集团签署合作备忘录。",
        reference=PLACED_REF,
    )
    (body,) = [o for o in facts.orgs if o.ref == "amti"]
    assert "先研院" in body.aliases
    assert all(o is body or not o.name.endswith("先研院") for o in facts.orgs)


def test_a_name_grown_from_the_bodys_own_place_and_its_short_form_names_that_body() -> None:
    amti = PLACED_REF.org_named("先进制造技术研究院")
    found = [
        Mention(0, 9, "先进制造技术研究院", amti, "gazetteer"),
        Mention(10, 13, "先研院", amti, "alias"),
        Mention(30, 35, "台湾先研院"),
        Mention(40, 45, "泰国先研院"),
    ]
    pairs = renamed_by_parts(found, lambda name: "ref:amti" if "研" in name else name)
    assert [(m.name, key) for m, key in pairs] == [("台湾先研院", "ref:amti")]


def test_another_countrys_name_before_a_short_form_is_a_body_of_its_own() -> None:
    facts = run(
        "先进制造技术研究院（先研院）今日发布年报。泰国先研院也派员参加。",
        reference=PLACED_REF,
    )
    (body,) = [o for o in facts.orgs if o.ref == "amti"]
    assert "泰国先研院" not in body.aliases


@pytest.mark.parametrize("joiner", ["与", "和", "及", "同"])
def test_a_joiner_after_a_title_ends_what_came_before_the_body_it_opens(joiner: str) -> None:
    facts = run(
        "先进制造技术研究院（先研院）今日发布年报。"
        f"北方某集团总裁陈立群教授{joiner}先研院副院长李明远共同出席。"
    )
    assert not any(joiner in n and "教授" in n for n in org_names(facts))
    assert ("李明远", "副院长", "先进制造技术研究院") in roles(facts)


@pytest.mark.parametrize(
    "phrase",
    [
        "香港機構",
        "內地企業",
        "本地高校",
        "澳门院校",
        "海外机构",
        "当地企业",
        "澳门科研机构",
        "两岸企业",
    ],
)
def test_a_place_or_a_local_word_before_a_kind_of_body_names_no_body(phrase: str) -> None:
    facts = run(f"中心将继续加强与{phrase}的合作，推动专利转化。")
    assert not any(phrase in n or n in phrase for n in org_names(facts))


def test_a_place_before_a_university_is_still_a_university() -> None:
    facts = run("南岭大学与北川大学签署合作协议。")
    assert {"南岭大学", "北川大学"} <= org_names(facts)


@pytest.mark.parametrize(
    ("short", "name", "expected"),
    [
        ("台海大", "台州海洋大学", True),  # 大学 shortened to 大
        ("先研院", "先进制造技术研究院", True),
        ("台洋学", "台州海洋大学", True),
        ("海洋", "台州海洋大学", False),  # the opening of a name, not its contraction
        ("北海大", "台州海洋大学", False),
    ],
)
def test_a_contraction_keeps_the_names_characters_in_order_and_ends_as_it_ends(
    short: str, name: str, expected: bool
) -> None:
    assert contracts(short, name) is expected
