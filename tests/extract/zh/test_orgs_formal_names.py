"""A body named with the long form of its state or region (大韩民国, 澳门特别行政区), with a
short form of its parent before its own name (WIPO中国办事处), after a list's lead-in verb,
or by the place it is stationed in: the body the reference knows, one organisation."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def _refs(text: str) -> set[str | None]:
    return {o.ref for o in run(text, reference=REF, repaired=True).orgs}


def test_a_bureau_named_with_its_region_s_full_prefix_is_the_known_bureau() -> None:
    facts = run(
        "澳門特別行政區經濟及科技發展局派員出席了在里斯本舉行的商標研討會。",
        reference=REF,
        repaired=True,
    )
    assert [o.ref for o in facts.orgs] == ["mo-dsedt"]


def test_hong_kong_and_taiwan_bodies_named_with_official_prefixes_are_the_known_bodies() -> None:
    assert "hkipd" in _refs("香港特別行政區知識產權署與新加坡知識產權局舉行了工作會議。")
    assert "tipo" in _refs("中華民國經濟部智慧財產局與日本特許廳交換了合作文件。")


def test_a_region_s_short_form_te_qu_before_a_body_names_the_known_body() -> None:
    """特区 is how officials shorten 特别行政区 before a body as before 政府."""
    assert "hkipd" in _refs("香港特区知识产权署署长上月访问了新加坡知识产权局。")
    assert "mo-dsedt" in _refs("澳門特區經濟及科技發展局與葡萄牙工業產權局舉行了會談。")


def test_an_office_the_reference_names_with_its_state_s_long_form_is_known_by_the_short() -> None:
    """The reference writes 俄罗斯联邦…局; a text may drop the state's form (联邦)."""
    assert "rospatent" in _refs("俄罗斯知识产权局代表团上月访问了国家知识产权局。")


def test_a_sub_body_written_with_its_parent_s_acronym_in_brackets_is_the_known_sub_body() -> None:
    facts = run(
        "世界知识产权组织(WIPO)学院院长汉斯·米勒出席了开班仪式。", reference=REF, repaired=True
    )
    assert [o.ref for o in facts.orgs if "学院" in o.name] == ["wipo-academy"]


def test_an_office_named_with_its_state_s_long_form_is_the_known_office() -> None:
    assert "kipo" in _refs("大韩民国特许厅与新加坡知识产权局续签了审查合作协议。")


def test_the_long_and_short_forms_of_one_state_give_one_organisation() -> None:
    facts = run(
        "韩国特许厅代表团来访。会上，双方签署了《国家知识产权局与大韩民国特许厅合作计划》。",
        reference=REF,
        repaired=True,
    )
    assert len([o for o in facts.orgs if o.ref == "kipo"]) == 1


def test_a_sub_body_named_with_its_parent_s_acronym_is_that_sub_body() -> None:
    facts = run("WIPO中国办事处主任赵立新在北京出席了论坛。", reference=REF, repaired=True)
    assert ("赵立新", "主任", "WIPO中国办事处") in roles(facts)
    assert "wipo-china-office" in {o.ref for o in facts.orgs}


def test_a_department_named_with_its_bureau_s_short_form_is_the_department() -> None:
    facts = run(
        "經科局知識產權廳與葡萄牙工業產權局簽署了商標合作協議。", reference=REF, repaired=True
    )
    assert "mo-dsedt-ipd" in {o.ref for o in facts.orgs}
    assert "mo-dsedt" not in {o.ref for o in facts.orgs}


def test_a_traditional_short_name_after_a_list_lead_in_is_the_body_alone() -> None:
    facts = run("本次活動的協辦單位包括經科局及澳門海關。", reference=REF, repaired=True)
    assert "mo-dsedt" in {o.ref for o in facts.orgs}
    assert not any("包括" in n for n in org_names(facts))


def test_an_office_named_by_its_station_after_an_adverb_or_a_verb_keeps_its_station() -> None:
    facts = run(
        "智慧局目前透過駐法國台北代表處與法國在台辦事處保持聯繫。", reference=REF, repaired=True
    )
    names = org_names(facts)
    assert {"駐法國台北代表處", "法國在台辦事處"} <= names
    assert "法國台北代表處" not in names


