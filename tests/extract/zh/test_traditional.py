"""Traditional Chinese official texts from Hong Kong, Macao and Taiwan: their bodies, titles
and name forms. Names are stored as written, with the Simplified form as an alias."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, people, roles, run

REF = load_reference()


def test_a_hong_kong_release_names_its_department_and_acting_head_as_written() -> None:
    facts = run(
        "知識產權署署理署長何家強今日與新加坡知識產權局局長陳子健簽署諒解備忘錄。"
        "何家強表示，兩地將加強知識產權合作。",
        reference=REF,
    )
    ipd = next(o for o in facts.orgs if o.ref == "hkipd")
    assert ipd.name == "知識產權署" and "知识产权署" in ipd.aliases
    assert ("何家強", "署理署長", "知識產權署") in roles(facts)
    person = next(p for p in facts.people if p.name == "何家強")
    assert "何家强" in person.aliases
    ((title, kind, _date, parties),) = agreements(facts)
    assert title == "諒解備忘錄" and kind == "mou"
    assert parties == {"知識產權署", "新加坡知識產權局"}


def test_a_macao_bureau_is_known_by_its_own_name_without_the_region() -> None:
    facts = run("經濟及科技發展局局長梁家豪出席開幕禮並致辭。", reference=REF)
    assert ("梁家豪", "局長", "經濟及科技發展局") in roles(facts)
    assert next(o.ref for o in facts.orgs) == "mo-dsedt"


def test_a_taiwan_ministry_and_its_office_with_their_heads() -> None:
    facts = run(
        "經濟部次長劉俊賢出席簽約儀式，經濟部智慧財產局局長蔡明德與波蘭專利局局長"
        "馬雷克．科瓦爾斯基簽署專利審查高速公路合作瞭解備忘錄。蔡局長表示，合作意義重大。",
        reference=REF,
    )
    got = roles(facts)
    assert ("劉俊賢", "次長", "經濟部") in got
    assert ("蔡明德", "局長", "經濟部智慧財產局") in got
    assert {o.ref for o in facts.orgs} >= {"tw-moea", "tipo", "uprp"}
    chief = next(p for p in facts.people if p.name == "蔡明德")
    assert "蔡局長" in chief.aliases
    ((title, kind, _date, parties),) = agreements(facts)
    assert title == "專利審查高速公路合作瞭解備忘錄" and kind == "mou"
    assert parties == {"經濟部智慧財產局", "波蘭專利局"}


def test_a_traditional_only_name_is_not_found_inside_a_simplified_word() -> None:
    facts = run("德国工商大会对外经济部主任马丁出席。", reference=REF)
    assert not any(o.ref == "tw-moea" for o in facts.orgs)
    assert ("马丁", "对外经济部主任", "德国工商大会") in roles(facts)


def test_simplified_text_names_stay_as_written_with_no_other_script_added() -> None:
    facts = run("国家知识产权局局长申长雨出席。", reference=REF)
    assert people(facts) == {"申长雨"}
    assert facts.people[0].aliases == ["Shen Changyu"]
    assert "國家知識產權局" not in org_names(facts)


def test_the_region_government_is_the_one_whose_bureau_the_text_names() -> None:
    facts = run(
        "澳門特別行政區政府經濟及科技發展局局長梁家豪表示，特區政府高度重視知識產權保護。",
        reference=REF,
    )
    gov = next(o for o in facts.orgs if o.ref == "macao-sar-government")
    assert gov.name == "特區政府"


def test_a_name_left_in_latin_letters_after_a_chinese_title_is_a_person() -> None:
    facts = run("雙方由歐洲專利局局長Maria Costa da Silva代表簽署協議。", repaired=True)
    assert ("Maria Costa da Silva", "局長", "歐洲專利局") in roles(facts)


def test_a_bracketed_contraction_of_a_name_is_its_alias() -> None:
    facts = run("香港貿易發展局（貿發局）與本署合辦論壇。貿發局代表致辭。", repaired=True)
    [body] = [o for o in facts.orgs if o.name == "香港貿易發展局"]
    assert "貿發局" in body.aliases


def test_a_known_body_named_after_its_government_is_that_body() -> None:
    facts = run("香港特区政府商务及经济发展局副局长陈百里出席。", reference=REF, repaired=True)
    [body] = [o for o in facts.orgs if "商务及经济发展局" in o.name]
    assert body.ref == "hk-cedb"


def test_a_department_a_title_names_is_the_known_department_written_in_traditional() -> None:
    text = "會上見證知識產權署署長鄧嘉慧簽署協議。知識產權署將繼續推廣服務。"
    facts = run(text, reference=REF, repaired=True)
    assert [o.ref for o in facts.orgs if "知識產權署" in o.name] == ["hkipd"]


def test_talks_about_signing_are_not_a_signing_in_traditional_text() -> None:
    facts = run("歐洲專利局正與新加坡知識產權局商討簽署合作備忘錄，預計年內完成。", repaired=True)
    assert facts.agreements == []


def test_an_office_named_by_where_it_is_stationed_keeps_the_word_for_stationed() -> None:
    facts = run("駐荷蘭台北代表處代表林志明與荷蘭貿易暨投資辦事處代表簽署協議。", repaired=True)
    assert "駐荷蘭台北代表處" in org_names(facts)
    assert ("林志明", "代表", "駐荷蘭台北代表處") in roles(facts)


def test_the_word_for_representative_inside_an_office_name_is_no_title() -> None:
    facts = run("德国弗劳恩霍夫协会中国代表处首席代表马库斯·韦伯出席。", repaired=True)
    assert people(facts) == {"马库斯·韦伯"}


def test_the_end_of_a_transliterated_name_before_a_title_is_no_second_person() -> None:
    text = (
        "捷克工業產權局局長德沃夏科娃（Petra Dvořáková）在場見證。德沃夏科娃局長則指出，合作順利。"
    )
    facts = run(text, repaired=True)
    assert people(facts) == {"德沃夏科娃"}
    [person] = facts.people
    assert "Petra Dvořáková" in person.aliases


def test_hong_kong_macao_and_taiwan_bodies_are_known_in_both_scripts() -> None:
    text = (
        "香港海關與澳門海關簽署打擊侵權合作安排，澳門貿易投資促進局及香港貿易發展局代表出席。"
        "智慧財產及商業法院法官與经济部国际贸易署官员亦有參與。"
    )
    refs = {o.ref for o in run(text, reference=REF, repaired=True).orgs}
    assert {"hk-customs", "mo-customs", "mo-ipim", "hk-tdc", "tw-ipcc", "tw-ita"} <= refs


def test_the_head_of_a_customs_service_is_titled_as_written() -> None:
    facts = run("香港海關關長黃美華與澳門海關副關長簽署合作安排。", reference=REF, repaired=True)
    assert ("黃美華", "關長", "香港海關") in roles(facts)


def test_a_taiwan_only_name_converted_to_simplified_is_known_beside_another_taiwan_body() -> None:
    facts = run("经济部表示，智慧局将于明年推动商标法修正。", reference=REF)
    assert {o.ref for o in facts.orgs} >= {"tw-moea", "tipo"}
    alone = run("经济部表示，将于明年推动商标法修正。", reference=REF)
    assert not any(o.ref == "tw-moea" for o in alone.orgs)


def test_a_customs_services_assistant_and_acting_ranks_are_titles() -> None:
    facts = run(
        "澳門海關代助理關長李家輝昨日拜訪香港海關，與香港海關助理關長陳志明商討緝私合作。",
        reference=REF,
    )
    got = roles(facts)
    assert ("陳志明", "助理關長", "香港海關") in got
    assert ("李家輝", "代助理關長", "澳門海關") in got
    assert people(facts) == {"陳志明", "李家輝"}


def test_a_taiwanese_text_s_mainland_office_and_asean_are_the_known_bodies() -> None:
    """Taiwan writes CNIPA as the mainland's office (大陸知識產權局, 中國大陸國家知識產權局)
    and ASEAN as 東協: the reference bodies, not bodies of their own."""
    facts = run(
        "經濟部智慧財產局和中國大陸國家知識產權局今天舉行工作會談，雙方同意交換審查資訊。"
        "會後，智慧財產局也說明了東協各國的專利審查合作。",
        reference=REF,
    )
    refs = {o.name: o.ref for o in facts.orgs}
    assert refs.get("中國大陸國家知識產權局") == "cnipa"
    assert refs.get("東協") == "asean"
