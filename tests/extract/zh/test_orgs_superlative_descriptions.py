"""A ranking before a kind of body ("the world's largest X company") describes the party named
next to it; it is no organisation's name. A supreme court's 最高 opens a name and stays."""

from __future__ import annotations

from importers.zh.orgs.shape import has_generic
from tests.extract.zh.helpers import org_names, run


def test_the_largest_company_of_its_kind_is_a_description() -> None:
    names = org_names(
        run("某市理工大学今天和全球最大专利运营公司、英国远景创新公司签署合作备忘录。")
    )
    assert not any(n.startswith("全球最大") for n in names)
    assert "英国远景创新公司" in names


def test_the_description_in_traditional_characters_is_dropped_too() -> None:
    names = org_names(
        run("某市理工大學今天和全球最大專利運營公司、英國遠景創新公司簽署合作備忘錄。")
    )
    assert not any(n.startswith("全球最大") for n in names)


def test_a_supreme_court_s_name_is_no_description() -> None:
    assert has_generic("全球最大专利运营公司")
    assert not has_generic("最高人民法院")


def test_a_word_of_renown_before_a_kind_of_body_ends_the_description_not_the_name() -> None:
    """某国 + 著名 + 华人社团 + the name: the place and the renown describe the body named after
    them, so the name is the body's own, not grown from the place."""
    text = "加拿大著名华人社团枫叶侨商联合会(Maple Merchants Union)举办了欢迎晚宴。"
    names = org_names(run(text))
    assert "枫叶侨商联合会" in names
    assert not any(n.startswith("加拿大") for n in names)
