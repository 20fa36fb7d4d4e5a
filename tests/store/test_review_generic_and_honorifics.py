"""Doubts a different writer's text produces: a Chinese phrase about bodies of a kind
("foreign firms", "every country's office") is generic, not one body; a Chinese name that
runs on into a two-character clause word ("present", "attending") is cut from the sentence;
two people whose names share only an honorific and a family name are no shorter form of one
another. Every name here is our own."""

from __future__ import annotations

from store.review.pair_keys import blocking_keys
from store.review.signals import organisation_signs, person_signs


def _signs(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_chinese_phrase_about_foreign_bodies_of_a_kind_is_generic() -> None:
    assert "generic" in _signs("外国咨询公司")
    assert "generic" in _signs("各国版权管理机构")


def test_a_chinese_body_with_a_place_first_is_not_generic() -> None:
    assert "generic" not in _signs("海港市知识产权局")
    assert "generic" not in _signs("北海外国语大学")


def test_a_chinese_name_ending_in_a_word_for_present_or_attending_runs_on() -> None:
    for name in ("林海生在场", "林海生出席", "林海生在場"):
        assert "zh_runs_on" in {s.key for s in person_signs(name)}, name
    assert not person_signs("林海生")


def test_two_names_sharing_an_honorific_and_a_family_name_are_no_shorter_form() -> None:
    first = dict(blocking_keys("H.E. Tran Van Binh", "person")).get("short")
    second = dict(blocking_keys("H.E. Tran Quoc Anh", "person")).get("short")
    assert first is not None and first != second


def test_a_name_with_an_honorific_still_holds_its_shorter_form() -> None:
    assert dict(blocking_keys("Dr. Tran Van Binh", "person")).get("short") == dict(
        blocking_keys("Tran Van", "person")
    ).get("short")


def test_a_title_naming_its_portfolio_or_posting_says_whose_post_it_is() -> None:
    from store.review.misnamed import title_names_its_office

    for title in ("Minister for Fisheries", "Envoy to Ruritania", "總理", "海洋事務司司長"):
        assert title_names_its_office(title), title


def test_a_bare_rank_does_not_say_whose_post_it_is() -> None:
    from store.review.misnamed import title_names_its_office

    for title in ("Deputy Director", "Counsellor", "处长", "副局长"):
        assert not title_names_its_office(title), title
