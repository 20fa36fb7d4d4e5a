"""Chinese roles whose title or name runs further than the plain pattern reads: a deputy's
portfolio before 副校长 and a field before a function title (after 该 + kind too) stay in the
title; a board member (执行董事会成员) is one title, and the dotted name after it is whole; an
English name and a short form in one bracket both name the body before it; a sounded-out name
glossed in Latin letters is read up to the gloss, without an honour before it; a later mention
of a name that opens with another body's acronym is the longer name; a unit the text names as
a body of its own, written after its parent's short form, is where its head's title is held."""

from __future__ import annotations

import pytest

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, people, roles, run

REF = load_reference()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("南海理工大学研究及创新副校长张立明出席签约仪式。", "研究及创新副校长"),
        ("南海理工大學學術副校長張立明出席簽約儀式。", "學術副校長"),
        ("南海理工大学国际事务副校长张立明出席签约仪式。", "国际事务副校长"),
    ],
)
def test_a_portfolio_before_a_vice_presidents_title_stays_in_the_title(
    text: str, expected: str
) -> None:
    facts = run(text, reference=REF)
    assert {(p, t) for p, t, _ in roles(facts)} == {(next(iter(people(facts))), expected)}
    assert {o for _, _, o in roles(facts)} <= {"南海理工大学", "南海理工大學"}


def test_a_field_before_a_function_title_after_a_demonstrative_stays_in_the_title() -> None:
    facts = run(
        "北方科技协会与南海酒业委员会签署协议，该委员会国际事务总监卡米耶·杜兰代表签字。",
        reference=REF,
    )
    assert ("卡米耶·杜兰", "国际事务总监", "南海酒业委员会") in roles(facts)


@pytest.mark.parametrize("board", ["董事会成员", "执行董事会成员", "执行委员会成员"])
def test_a_member_of_a_board_is_one_title_and_the_dotted_name_after_it_is_whole(
    board: str,
) -> None:
    facts = run(f"北方科技协会与南海酒业委员会签署协议。南海酒业委员会{board}卡米耶·杜兰出席。")
    assert people(facts) == {"卡米耶·杜兰"}
    assert ("卡米耶·杜兰", board, "南海酒业委员会") in roles(facts)


def test_a_member_word_alone_is_no_title() -> None:
    assert not people(run("该组织共有一百多个成员国家和地区。"))


def test_an_english_name_and_a_short_form_in_one_bracket_both_name_the_body() -> None:
    facts = run(
        "北方大学与法国南方创新研究院（Institut Sud d'Innovation，以下简称“南创院”）签约。"
        "南创院院长卡米耶·杜兰出席。南创院研究员让·莫罗将来校讲学。",
        reference=REF,
    )
    assert {"Institut Sud d'Innovation", "南创院"} <= org_names(facts)
    assert ("卡米耶·杜兰", "院长", "法国南方创新研究院") in roles(facts)
    assert ("让·莫罗", "研究员", "法国南方创新研究院") in roles(facts)


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("由南海发展局总监丹斯里阿都拉曼（Tan Sri Abdul Rahman）签字。", "阿都拉曼", "总监"),
        ("南海發展局執行長拿督依斯邁沙烈（Datuk Ismail Salleh）致辭。", "依斯邁沙烈", "執行長"),
        ("南海发展局局长阿玛莉娅（Amalia Binti Yusof）致辞。", "阿玛莉娅", "局长"),
    ],
)
def test_a_sounded_out_name_glossed_in_latin_is_read_up_to_the_gloss_without_its_honour(
    text: str, name: str, title: str
) -> None:
    facts = run("北方协会与马来西亚南海发展局签署备忘录。" + text, reference=REF)
    assert people(facts) == {name}
    assert {(p, t) for p, t, _ in roles(facts)} == {(name, title)}


def test_words_before_a_bracketed_english_name_are_no_glossed_name() -> None:
    facts = run("南海发展局局长访问欧洲专利局（European Patent Office）。", reference=REF)
    assert not people(facts)


def test_a_later_mention_of_a_name_opening_with_an_acronym_is_the_longer_name() -> None:
    facts = run(
        "新加坡知识产权局（IPOS）旗下的IPOS咨询公司（IPOS Consulting）与北方大学签约。"
        "IPOS咨询公司总裁林振华出席。",
        reference=REF,
    )
    assert ("林振华", "总裁", "IPOS咨询公司") in roles(facts)


def test_a_unit_named_as_a_body_after_its_parents_short_form_holds_its_heads_title() -> None:
    facts = run(
        "香港南海大學（南大）知識轉移處於五月與北方公司簽署備忘錄。"
        "備忘錄由南大知識轉移處處長張立明簽署。",
        reference=REF,
    )
    assert ("張立明", "處長", "香港南海大學知識轉移處") in roles(facts)


def test_a_unit_named_only_inside_a_title_stays_in_the_title() -> None:
    facts = run("南海大学（南大）与北方公司签署备忘录。南大国际合作处处长张立明出席。")
    assert ("张立明", "国际合作处处长", "南海大学") in roles(facts)
