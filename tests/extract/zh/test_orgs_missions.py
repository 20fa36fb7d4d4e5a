"""Representative and trade offices named by countries rather than by a body (X驻Y贸易代表处,
驻X某某代表处) are organisations of their own, from the first place to the office word; the
country in their name is never an organisation, and their head's title is the bare 代表."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_an_office_stationed_by_a_country_is_one_organisation() -> None:
    facts = run("2024年5月，立陶宛驻台贸易代表处举办了一场说明会。", repaired=True)
    assert "立陶宛驻台贸易代表处" in org_names(facts)
    assert "立陶宛" not in org_names(facts)


def test_an_office_named_by_the_country_it_is_in_keeps_its_station() -> None:
    facts = run("驻波兰台北代表处代表陈明德与华沙大学校长会面。", repaired=True)
    assert ("陈明德", "代表", "驻波兰台北代表处") in roles(facts)
    assert "波兰" not in org_names(facts)


def test_both_kinds_in_traditional_script_sign_as_two_bodies() -> None:
    facts = run(
        "駐立陶宛台灣代表處與立陶宛駐台貿易代表處在臺北簽署合作備忘錄，"
        "由立陶宛駐台貿易代表處代表約納斯·彼得賴蒂斯代表簽署。",
        repaired=True,
    )
    names = org_names(facts)
    assert {"駐立陶宛台灣代表處", "立陶宛駐台貿易代表處"} <= names
    assert ("約納斯·彼得賴蒂斯", "代表", "立陶宛駐台貿易代表處") in roles(facts)


def test_an_office_after_a_body_stays_that_body_s_office() -> None:
    facts = run("香港特别行政区政府驻北京办事处主任王伟出席了活动。", repaired=True)
    assert ("王伟", "主任", "香港特别行政区政府驻北京办事处") in roles(facts)


ACTING = (
    "3月2日，上海市知识产权局与德国工商大会（DIHK）上海代表处签署合作备忘录。"
    "德国工商大会上海代表处首席代表马丁·舒尔茨出席。"
    "DIHK上海代表处此前已与多家机构合作。"
)


def test_a_body_s_office_that_signs_is_one_organisation_however_it_is_named() -> None:
    facts = run(ACTING, repaired=True)
    offices = [o for o in facts.orgs if o.name.endswith("上海代表处")]
    assert [(o.name, o.aliases) for o in offices] == [
        ("德国工商大会上海代表处", ["DIHK上海代表处"])
    ]
    assert ("马丁·舒尔茨", "首席代表", "德国工商大会上海代表处") in roles(facts)


def test_an_office_named_only_before_its_head_s_title_stays_in_the_title() -> None:
    facts = run(
        "德国马普学会（Max-Planck-Gesellschaft）上海代表处首席代表马丁·舒尔茨出席了会议。",
        repaired=True,
    )
    assert ("马丁·舒尔茨", "上海代表处首席代表", "德国马普学会") in roles(facts)


def test_an_office_stationed_elsewhere_stays_a_body_when_its_parent_was_named_before() -> None:
    facts = run(
        "驻英国台北代表处代表刘伟出席了开幕式。驻英国台北代表处驻爱丁堡办事处处长赵敏当天也致辞。",
        repaired=True,
    )
    assert ("赵敏", "处长", "驻英国台北代表处驻爱丁堡办事处") in roles(facts)
    assert ("刘伟", "代表", "驻英国台北代表处") in roles(facts)
