"""A body that was split up or absorbed keeps its own reference entry, under its parent, so a
history page that names it is not left with an unknown organisation (reference data: Taiwan's
National Bureau of Standards, a bureau of the Ministry of Economic Affairs, was divided in 1999
between the Intellectual Property Office and the Bureau of Standards, Metrology and Inspection)."""

from __future__ import annotations

import pytest

from importers.resolve.reference import Reference, load_reference


@pytest.fixture(scope="module")
def ref() -> Reference:
    load_reference.cache_clear()
    return load_reference()


def test_a_predecessor_bureau_is_known_by_its_full_and_short_names_in_both_scripts(
    ref: Reference,
) -> None:
    bureau = ref.org_named("經濟部中央標準局")
    assert bureau is not None
    for name in ("中央標準局", "中央标准局", "经济部中央标准局"):
        assert ref.org_named(name) is bureau, name


def test_a_predecessor_bureau_sits_under_its_ministry_and_not_under_its_successor(
    ref: Reference,
) -> None:
    bureau = ref.org_named("中央標準局")
    assert bureau is not None and bureau.parent == "tw-moea"
    assert bureau is not ref.org_named("智慧財產局")
