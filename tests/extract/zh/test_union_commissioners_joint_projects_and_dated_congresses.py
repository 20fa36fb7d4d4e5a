"""A union's commissioner named after the union alone (欧盟农业委员) sits in the union's
commission the text names; a dash-joined pair before a project's name (中国—欧盟…项目) names
a project, not the union; a congress dated by its year (2030年…大会) is an event."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()

COMMISSION = "欧盟委员会代表团昨日抵达北京。会谈中，农业农村部部长李明会见了欧盟农业委员安娜·贝格。"


def test_a_unions_commissioner_holds_the_post_at_the_commission_the_text_names() -> None:
    f = run(COMMISSION, reference=REF)
    assert ("安娜·贝格", "农业委员", "欧盟委员会") in roles(f)


def test_the_unions_name_before_the_commissioners_title_names_no_union() -> None:
    f = run(COMMISSION, reference=REF)
    assert "欧盟" not in org_names(f)


def test_a_commissioner_in_a_text_naming_no_commission_stays_at_the_union() -> None:
    f = run("会谈中，农业农村部部长李明会见了欧盟农业委员安娜·贝格。", reference=REF)
    assert ("安娜·贝格", "农业委员", "欧盟") in roles(f)


def test_the_union_in_a_trade_figure_is_no_body() -> None:
    f = run("去年，中国与欧盟贸易额继续增长。", reference=REF)
    assert "欧盟" not in org_names(f)


def test_a_dash_joined_pair_before_a_projects_name_names_the_project() -> None:
    f = run("日前，中国—欧盟农业科技合作项目在京启动。", reference=REF)
    assert "欧盟" not in org_names(f)


def test_a_congress_dated_by_its_year_is_an_event() -> None:
    f = run("双方还讨论了将在成都举办的2030年国际商标大会的筹备工作。", reference=REF)
    assert not any(n.endswith("大会") for n in org_names(f))
