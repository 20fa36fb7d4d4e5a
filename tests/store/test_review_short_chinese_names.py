"""Short Chinese names: a brand, a body named by its place, or a head word with too little
before it (store/review/zh_signs.py, misnamed.py). A sign fires only where its reason holds,
so correct company names a list yields do not open the queue. Every name here is our own."""

from __future__ import annotations

from store.review.signals import organisation_signs


def _signs(name: str) -> dict[str, str]:
    return {s.key: s.why for s in organisation_signs(name)}


def test_a_brand_with_no_head_word_is_not_a_place_and_a_generic_word() -> None:
    for name in ("云雀", "晨光科技", "蓝鲸网讯", "旭日光电", "嘉禾"):
        assert "zh_short" not in _signs(name), name


def test_a_place_and_a_head_word_only_is_doubted_as_such() -> None:
    assert _signs("巴西中心")["zh_short"] == "a place and a generic word only"
    assert _signs("市研究所")["zh_short"] == "a place and a generic word only"


def test_a_head_word_with_one_word_before_it_asks_whose_body_it_is() -> None:
    assert "whose" in _signs("外贸部")["zh_short"]
    assert "whose" in _signs("最高法院")["zh_short"]


def test_a_place_with_a_portfolio_or_a_head_a_place_or_brand_alone_names_is_a_name() -> None:
    for name in ("智利农业部", "秘鲁政府", "河西省委", "海滨大学", "晨星公司"):
        assert "zh_short" not in _signs(name), name


def test_a_doubled_character_of_a_brand_is_not_a_name_run_into_its_repeat() -> None:
    for name in ("可可乐乐", "多多", "来来餐饮"):
        assert "doubled" not in _signs(name), name
    assert "doubled" in _signs("河西省商务厅厅")
    assert "doubled" in _signs("北湾研究会会")


def test_a_particle_after_a_brands_first_character_does_not_run_across_the_sentence() -> None:
    assert "zh_breaks" not in _signs("优的")
    assert "zh_breaks" in _signs("两国的知识产权局")
    assert "zh_breaks" in _signs("北湾的商会")


def test_a_cooperation_zone_or_department_keeps_its_verb_as_a_word_of_the_name() -> None:
    assert "zh_breaks" not in _signs("北湾南岛深度合作区管理局")
    assert "zh_breaks" not in _signs("北湾商务厅对外合作司")
    assert "zh_breaks" in _signs("北湾合作签署局")