def test_a_province_s_office_named_short_after_its_full_name_is_that_office() -> None:
    facts = run(
        "湖南省人民政府新闻办公室今天举行发布会。省政府新闻办副主任刘海波主持。",
        reference=REF,
        repaired=True,
    )
    (office,) = [o for o in facts.orgs if o.name == "湖南省人民政府新闻办公室"]
    assert "省政府新闻办" in office.aliases
    assert ("刘海波", "副主任", "湖南省人民政府新闻办公室") in roles(facts)


def test_a_hall_named_after_a_government_is_a_place_not_the_government() -> None:
    facts = run("发布会在湖南省政府新闻发布厅举行，湖南省知识产权局局长出席。", reference=REF)
    assert not any(o.name.startswith("湖南省政府") for o in facts.orgs)


def test_a_promotion_association_named_with_its_country_is_an_organisation() -> None:
    facts = run("代表团先后拜访了韩国发明振兴会和日本特许厅。", reference=REF, repaired=True)
    assert "韩国发明振兴会" in org_names(facts)


def test_a_known_department_named_before_its_head_s_title_is_a_body_with_its_head() -> None:
    facts = run("經科局知識產權廳廳長梁少芬在研討會上發言。", reference=REF, repaired=True)
    assert roles(facts) == {("梁少芬", "廳長", "經科局知識產權廳")}
    assert [o.ref for o in facts.orgs] == ["mo-dsedt-ipd"]


def test_a_department_whose_head_signs_is_a_party_of_its_own() -> None:
    facts = run(
        "經科局知識產權廳廳長梁少芬與葡萄牙工業產權局代表簽署了培訓合作協議。",
        reference=REF,
        repaired=True,
    )
    assert "mo-dsedt-ipd" in {o.ref for o in facts.orgs}


def test_a_body_named_again_without_its_country_is_the_same_body() -> None:
    facts = run(
        "代表团访问了韩国特许厅。会上，特许厅介绍了商标审查的做法。", reference=REF, repaired=True
    )
    (kipo,) = [o for o in facts.orgs if o.ref == "kipo"]
    assert "特许厅" in kipo.aliases


def test_a_name_two_bodies_of_the_text_share_without_their_countries_is_neither() -> None:
    facts = run(
        "日本特许厅与韩国特许厅举行会谈。会上，特许厅介绍了审查做法。", reference=REF, repaired=True
    )
    assert not any("特许厅" in o.aliases for o in facts.orgs)


def test_a_bureau_of_three_characters_named_again_without_its_government_is_that_bureau() -> None:
    facts = run(
        "澳门特别行政区政府体育局于2024年5月邀请三所大学参与青少年训练计划，"
        "体育局局长黄国明出席了启动仪式。",
        reference=REF,
        repaired=True,
    )
    assert [(o.name, o.aliases) for o in facts.orgs] == [("澳门特别行政区政府体育局", ["体育局"])]
    assert [(r.title, r.org) for r in facts.roles] == [("局长", facts.orgs[0].key)]


def test_a_national_association_named_with_the_word_for_the_mainland_is_the_known_one() -> None:
    facts = run("大陸專利代理人協會代表團昨日抵達高雄，進行為期三天的交流。", reference=REF)
    assert [o.ref for o in facts.orgs] == ["acpaa"]


def test_a_traditional_only_name_after_the_particle_of_a_modifier_is_found() -> None:
    facts = run("林大同目前擔任的經濟部政務次長一職，負責對外談判。", reference=REF, repaired=True)
    assert "tw-moea" in {o.ref for o in facts.orgs}
    facts = run("這份報告現今的經濟部門很多人讀過。", reference=REF, repaired=True)
    assert "tw-moea" not in {o.ref for o in facts.orgs}


def test_a_national_office_named_by_the_mainland_without_its_national_opener_is_known() -> None:
    """Taiwan and Hong Kong writers shorten 中国国家知识产权局 to 大陆知识产权局: the state's
    territory word stands for the state and the national opener (国家) is dropped."""
    assert "cnipa" in _refs("大陸知識產權局與新加坡知識產權局簽署了專利審查合作協議。")
    assert "cnipa" in _refs("大陆知识产权局副局长林志远会见了来访的代表团。")
