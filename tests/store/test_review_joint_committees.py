"""A Chinese body's name may hold nominal verbs one after another before its head (渔业合作
联合委员会: a joint committee of cooperation): all are words of the name, none a sentence
running on. A verb before no head is still doubted. A place and its consultative conference
(某省政协) names one body, as a place and its legislature does. Every name here is our
own."""

from __future__ import annotations

from store.review.signals import organisation_signs


def _keys(name: str) -> set[str]:
    return {sign.key for sign in organisation_signs(name)}


def test_nominal_verbs_one_after_another_before_a_head_are_the_names_own() -> None:
    assert "zh_breaks" not in _keys("冰岛—智利渔业合作联合委员会")
    assert "zh_breaks" not in _keys("渔业交流合作中心")


def test_a_verb_before_no_head_still_runs_across_the_sentence() -> None:
    assert "zh_breaks" in _keys("冰岛渔业合作协议")
    assert "zh_breaks" in _keys("某地会见联合委员会")


def test_a_place_and_its_consultative_conference_is_a_body() -> None:
    assert "zh_short" not in _keys("青海省政协")
    assert "zh_short" in _keys("青海省中心")
