"""Names after a title that are no names (a preposition's phrase, a verb phrase), a given name
jieba splits oddly, an office's own column (本局, a byline 由某组科长某某撰稿, its predecessor
and a foreign office named as often), and an embassy's counsellors by their field."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, run

REF = load_reference()


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    facts = run(text, reference=REF, repaired=True)
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_preposition_after_a_title_opens_a_phrase_of_place_not_a_name() -> None:
    simplified = run("商务部部长赵建国出席论坛。赵部长于大会上发言，介绍了合作成果。")
    traditional = run("文化部部長陳志明出席論壇。陳部長於會議中強調，雙方將深化合作。")
    assert people(simplified) == {"赵建国"}
    assert people(traditional) == {"陳志明"}


def test_a_family_name_that_is_also_a_preposition_still_opens_a_name() -> None:
    assert people(run("海关总署副署长于小平出席仪式。")) == {"于小平"}


def test_a_verb_phrase_after_a_title_is_no_name() -> None:
    assert people(run("某某理工大学校长高度赞扬两校的交流成果。")) == set()
    assert people(run("该局司长高度重视此次合作，并作出部署。")) == set()


def test_a_given_name_read_as_a_noun_and_a_word_of_its_own_is_a_name() -> None:
    facts = run("澳门驻东京办事处处长黄家欣亦出席了开幕式。")
    assert "黄家欣" in people(facts)


def test_the_head_of_an_office_abroad_holds_the_post_there() -> None:
    roles = _roles("香港駐東京經濟貿易辦事處處長黃家欣亦有出席活動。")
    assert ("黃家欣", "處長", "香港駐東京經濟貿易辦事處") in roles


def test_an_office_column_names_its_head_by_the_self_reference() -> None:
    text = (
        "電子報 國際合作專欄\n\n"
        "本局前身為經濟部中央標準局。上月，本局局長陳志明與法國工業產權局局長會晤，"
        "並就審查合作交換意見。經濟部智慧財產局將持續推動雙邊交流。\n"
    )
    assert ("陳志明", "局長", "經濟部智慧財產局") in _roles(text)


def test_a_unit_head_in_a_byline_after_a_preposition_works_at_the_office_itself() -> None:
    text = (
        "電子報 國際合作專欄\n\n"
        "本局商標組今年持續與外國商標主管機關交流。經濟部智慧財產局歡迎各界提供建議。\n\n"
        "（本文由商標組科長張美玲撰寫）\n"
    )
    assert ("張美玲", "商標組科長", "經濟部智慧財產局") in _roles(text)


def test_a_unit_head_with_no_body_in_an_office_column_works_at_that_office() -> None:
    text = (
        "本局局長陳志明上月出訪。（本文由專利二組科長張美玲撰寫）"
        "經濟部智慧財產局與法國工業產權局簽署合作文件。"
    )
    assert ("張美玲", "專利二組科長", "經濟部智慧財產局") in _roles(text)


def test_an_embassy_counsellor_by_field_or_by_the_short_form_is_an_envoy_title() -> None:
    roles = _roles("中国驻法国大使馆经济商务处公参赵明出席。中国驻德国大使馆商务参赞钱亮陪同。")
    assert ("赵明", "经济商务处公参", "中国驻法国大使馆") in roles
    assert ("钱亮", "商务参赞", "中国驻德国大使馆") in roles
