"""A state's ministry written after its government's name (X政府Y部) is the ministry the
reference names with the state alone (X Y部); and a grouping's five offices named as one
(金砖五局) are the group the reference knows, as 中美欧日韩五局 is the IP5."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import run

REF = load_reference()


def _refs(text: str) -> set[str | None]:
    return {o.ref for o in run(text, reference=REF, repaired=True).orgs}


def test_a_ministry_named_after_its_government_is_the_known_ministry() -> None:
    refs = _refs("新加坡政府律政部与世界知识产权组织签署了谅解备忘录。")
    assert "sg-minlaw" in refs


def test_the_government_alone_is_still_the_government() -> None:
    assert "sg-government" in _refs("新加坡政府与世界知识产权组织续签了合作备忘录。")


def test_the_five_brics_offices_named_as_one_are_the_known_group() -> None:
    refs = _refs("金砖五局局长在会上共同审议了下一年度的合作计划。")
    assert "brics-ip-offices" in refs
