"""Sub-bodies named with their parent (国家知识产权局专利局复审和无效审理部, X局…中心): one
body with its parent, not the parent and an orphan unit; a unit inside a title stays there."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def test_a_known_sub_body_named_with_its_parent_is_that_sub_body() -> None:
    facts = run(
        "国家知识产权局专利局复审和无效审理部与欧洲专利局上诉委员会举行工作会谈。", reference=REF
    )
    (sub,) = [o for o in facts.orgs if o.ref == "cnipa-reexamination"]
    assert sub.name == "国家知识产权局专利局复审和无效审理部"
    assert "欧洲专利局上诉委员会" in org_names(facts)
    assert not any(o.ref in ("cnipa", "cnipa-po", "epo") for o in facts.orgs)


def test_a_unit_named_as_a_body_after_its_parent_is_one_organisation() -> None:
    facts = run("欧洲专利局国际合作部与日本特许厅举行工作会谈。", reference=REF)
    assert "欧洲专利局国际合作部" in org_names(facts)
    assert not any(o.ref == "epo" for o in facts.orgs)


def test_a_unit_before_a_title_stays_in_the_title() -> None:
    facts = run("欧洲专利局国际合作部部长卡洛斯·门多萨出席会议。", reference=REF)
    assert ("卡洛斯·门多萨", "国际合作部部长", "欧洲专利局") in roles(facts)
    assert "欧洲专利局国际合作部" not in org_names(facts)


def test_a_centre_of_an_office_is_one_body_named_with_its_parent() -> None:
    facts = run(
        "国家知识产权局知识产权发展研究中心与韩国知识产权研究院签署合作备忘录。", reference=REF
    )
    assert "国家知识产权局知识产权发展研究中心" in org_names(facts)
    assert len(facts.agreements) == 1
