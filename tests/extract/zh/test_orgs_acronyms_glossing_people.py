"""A Latin acronym in brackets after a noun for people (importers/zh/orgs/gazetteer.py):
初级专业官员（JPO） abbreviates the officers, not the patent office the reference spells so;
after a body's own name the same acronym is still that body."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, run


def test_an_acronym_glossing_a_noun_for_people_names_no_body() -> None:
    text = "欧洲专利局表示，明年将再招收两名初级专业官员（JPO）参加培训。"
    assert "Japan Patent Office" not in org_names(run(text, reference=load_reference()))


def test_the_same_acronym_after_the_bodys_own_name_is_that_body() -> None:
    text = "日本特许厅（JPO）审查员与欧洲专利局同事交流了经验。"
    assert "Japan Patent Office" in org_names(run(text, reference=load_reference()))
