"""Roles read from what surrounds a title: a letter's salutation, a report form's fields, a
preposition before the title, a body's kind or a demonstrative standing for a body named
earlier, a sentence that sets another body beside the writer's own, and names that jieba
misses or cuts (a run-on transliteration named again by its last part, 在 inside a given
name, a name between a body and its title)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


def test_a_transliterated_name_in_a_salutation_holds_its_title_at_the_body_addressed() -> None:
    text = (
        "国家知识产权局局长王明远致欧洲专利局贺信\n\n"
        "尊敬的安东尼奥·坎皮诺斯局长：\n\n感谢您多年的支持。"
    )
    facts = run(text, reference=REF, repaired=True)
    assert "安东尼奥·坎皮诺斯" in people(facts)
    assert ("安东尼奥·坎皮诺斯", "局长", "欧洲专利局") in roles(facts)


def test_the_last_part_of_a_run_on_transliterated_name_is_that_person_again() -> None:
    text = "新加坡知识产权局局长卡马尔希沙姆贾法尔表示欢迎。会后，贾法尔局长陪同参观。"
    assert people(run(text, reference=REF)) == {"卡马尔希沙姆贾法尔"}


def test_a_vice_governor_listed_after_a_national_official_is_at_the_provincial_government() -> None:
    text = (
        "浙江省人民政府与国家知识产权局共同主办论坛。"
        "国家知识产权局副局长王志明、副省长李文华出席开幕式。"
    )
    found = roles(run(text, reference=REF))
    assert ("李文华", "副省长", "浙江省人民政府") in found
    assert ("王志明", "副局长", "国家知识产权局") in found


def test_a_preposition_before_a_demonstrative_and_a_unit_leaves_both_to_the_body_named() -> None:
    text = "代表团拜访新加坡知识产权局，由该局专利司司长陈立新接待，并与该局副局长林华会谈。"
    found = roles(run(text, reference=REF))
    assert ("陈立新", "专利司司长", "新加坡知识产权局") in found
    assert ("林华", "副局长", "新加坡知识产权局") in found


def test_a_unit_head_beside_the_writers_own_officials_is_at_the_other_body() -> None:
    text = (
        "浙江省知识产权局2023年工作总结\n\n"
        "国家知识产权局与我局签署合作协议，由条法司司长王建国与我局局长李明代表双方签字。"
    )
    found = roles(run(text, reference=REF, repaired=True))
    assert ("王建国", "条法司司长", "国家知识产权局") in found
    assert all(title != "由条法司司长" for _n, title, _o in found)


def test_a_bodys_kind_before_a_heads_title_names_the_one_body_of_that_kind_in_the_sentence() -> (
    None
):
    text = "清华大学法学院与新加坡知识产权局签署备忘录，由学院院长周明和该局局长陈立新签字。"
    assert ("周明", "院长", "清华大学法学院") in roles(run(text, reference=REF))


def test_a_given_name_that_opens_with_a_word_that_follows_names_is_read_whole() -> None:
    text = "论坛由韩国知识产权研究院院长李在勋主持。"
    assert "李在勋" in people(run(text, reference=REF))


def test_a_name_between_a_body_and_its_title_is_read_but_a_unit_there_is_none() -> None:
    named = run("酒会由驻德国台北代表处谢志伟代表致词。", reference=REF)
    assert ("谢志伟", "代表", "驻德国台北代表处") in roles(named)
    unit = run("中国驻德国大使馆经商处参赞出席了活动。", reference=REF)
    assert "经商处" not in people(unit)


def test_a_report_forms_service_field_names_the_body_of_its_name_and_title_field() -> None:
    text = (
        "出國報告（出國類別：開會）\n\n"
        "服務機關：經濟部智慧財產局\n"
        "姓名職稱：王大明 局長；林小華 科長\n\n"
        "本局王局長率團拜會日本特許廳，由日本特許廳長官接待。"
        "建議由本局林小華科長持續聯繫日本特許廳。\n"
    )
    found = roles(run(text, reference=REF, repaired=True))
    assert ("王大明", "局長", "經濟部智慧財產局") in found
    assert ("林小華", "科長", "經濟部智慧財產局") in found
    assert not any(org == "日本特許廳" for name, _t, org in found if name == "林小華")
