"""Two people joined by 与/和/及 where the second is a dotted transliteration, the envoy of a
union at the union's delegation, and the titles of a directorate-general's head and of an
executive member."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference, parse
from store.text.titles import title_key, translations
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()

UNIONS = parse(
    [
        {
            "id": "union",
            "name": "Example Union",
            "kind": "igo",
            "names": [{"text": "欧盟"}],
        },
        {
            "id": "commission",
            "name": "Example Commission",
            "kind": "igo",
            "names": [{"text": "欧盟委员会"}],
        },
        {
            "id": "dg-trade",
            "name": "Directorate-General for Trade (Example Commission)",
            "kind": "igo",
            "names": [{"text": "欧盟委员会贸易总司"}],
        },
        {
            "id": "board",
            "name": "Example Investment Board",
            "kind": "government",
            "names": [{"text": "澳门投资发展局"}],
        },
    ],
    [],
)


def all_roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_chinese_name_ends_before_the_conjunction_that_joins_a_dotted_name() -> None:
    for joiner in "与和及同":
        text = f"仪式上，国家知识产权局副局长周文博{joiner}卡洛斯·门德斯签署了合作协议。"
        facts = run(text, reference=REF, repaired=True)
        assert "周文博" in people(facts)
        assert not any(joiner in n for n in people(facts))
        assert ("周文博", "副局长", "国家知识产权局") in roles(facts)


def test_a_given_name_holding_a_joiners_character_is_kept_whole() -> None:
    text = "国家知识产权局副局长李同和与卡洛斯·门德斯签署了合作协议。"
    facts = run(text, reference=REF, repaired=True)
    assert ("李同和", "副局长", "国家知识产权局") in roles(facts)


def test_a_family_name_of_two_characters_is_cut_before_the_conjunction_too() -> None:
    text = "随后，国家知识产权局局长欧阳立新与安娜•卡尔松共同签署谅解备忘录。"
    facts = run(text, reference=REF, repaired=True)
    assert ("欧阳立新", "局长", "国家知识产权局") in roles(facts)


def test_a_dotted_name_ends_before_the_conjunction_that_joins_another_dotted_name() -> None:
    text = "欧洲专利局局长安东尼奥·坎皮诺斯与马里奥·罗西一同出席了论坛。"
    facts = run(text, reference=REF, repaired=True)
    assert "安东尼奥·坎皮诺斯" in people(facts)
    assert ("安东尼奥·坎皮诺斯", "局长", "欧洲专利局") in roles(facts)


def test_a_dotted_name_that_holds_no_conjunction_is_read_whole() -> None:
    text = "世界知识产权组织总干事约翰·亨德里克·范德维尔出席会议。"
    facts = run(text, reference=REF, repaired=True)
    assert "约翰·亨德里克·范德维尔" in people(facts)


def test_an_envoy_of_a_union_holds_the_post_at_the_delegation_the_text_names() -> None:
    text = "欧盟驻越南代表团参赞莉娜·贝克尔陪同出席。欧盟驻越南大使马丁·舒尔茨在开幕式上致辞。"
    found = all_roles(run(text, reference=UNIONS, repaired=True))
    assert ("马丁·舒尔茨", "欧盟驻越南大使", "欧盟驻越南代表团") in found
    assert ("莉娜·贝克尔", "参赞", "欧盟驻越南代表团") in found


def test_an_envoy_of_a_union_is_at_the_delegation_the_reference_data_knows() -> None:
    text = "国家知识产权局局长在京会见了欧盟驻华大使马丁·舒尔茨一行。"
    facts = run(text, reference=REF, repaired=True)
    assert ("马丁·舒尔茨", "欧盟驻华大使", "欧盟驻华代表团") in all_roles(facts)


def test_an_envoy_of_a_union_with_no_known_delegation_stays_at_the_union() -> None:
    text = "欧盟驻秘鲁大使马丁·舒尔茨出席活动。"
    found = all_roles(run(text, reference=UNIONS, repaired=True))
    assert ("马丁·舒尔茨", "驻秘鲁大使", "欧盟") in found


def test_an_envoy_of_a_state_keeps_the_post_whole_with_no_body() -> None:
    text = "研讨会由国家知识产权局主办，秘鲁驻华大使路易斯·克萨达到会致辞。"
    found = all_roles(run(text, reference=REF, repaired=True))
    assert ("路易斯·克萨达", "秘鲁驻华大使", None) in found


def test_the_head_of_a_directorate_general_is_titled_at_the_directorate() -> None:
    text = "欧盟委员会贸易总司总司长萨宾·韦扬德率团访华。"
    found = roles(run(text, reference=UNIONS, repaired=True))
    assert ("萨宾·韦扬德", "总司长", "欧盟委员会贸易总司") in found


def test_the_head_of_a_directorate_general_is_its_director_general_in_english() -> None:
    assert title_key("Director-General") in translations("总司长")
    assert title_key("Deputy Director-General") in translations("副总司长")


def test_an_executive_member_of_an_institute_holds_the_title_at_it() -> None:
    text = "协议由澳门投资发展局执行委员陈嘉怡代表该局签署。"
    found = roles(run(text, reference=UNIONS, repaired=True))
    assert ("陈嘉怡", "执行委员", "澳门投资发展局") in found


def test_an_executive_committee_stays_a_body_before_its_chairs_title() -> None:
    text = "亚洲专利代理人协会执行委员会主席张伟出席会议。"
    found = roles(run(text, reference=REF, repaired=True))
    assert ("张伟", "主席", "亚洲专利代理人协会执行委员会") in found


def test_a_dotted_name_before_a_verb_takes_no_title_from_a_delegation_word_after_it() -> None:
    text = "次日，卡洛斯·门德斯会见了代表团全体成员。"
    assert not any("会见" in n for n in people(run(text, reference=REF, repaired=True)))


def test_a_dotted_name_right_before_its_title_is_still_read() -> None:
    text = "卡洛斯·门德斯副局长在会上作了发言。"
    assert "卡洛斯·门德斯" in people(run(text, reference=REF, repaired=True))
