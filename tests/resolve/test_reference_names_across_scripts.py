"""Reference bodies known by their qualified, native and Chinese names
(importers/resolve/reference_data): each form a text may use leads to one entry."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Federal Service for Intellectual Property (Russia)", "rospatent"),
        ("Федеральная служба по интеллектуальной собственности", "rospatent"),
        ("Rospatent", "rospatent"),
        ("俄罗斯联邦知识产权局", "rospatent"),
        ("National University of Singapore", "nus"),
        ("新加坡国立大学", "nus"),
        ("新加坡國立大學", "nus"),
        ("Nanyang Technological University", "ntu-sg"),
        ("南洋理工大學", "ntu-sg"),
    ],
)
def test_a_body_is_found_under_each_of_its_sourced_names(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id
