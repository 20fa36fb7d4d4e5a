"""A unit named in full after its parent (某厅国际科技合作办公室), then by the parent and a
contraction of the unit (某厅国合办): the same body, and the titles after the contraction are
held there (importers/zh/orgs/contracted.unit_forms). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_a_provincial_department_s_office_by_its_contraction() -> None:
    facts = run(
        "近日，江苏省科学技术厅国际科技合作办公室与芬兰创新基金会签署合作备忘录。\n"
        "江苏省科学技术厅国合办主任张卫东出席签字仪式。\n"
    )
    assert "江苏省科学技术厅国合办" in org_names(facts)
    assert ("张卫东", "主任", "江苏省科学技术厅国际科技合作办公室") in roles(facts)


def test_a_city_bureau_s_office_by_its_contraction() -> None:
    facts = run(
        "深圳市商务局对外投资促进办公室与新加坡企业发展局举行会谈。\n"
        "深圳市商务局外促办副主任刘海燕介绍了情况。\n"
    )
    assert "深圳市商务局外促办" in org_names(facts)
    assert ("刘海燕", "副主任", "深圳市商务局对外投资促进办公室") in roles(facts)


def test_an_office_of_a_national_administration_by_its_contraction() -> None:
    facts = run(
        "国家知识产权局地理标志保护办公室当天与法国国家原产地和质量研究所签署合作协议。\n"
        "国家知识产权局地保办处长孙晓明和法方代表出席。\n"
    )
    assert "国家知识产权局地保办" in org_names(facts)
    assert ("孙晓明", "处长", "国家知识产权局地理标志保护办公室") in roles(facts)


def test_a_word_that_runs_on_past_the_contracted_end_is_no_contraction() -> None:
    facts = run(
        "国家林业和草原局植物新品种保护办公室主任王明出席。\n"
        "会议通过了国家林业和草原局品种保护办法。\n"
    )
    assert "国家林业和草原局品种保护办" not in org_names(facts)
    assert ("王明", "主任", "国家林业和草原局植物新品种保护办公室") in roles(facts)
