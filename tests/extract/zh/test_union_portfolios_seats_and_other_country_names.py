"""A union commissioner's portfolio of several fields (欧盟甲与乙、丙委员) is the whole title
at the union (importers/zh/listed_remits.py `union_portfolio`), and a customs union in it is a
policy area, no body (zh.txt [false_suffix_words]); a world or union body after the bare name
of its seat city (日内瓦世界知识产权组织) is that body (orgs/formal.py `_at_seat`); a body
named with another Chinese name of its country (南韩 for 韩国) is the reference body
(orgs/gazetteer.py `_other_country_forms`)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def test_a_portfolio_joined_by_and_is_the_commissioners_title() -> None:
    f = run("开幕式上，欧盟农业与渔业委员卡琳娜·维斯发表讲话。", reference=REF)
    assert ("卡琳娜·维斯", "农业与渔业委员", "欧盟") in roles(f)


def test_a_portfolio_listed_with_commas_is_the_commissioners_title() -> None:
    f = run("论坛期间，欧盟竞争、数字市场与能源委员奥托·林德出席。", reference=REF)
    assert ("奥托·林德", "竞争、数字市场与能源委员", "欧盟") in roles(f)


def test_a_customs_union_in_a_portfolio_is_no_body() -> None:
    f = run("欧盟关税联盟、统计与预算委员保罗·莫雷蒂会见了代表团。", reference=REF)
    assert ("保罗·莫雷蒂", "关税联盟、统计与预算委员", "欧盟") in roles(f)
    assert not any(n.endswith("联盟") for n in org_names(f))


def test_a_remit_with_its_verb_and_a_customs_union_stays_the_title() -> None:
    f = run("欧盟负责海关联盟事务的委员保罗·莫雷蒂表示欢迎。", reference=REF)
    assert ("保罗·莫雷蒂", "负责海关联盟事务的委员", "欧盟") in roles(f)
    assert "海关联盟" not in org_names(f)


def test_a_union_body_after_its_seat_city_is_that_body() -> None:
    f = run("双方代表在布鲁塞尔欧盟委员会总部举行了会谈。", reference=REF)
    assert "European Commission" in org_names(f)


def test_a_world_body_after_its_seat_city_is_that_body() -> None:
    f = run("研讨会在日内瓦世界知识产权组织总部开幕。", reference=REF)
    assert "World Intellectual Property Organization" in org_names(f)


def test_a_city_before_a_states_own_body_names_no_national_body() -> None:
    f = run("上海海关日前查获一批侵权货物。", reference=REF)
    assert "General Administration of Customs of the People's Republic of China" not in (
        org_names(f)
    )


def test_a_customs_service_named_with_another_name_of_its_country() -> None:
    f = run("南韓海關關長崔成浩昨日率團抵港訪問。", reference=REF)
    assert "Korea Customs Service" in org_names(f)
    assert ("崔成浩", "關長", "南韓海關") in roles(f)


def test_a_pair_of_customs_services_one_named_with_another_name_of_its_country() -> None:
    f = run("南韩海关与日本海关签署了合作备忘录。", reference=REF)
    assert {"Korea Customs Service", "Japan Customs"} <= org_names(f)


def test_a_portfolio_is_read_only_after_a_union_with_a_commission() -> None:
    f = run("世界贸易组织农业与渔业委员王明出席会议。", reference=REF)
    assert ("王明", "农业与渔业委员", "世界贸易组织") not in roles(f)
    f = run("东盟秘书处统计与预算委员王明出席会议。", reference=REF)
    assert ("王明", "统计与预算委员", "东盟秘书处") not in roles(f)


def test_a_listing_after_the_union_is_no_portfolio() -> None:
    f = run("会上，欧盟、统计与预算委员王明发言。", reference=REF)
    assert ("王明", "、统计与预算委员", "欧盟") not in roles(f)


def test_countries_listed_before_a_title_are_no_portfolio() -> None:
    f = run("会上，欧盟渔业、德国与法国委员王明发言。", reference=REF)
    assert ("王明", "渔业、德国与法国委员", "欧盟") not in roles(f)
    f = run("东盟秘书处、泰国和越南委员王明出席会议。", reference=REF)
    assert ("王明", "、泰国和越南委员", "东盟秘书处") not in roles(f)


def test_a_title_listed_before_a_title_is_no_portfolio() -> None:
    f = run("出席会议的有欧盟代表团成员、统计与预算委员王明。", reference=REF)
    assert ("王明", "代表团成员、统计与预算委员", "欧盟") not in roles(f)
    f = run("出席会议的有欧盟代表团成员、法国和德国委员王明。", reference=REF)
    assert ("王明", "代表团成员、法国和德国委员", "欧盟") not in roles(f)
