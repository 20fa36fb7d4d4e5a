"""A company's vice president with a portfolio, kinds of body that look like names, and the
pair a 双方 signing after a meeting stands for.

某实验室 + 全球知识产权 + 副总裁: a laboratory is a body like a company, and the field
between it and a vice president's title is the title's portfolio; 政府 before 关系 or 事务 is
the field of a post, no government; 民间组织 is a kind of body; after 第N个…的 a body's
short name is what the subject became the Nth of; 双方 after a sentence that names two
bodies (each glossed by its acronym) or a meeting they held is that pair.
"""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, roles, run

REF = load_reference()


def test_a_vice_presidents_portfolio_after_a_laboratory_stays_in_the_title() -> None:
    facts = run(
        "近日，国家知识产权局副局长张建华在京会见赛克实验室全球知识产权副总裁约翰·克拉克一行。"
    )
    assert ("约翰·克拉克", "全球知识产权副总裁", "赛克实验室") in roles(facts)


def test_government_before_relations_is_a_posts_field_not_a_government() -> None:
    facts = run("国家知识产权局副局长张建华会见恒通公司政府关系副总裁玛丽·琼斯。")
    assert ("玛丽·琼斯", "政府关系副总裁", "恒通公司") in roles(facts)
    assert not any(n.endswith("政府") for n in org_names(facts))


def test_civil_organisations_are_a_kind_of_body() -> None:
    facts = run("该局多年来同外国的政府部门、民间组织和高校开展培训合作。")
    assert "民间组织" not in org_names(facts)


def test_a_short_name_after_an_ordinal_and_its_clause_is_a_kind() -> None:
    facts = run("該協議使約旦成為第12個採用合作專利分類的智慧財產局。", reference=REF)
    assert not any(o.ref == "tipo" for o in facts.orgs)


def test_both_sides_after_two_bodies_glossed_by_acronyms_are_those_two() -> None:
    facts = run(
        "欧洲专利局（EPO）与新加坡知识产权局（IPOS）于2024年3月5日举行会议。"
        "会议以双方签署谅解备忘录结束。"
    )
    ((_title, _kind, _date, parties),) = agreements(facts)
    assert parties == {"欧洲专利局", "新加坡知识产权局"}


def test_both_sides_after_a_meeting_told_earlier_are_its_two_bodies() -> None:
    facts = run(
        "欧洲专利局与新加坡知识产权局于2024年3月5日举行线上会议。两局回顾了近年来的合作。"
        "专利审查程序仅受当地法规规范。会议最后，双方签署了谅解备忘录。"
    )
    ((_title, _kind, _date, parties),) = agreements(facts)
    assert parties == {"欧洲专利局", "新加坡知识产权局"}


def test_international_after_a_bodys_acronym_is_its_companys_name_no_portfolio() -> None:
    facts = run("IPOS国际副总裁陈明在论坛上致辞。", reference=REF)
    assert not any(title == "国际副总裁" for _p, title, _o in roles(facts))
