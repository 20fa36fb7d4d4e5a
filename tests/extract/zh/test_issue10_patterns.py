"""Patterns of real Chinese news and bulletins (issue 10): where a body's name ends, which
body a title belongs to, and which parties a signing names. Sentences are our own wording."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import parse
from tests.extract.zh.helpers import agreements, org_names, roles, run


def test_a_meeting_place_before_yu_is_not_part_of_the_other_partys_name() -> None:
    facts = run("国家知识产权局局长李明5日在上海与蒙古国知识产权局局长巴特尔·额尔登举行会谈。")
    assert not any(n.startswith("上海") for n in org_names(facts))
    assert ("巴特尔·额尔登", "局长", "蒙古国知识产权局") in roles(facts)


def test_a_unit_after_its_parent_and_acronym_is_part_of_the_title() -> None:
    facts = run("6月2日，欧洲专利局（EPO）质量管理部主任安娜·贝克尔率团来访。")
    assert ("安娜·贝克尔", "质量管理部主任", "欧洲专利局") in roles(facts)
    assert "质量管理部" not in org_names(facts)


def test_the_bodies_a_title_joins_are_the_parties_when_the_clause_names_people() -> None:
    facts = run(
        "4月9日，欧洲专利局代表团访问浙江。团员、欧洲专利局上诉委员会委员卡尔·穆勒介绍了判例。"
        "会后，陈刚与施密特代表双方签署了《浙江省知识产权局与欧洲专利局专利数据合作谅解备忘录》。"
    )
    [(_title, kind, _date, parties)] = agreements(facts)
    assert kind == "mou"
    assert parties == {"浙江省知识产权局", "欧洲专利局"}


def test_a_day_and_month_after_a_bulletins_date_dates_the_signing() -> None:
    facts = run(
        "工作简报\n\n省知识产权局办公室　　2024年5月20日\n\n"
        "5月16日，国家知识产权局副局长王刚会见欧洲专利局代表团。会后，双方签署《专利信息交换备忘录》。"
    )
    assert [a[2] for a in agreements(facts)] == ["2024-05-16"]


def test_a_speech_verb_ends_a_transliterated_name_before_an_office() -> None:
    facts = run("皮埃尔·杜邦感谢国家知识产权局的邀请，表示愿深化合作。")
    assert not any(n.endswith("感谢国家知识产权局") or "感谢" in n for n in org_names(facts))


def test_a_signing_between_places_takes_its_parties_from_the_signers_named_next() -> None:
    facts = run(
        "台灣與斯洛伐克今天簽署「台斯智慧財產權合作瞭解備忘錄」。"
        "駐斯洛伐克台北代表處代表陳明德與斯洛伐克台北代表處代表彼得·諾瓦克代表雙方簽署。"
    )
    [(title, kind, _date, parties)] = agreements(facts)
    assert title == "台斯智慧財產權合作瞭解備忘錄" and kind == "mou"
    assert parties == {"駐斯洛伐克台北代表處", "斯洛伐克台北代表處"}


def test_a_macao_secretariat_before_its_heads_title_is_a_portfolio_title() -> None:
    facts = run(
        "經濟財政司司長張文華出席儀式。經濟及科技發展局局長何美玲致辭。",
        reference=MACAO_REF,
    )
    assert ("張文華", "經濟財政司司長", None) in roles_at(facts)
    assert "經濟財政司" not in org_names(facts)


def test_a_generic_re_mention_in_traditional_is_no_agreement_of_its_own() -> None:
    facts = run(
        "2024年3月5日，新加坡知識產權局與國家知識產權局簽署《商標審查合作諒解備忘錄》。"
        "該局局長表示，與國家知識產權局簽署合作協議將有助提升審查質量。"
    )
    assert [a[0] for a in agreements(facts)] == ["商標審查合作諒解備忘錄"]


def roles_at(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    """(person, title, organisation or None): roles that may name no organisation."""
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


MACAO_REF = parse(
    [
        {
            "id": "mo-sef",
            "name": "Secretariat for Economy and Finance (Macao)",
            "kind": "government",
            "country": "MO",
            "names": [{"text": "經濟財政司"}, {"text": "经济财政司"}],
        },
        {
            "id": "mo-dsedt",
            "name": "Economic and Technological Development Bureau (Macao)",
            "kind": "government",
            "country": "MO",
            "names": [{"text": "經濟及科技發展局"}, {"text": "经济及科技发展局"}],
        },
    ],
    [],
)


def test_a_ministry_word_after_a_foreign_country_is_that_countrys_body() -> None:
    facts = run("越南科技部知识产权局局长阮文安出席会议。", reference=MOFCOM_REF)
    assert "越南科技部知识产权局" in org_names(facts)
    assert ("阮文安", "局长", "越南科技部知识产权局") in roles(facts)


def test_a_signing_clause_opening_with_yu_takes_the_subject_before_the_comma() -> None:
    facts = run(
        "新加坡知识产权局局长陈振华今日在论坛期间，与欧洲专利局局长彼得·舒尔茨签署《合作谅解备忘录》。"
    )
    [(_title, _kind, _date, parties)] = agreements(facts)
    assert parties == {"新加坡知识产权局", "欧洲专利局"}


MOFCOM_REF = parse(
    [
        {
            "id": "most",
            "name": "Ministry of Science and Technology of the People's Republic of China",
            "kind": "government",
            "country": "CN",
            "names": [{"text": "科技部"}],
        }
    ],
    [],
)


def test_a_forums_permanent_secretariat_is_one_institution() -> None:
    facts = run("出席者還有中國—阿拉伯國家合作論壇（開羅）常設秘書處及其他機構代表。")
    assert any(n.startswith("中國—阿拉伯國家合作論壇") for n in org_names(facts))


def test_a_consulate_stationed_in_two_places_keeps_both() -> None:
    facts = run("西班牙駐澳門及香港總領事館總領事卡洛斯·洛佩斯出席酒會。")
    assert "西班牙駐澳門及香港總領事館" in org_names(facts)
    assert "香港總領事館" not in org_names(facts)


def test_a_grouping_of_countries_before_an_office_is_still_no_organisation() -> None:
    facts = run("中国—中亚国家知识产权局局长会议在西安举行。")
    assert not any("中亚国家" in n for n in org_names(facts))


def test_a_field_before_a_functional_title_stays_in_the_title() -> None:
    facts = run("新加坡知识产权局品牌推广总监黄丽娟介绍了合作成果。")
    assert ("黄丽娟", "品牌推广总监", "新加坡知识产权局") in roles(facts)


def test_a_controller_general_is_named_by_his_title_zongguan() -> None:
    facts = run("新加坡知识产权局总管拉吉夫·梅农在会上致辞。")
    assert ("拉吉夫·梅农", "总管", "新加坡知识产权局") in roles(facts)


def test_a_headline_signing_one_document_and_renewing_another_reports_two() -> None:
    facts = run("新加坡知识产权局与欧洲专利局签署2026年合作工作计划并续签合作谅解备忘录\n")
    assert sorted(a[1] for a in agreements(facts)) == ["mou", "work_plan"]


def test_both_heads_sign_when_one_is_an_executive_director() -> None:
    facts = run(
        "新加坡知识产权局局长陈伟与欧洲专利局执行局长马克·杜兰会晤。"
        "会晤后，双方局长签署了《新加坡知识产权局与欧洲专利局合作谅解备忘录》。"
    )
    names = {p.key: p.name for p in facts.people}
    [signed] = facts.agreements
    assert {names[k] for k in signed.signatories} == {"陈伟", "马克·杜兰"}


def test_a_region_qualifying_a_chained_title_stays_in_it() -> None:
    facts = run("新加坡知识产权局高级顾问、欧洲专利代理人林美玲介绍了实务。")
    assert ("林美玲", "欧洲专利代理人", "新加坡知识产权局") in roles(facts)
    assert ("林美玲", "高级顾问", "新加坡知识产权局") in roles(facts)  # two titles, two roles
