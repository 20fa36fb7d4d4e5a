"""A branch named by its field, then its city, then a two-character suffix (某审查协作 +
广州 + 中心) is one body: the city does not open a name of its own (广州中心), which would be
a fragment; a city and a suffix alone, after a verb, stay as they are."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, run


def test_field_words_glued_before_a_city_and_centre_are_part_of_the_name() -> None:
    names = org_names(run("考察团走访了商标局、规划司和专利审查协作广州中心等单位。"))
    assert "专利审查协作广州中心" in names
    assert "广州中心" not in names


def test_a_city_and_centre_after_a_verb_take_no_word_before_them() -> None:
    names = org_names(run("考察团参观了广州中心。"))
    assert "了广州中心" not in names and not any(n.endswith("了广州中心") for n in names)


def test_a_former_name_mark_is_no_field_word() -> None:
    names = org_names(run("新加坡知识产权处（原新加坡知识产权局）与欧洲专利局签署了合作备忘录。"))
    assert not any(n.startswith("原") for n in names)


def test_a_verb_before_a_city_s_university_stays_out_of_its_name() -> None:
    names = org_names(run("该馆协同杭州大学举办了专利培训。"))
    assert not any(n.startswith("协同") for n in names)
