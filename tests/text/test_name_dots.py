"""One set of name dots for every layer: the extractor, the resolver and the review all part a
transliterated name at the same middle dots."""

from __future__ import annotations

from importers.zh import names, sounds
from store.review.sign import NAME_DOTS as REVIEW_DOTS
from store.text.script import NAME_DOTS, NAME_MARKS, family_part


def test_every_middle_dot_form_is_a_name_dot() -> None:
    assert set("·•‧・･∙⋅") <= set(NAME_DOTS)


def test_the_extractor_resolver_and_review_share_the_name_dots() -> None:
    for separators in (names.DOTS, sounds.SEPARATORS, REVIEW_DOTS):
        assert set(NAME_DOTS) <= set(separators)


def test_the_resolver_reads_a_name_parted_by_a_dot_operator_as_written_by_sound() -> None:
    assert sounds.transliterated("王∙史密斯")


def test_a_transliterated_name_is_called_by_its_last_part_at_any_dot_the_caller_reads() -> None:
    assert family_part("卡洛斯·门德斯") == "门德斯"
    assert family_part("卡洛斯．门德斯", NAME_MARKS) == "门德斯"
    assert family_part("卡洛斯?门德斯", names.SEPARATORS) == "门德斯"
    assert family_part("门德斯") == "门德斯"  # no dot: the whole name
