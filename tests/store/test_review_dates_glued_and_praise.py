"""Doubts of names that took a neighbour or their parent with them: a body's name that
opens with the month of the sentence's date or names its country twice, a person's name run
into the next word of the page, a Chinese phrase praising bodies of a kind, two Chinese
bodies joined by a verb of joining hands, a Chinese name that ran into its own last word
again, and a university's department named with the university. Every name is our own."""

from __future__ import annotations

from store.review.signals import organisation_signs, person_signs


def _keys(signs: tuple[object, ...]) -> set[str]:
    return {getattr(s, "key", "") for s in signs}


def test_a_body_whose_name_opens_with_a_month_was_cut_from_a_dateline() -> None:
    signs = organisation_signs("November Patent Office of Freedonia")
    assert "edge" in _keys(signs)
    assert "november" in signs[0].why


def test_may_and_march_open_real_names_and_are_not_doubted_for_it() -> None:
    assert "edge" not in _keys(organisation_signs("March Instruments Limited"))
    assert "edge" not in _keys(organisation_signs("May Institute of Technology"))


def test_a_persons_name_run_into_the_next_word_is_doubted() -> None:
    signs = person_signs("Hilda WesterbergShare")
    assert "phrase" in _keys(signs)
    assert "WesterbergShare" in signs[-1].why


def test_names_with_a_capital_inside_a_short_prefix_are_names() -> None:
    for name in ("Aoife McNamara", "Callum MacLeod", "Rosa DeLuca", "Maurice FitzGerald"):
        assert "phrase" not in _keys(person_signs(name)), name


def test_a_chinese_phrase_praising_bodies_of_a_kind_is_no_body() -> None:
    for name in ("世界一流高校", "知名研究院", "顶尖实验室"):
        assert "generic" in _keys(organisation_signs(name)), name
    assert "generic" not in _keys(organisation_signs("北方理工大学"))


def test_two_chinese_bodies_joined_by_a_verb_of_joining_hands_ran_across_the_sentence() -> None:
    assert "zh_breaks" in _keys(organisation_signs("海滨市科技局携手海滨市工商联合会"))
    assert "zh_breaks" in _keys(organisation_signs("南江省版权局联手南江大学"))


def test_a_chinese_body_that_ran_into_its_own_last_word_again_is_doubled() -> None:
    assert "doubled" in _keys(organisation_signs("北方省版权局版权局"))
    assert "doubled" not in _keys(organisation_signs("北方省版权局"))


def test_a_body_naming_its_one_word_country_twice_ran_across_a_sentence() -> None:
    assert "edge" in _keys(organisation_signs("Ministry of Fisheries Norway of Norway"))
    assert "edge" not in _keys(organisation_signs("Ministry of Fisheries of Norway"))


def test_a_universitys_or_academys_department_named_with_it_is_a_unit() -> None:
    for name in ("南江大学教务处", "北方省科学院交流部"):
        assert "unit_of" in _keys(organisation_signs(name)), name
    for name in ("南江大学", "南江大学专利研究中心", "南江大学图书馆"):
        assert "unit_of" not in _keys(organisation_signs(name)), name
