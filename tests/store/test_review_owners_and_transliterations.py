"""Names the review queue should not doubt for their shape: a foreign name written in Chinese
with no dot, a body states formed for a field of cooperation, a union's own organ
(store/review/zh_signs.py, signals.py). Every name here is our own."""

from __future__ import annotations

from store.review.signals import organisation_signs, person_signs


def _org(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def _person(name: str) -> set[str]:
    return {s.key for s in person_signs(name)}


def test_a_foreign_name_transliterated_without_a_dot_is_not_doubted_for_its_surname() -> None:
    for name in ("罗莎莉娜", "奥斯本克", "维克多丽娅", "卡莉娜"):
        assert "zh_no_surname" not in _person(name), name


def test_a_traditional_transliteration_is_read_as_its_simplified_form() -> None:
    assert "zh_no_surname" not in _person("維克多麗婭")


def test_a_name_of_ordinary_words_still_starts_with_no_surname() -> None:
    assert "zh_no_surname" in _person("表示同意")
    assert "zh_no_surname" in _person("指出问题")


def test_two_transliteration_characters_are_too_few_to_excuse_a_missing_surname() -> None:
    assert "zh_no_surname" in _person("娜莎")


def test_a_cooperation_organisation_of_a_field_is_no_portfolio_office() -> None:
    for name in ("Maritime Cooperation Organization", "Agricultural Co-operation Organisation"):
        assert not _org(name) & {"unit_topical", "unit_words"}, name


def test_a_ministry_or_office_of_a_portfolio_still_asks_whose_it_is() -> None:
    assert "unit_topical" in _org("Ministry of Fisheries")
    assert "unit_topical" in _org("Fisheries Cooperation Office")


def test_a_unions_organ_names_its_owner() -> None:
    for name in ("欧盟委员会", "東盟秘書處", "非盟理事会"):
        assert "zh_short" not in _org(name), name


def test_a_council_or_department_named_alone_still_asks_whose_body_it_is() -> None:
    assert "zh_short" in _org("理事会")
    assert "zh_short" in _org("外交部")


def test_a_japanese_family_name_the_extractor_knows_is_a_surname_to_review_too() -> None:
    for name in ("片山雅人", "长谷川惠", "小野寺守"):
        assert "zh_no_surname" not in _person(name), name
