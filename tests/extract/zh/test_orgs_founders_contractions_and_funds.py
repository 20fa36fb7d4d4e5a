"""Names that open with who founded the body (国立, 私立), a university's unbracketed
contraction (某某交大), offices named by what they do (…推进本部, …促进中心), and a fund
marked by its bracketed short form with its governing committee before a title
(importers/zh/orgs/grown.py, contracted.py, index.py)."""

from __future__ import annotations

from importers.zh.orgs.contracted import contractions
from tests.extract.zh.helpers import org_names, roles, run


def test_a_founder_s_word_opens_a_university_s_name() -> None:
    names = org_names(run("私立辅仁大学昨日与国立中山大学签署学术合作协议。", repaired=True))
    assert {"私立辅仁大学", "国立中山大学"} <= names


def test_a_university_named_in_full_is_named_again_by_its_contraction() -> None:
    assert contractions("国立成功大学与京都大学合作。成大校长致词。", "国立成功大学") == [
        "成功大学",
        "成大",
    ]
    assert contractions("北京交通大学与北交大附属中学", "北京交通大学") == ["北交大"]
    assert contractions("中山大学代表出席。", "中山大学") == []


def test_the_contraction_after_the_full_name_is_the_same_university() -> None:
    facts = run("国立成功大学与京都大学签署备忘录。成大与京都大学将互派学生。")
    (school,) = [o for o in facts.orgs if o.name == "国立成功大学"]
    assert "成大" in school.aliases
    assert not any(o.name == "成大" for o in facts.orgs)


def test_an_office_named_by_what_it_promotes_is_grown_to_its_end() -> None:
    names = org_names(run("清华大学与大阪大学国际合作推进本部将共同管理专利。", repaired=True))
    assert "大阪大学国际合作推进本部" in names
    names = org_names(run("浙江大学与名古屋大学技术转移促进中心签订协议。", repaired=True))
    assert "名古屋大学技术转移促进中心" in names


def test_a_fund_marked_by_its_contraction_keeps_its_committee_in_the_title() -> None:
    text = "香港特別行政區政府創新及科技基金（創科基金）管理委員會主席李明德出席簽署儀式。"
    facts = run(text, repaired=True)
    names = org_names(facts)
    assert "香港特別行政區政府創新及科技基金" in names
    assert not any(n.endswith("委員會") for n in names)
    assert ("李明德", "管理委員會主席", "香港特別行政區政府創新及科技基金") in roles(facts)
