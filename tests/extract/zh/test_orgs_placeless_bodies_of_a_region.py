"""A Special Administrative Region's known body named without the region (貿易發展局 of
香港貿易發展局) in a text that names another of the region's bodies outright is that body;
with no body of the region named, or inside another body's name, it is none."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import run

REF = load_reference()


def _refs(text: str) -> set[str | None]:
    return {o.ref for o in run(text, reference=REF).orgs}


def test_a_region_s_body_without_the_region_is_the_known_body() -> None:
    text = "國家知識產權局與知識產權署簽訂了合作安排。貿易發展局於論壇當日推出新平台。"
    assert "hk-tdc" in _refs(text)


def test_with_no_body_of_the_region_named_the_rest_names_none() -> None:
    assert "hk-tdc" not in _refs("國家知識產權局舉辦論壇。貿易發展局於論壇當日推出新平台。")


def test_the_rest_inside_another_body_s_name_is_no_mention() -> None:
    text = "國家知識產權局與知識產權署簽訂了合作安排。甲乙部貿易發展局於當日推出新平台。"
    assert "hk-tdc" not in _refs(text)
