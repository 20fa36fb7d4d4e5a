"""Where a Chinese body's name ends: before a conjunction after a whole name, before a short
form's bracket; a directorate-general named with its owner is one body; a place's area and a
kind of body is no body; a representative office whose head signs is a party of its own; a
legal form before a name (財團法人, 独立行政法人) begins it (orgs/legal_forms.py)."""

from __future__ import annotations

from importers.resolve.reference import parse
from importers.zh.orgs.shape import ranked_title
from tests.extract.zh.helpers import org_names, roles, run

COMMISSION = parse(
    [
        {
            "id": "commission",
            "name": "Commission (test)",
            "kind": "igo",
            "names": [{"text": "欧盟委员会"}],
        }
    ],
    [],
)


def test_a_conjunction_after_an_abbreviated_body_joins_two_bodies() -> None:
    facts = run("省贸促会与国际版权协会签署合作协议。", repaired=True)
    assert not any("与" in n for n in org_names(facts))


def test_a_name_ends_before_the_bracket_of_its_short_form_in_either_width() -> None:
    for text in (
        "东海贸易投资促进局（贸投局）与甲公司签署协议。",
        "东海贸易投资促进局(贸投局)与甲公司签署协议。",
    ):
        names = org_names(run(text, repaired=True))
        assert "东海贸易投资促进局" in names
        assert not any("(" in n and ")" not in n for n in names)


def test_a_directorate_general_after_its_commission_is_one_body() -> None:
    facts = run(
        "欧盟委员会农业和农村发展总司代表出席了研讨会。", reference=COMMISSION, repaired=True
    )
    assert "欧盟委员会农业和农村发展总司" in org_names(facts)


def test_a_ministry_of_fields_listed_with_a_pause_mark_after_its_country_is_one_body() -> None:
    facts = run("澳大利亚工业、科学和资源部政务次官布朗出席了研讨会。", repaired=True)
    assert ("布朗", "政务次官", "澳大利亚工业、科学和资源部") in roles(facts)
    assert "资源部" not in org_names(facts)


def test_an_office_of_fields_listed_with_a_pause_mark_after_its_country_is_one_body() -> None:
    facts = run("以新西兰版权、外观设计与商标局局长约翰·卡特为首的代表团来访。", repaired=True)
    assert ("约翰·卡特", "局长", "新西兰版权、外观设计与商标局") in roles(facts)
    assert "外观设计与商标局" not in org_names(facts)


def test_countries_listed_with_a_pause_mark_before_a_ministry_are_no_ministry() -> None:
    facts = run("加拿大、新西兰和挪威外交部先后发表声明。", repaired=True)
    assert not any("、" in n for n in org_names(facts))


def test_an_area_of_a_place_and_a_kind_of_body_names_no_body() -> None:
    facts = run("这是该署首次与南美地区机构签署合作文件。", repaired=True)
    assert not any("地区" in n for n in org_names(facts))


def test_a_representative_office_whose_head_signs_is_a_party_of_its_own() -> None:
    text = "乙方与北欧设计联合会上海代表处首席代表马丁·霍尔姆签署了培训协议。"
    facts = run(text, repaired=True)
    assert ("马丁·霍尔姆", "首席代表", "北欧设计联合会上海代表处") in roles(facts)


def test_a_rank_before_a_head_noun_and_the_title_it_makes_is_one_title() -> None:
    assert ranked_title("首席", "研究院", "院长")  # 首席研究院院长: a chief's title
    assert not ranked_title("", "研究院", "院长")  # no rank
    assert not ranked_title("首席", "研究院", "所长")  # the title is not the head noun's


def test_a_legal_form_written_before_a_body_begins_its_name() -> None:
    facts = run("財團法人北岭經濟研究院院長張明德應邀出席座談。")
    names = org_names(facts)
    assert "財團法人北岭經濟研究院" in names or "财团法人北岭经济研究院" in names
    assert any(r[0] == "張明德" and r[2].endswith("研究院") for r in roles(facts))
    assert not any(n.startswith("經濟研究院") for n in names)


def test_a_body_named_with_its_legal_form_is_the_body_written_later_without_it() -> None:
    facts = run("財團法人北岭經濟研究院今日舉辦論壇。北岭經濟研究院院長張明德致詞。")
    assert len(facts.orgs) == 1
