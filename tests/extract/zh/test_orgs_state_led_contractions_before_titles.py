"""A general association named with its state and national scope in front (某国全国商业总会)
is contracted from the words after them (商总), and that contraction, written later right
before a title, names the body of the post even after a verb of listing (还有商总秘书长…)
(importers/zh/orgs/contracted.py, gazetteer.py)."""

from __future__ import annotations

from importers.zh.orgs.contracted import contractions
from tests.extract.zh.helpers import roles, run


def test_a_state_and_its_national_scope_lead_as_a_founders_word_does() -> None:
    text = "中华民国全国商业总会今日开会。商总理事会通过决议。"
    assert contractions(text, "中华民国全国商业总会") == ["商业总会", "商总"]


def test_a_name_without_a_state_in_front_keeps_its_first_character() -> None:
    assert contractions("全国商业总会开会。商总表示支持。", "全国商业总会") == []


def test_the_contraction_before_a_title_names_the_body_of_the_post() -> None:
    text = (
        "由《中華民國全國商業總會》主辦的產業論壇昨日在高雄開幕,"
        "出席者還有商總秘書長林志明、經濟部代表等人。"
    )
    facts = run(text, repaired=True)
    (body,) = [o for o in facts.orgs if o.name == "中華民國全國商業總會"]
    assert "商總" in body.aliases
    assert ("林志明", "秘書長", "中華民國全國商業總會") in roles(facts)
