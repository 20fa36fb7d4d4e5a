"""A banquet hall is where an event is held, not a body; an office a government keeps in a
region is the body before its department's name, not the government alone; a visit
verb ends a name and a company's 有限公司 is no unit; a foreign guest's Latin name before 先生
or 女士 is a person; a commissioner's portfolio stays in the title."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import org_names, people, roles, run

REF = parse(
    [
        {
            "id": "bloc",
            "name": "Regional Bloc (test)",
            "kind": "igo",
            "names": [{"text": "欧盟"}],
        }
    ],
    [],
)


def test_a_banquet_hall_is_a_venue_not_an_organisation() -> None:
    facts = run("颁奖仪式于6月8日假深圳华侨城宴会厅举行，两百名来宾出席。")
    assert not any(n.endswith("宴会厅") for n in org_names(facts))


def test_an_office_stationed_in_a_region_is_the_body_before_its_departments_name() -> None:
    facts = run("中央人民政府驻香港特别行政区联络办公室法律部刘志强副部长出席了论坛。")
    assert org_names(facts) == {"中央人民政府驻香港特别行政区联络办公室"}


def test_a_visit_verb_ends_a_name_and_a_company_keeps_its_limited_company_ending() -> None:
    facts = run("考察团随后赴深圳考察南山国际技术转移中心有限公司。")
    assert org_names(facts) == {"南山国际技术转移中心有限公司"}


def test_a_latin_name_before_an_honorific_is_a_person_with_no_title_read() -> None:
    facts = run("讲习班学员代表Joana Lopes Ribeiro 女士在闭幕式上发言。")
    assert people(facts) == {"Joana Lopes Ribeiro"}


def test_a_latin_word_inside_a_longer_latin_run_is_not_read_as_a_guest() -> None:
    facts = run("本届大会由ACME Global Partners先生会所赞助。")
    assert "Global Partners" not in people(facts)


def test_a_commissioners_portfolio_before_the_title_stays_in_the_title() -> None:
    facts = run("欧盟农业委员卡尔·贝克曼在布鲁塞尔会见了越南代表团。", reference=REF)
    assert ("卡尔·贝克曼", "农业委员", "欧盟") in roles(facts)
