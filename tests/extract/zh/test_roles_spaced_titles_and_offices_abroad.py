"""Titles spread over a column's width in a signature block, a Japanese body's office in a
place before its representative's title, a time clause before a title, a question's modal
after a name, and "the other side's office" (no body of its own)."""

from __future__ import annotations

import pytest

from importers.resolve.reference import parse
from importers.zh.text import view
from tests.extract.zh.helpers import org_names, roles, run

REF = parse(
    [
        {
            "id": "jp-assoc",
            "name": "Harbour Friendship Association (test)",
            "kind": "other",
            "country": "JP",
            "names": [{"text": "日本港湾友好协会"}],
        },
        {
            "id": "hk-centre",
            "name": "Harbour Mediation Centre (test)",
            "kind": "other",
            "country": "HK",
            "names": [{"text": "香港海事調解中心", "lang": "zh-Hant"}],
        },
        {
            "id": "tw-office",
            "name": "Island Patent Office (test)",
            "kind": "ip_office",
            "country": "TW",
            "names": [{"text": "海島專利局", "lang": "zh-Hant"}],
        },
    ],
    [],
)


def test_a_two_character_title_spread_over_a_signature_column_reads_as_one_word() -> None:
    text = "文件一份\n　　　　主　　任　周文彬\n　　　　秘書長　何穎欣\n"
    assert "主任" in view(text).text
    assert "主 任" not in view(text).text


def test_spreading_between_longer_words_is_left_as_a_space() -> None:
    assert "甲乙 丙丁" in view("甲乙　　丙丁\n").text
    assert "主任" not in view("主　　任　周文彬副秘書長\n").text


def test_a_representative_of_a_bodys_office_in_a_city_holds_the_post_at_that_office() -> None:
    """The office a body keeps in a city is a body of its own, as the older sets annotate
    the exchange associations' Taipei offices (one newer set keeps it in the title instead;
    the two conventions disagree, and this one is the majority's)."""
    facts = run(
        "海岛专利局局长吴承翰与日本港湾友好协会大阪事务所代表宫本健司会谈。",
        reference=REF,
    )
    assert ("宫本健司", "代表", "日本港湾友好协会大阪事务所") in roles(facts)


def test_a_time_clause_before_a_title_is_no_part_of_the_title() -> None:
    facts = run("二〇二四年三月，換約時海島專利局局長吳承翰到場致詞。", reference=REF)
    assert {t for _n, t, _o in roles(facts)} == {"局長"}


def test_a_question_whether_a_body_will_sign_ends_the_bodys_name() -> None:
    facts = run("問：香港海事調解中心會否與外地機構簽訂新協議？", reference=REF)
    names = org_names(facts)
    assert "香港海事調解中心" in names
    assert not any(n.endswith("外地機構") for n in names)


def test_the_other_sides_patent_office_is_no_organisation() -> None:
    facts = run("申請案須先經對方專利局核准，海島專利局方會受理。", reference=REF)
    assert not any(n.startswith("對方") for n in org_names(facts))


def test_a_mission_s_ip_officer_and_ip_adviser_hold_posts_at_the_mission() -> None:
    """知识产权官员 and 知识产权顾问 are posts of an embassy or a consulate, as 知识产权参赞 is."""
    facts = run("英国驻广州总领事馆一等秘书、知识产权官员柯文德先生出席了研讨会。")
    assert ("柯文德", "知识产权官员", "英国驻广州总领事馆") in roles(facts)
    facts = run("会议邀请了美国驻华大使馆知识产权顾问林志华女士作专题报告。")
    assert ("林志华", "知识产权顾问", "美国驻华大使馆") in roles(facts)


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("经济官员", "佐藤健一"),
        ("商务助理", "王晓燕"),
        ("科技领事", "赵立军"),
        ("教育参赞", "孙海波"),
    ],
)
def test_a_mission_s_officer_titled_by_a_field_holds_the_post_at_the_mission(
    title: str, name: str
) -> None:
    """A field before 官员, 助理, 领事 or 参赞 (经济官员: economic officer) is the post's field."""
    facts = run(f"日本驻青岛总领事馆{title}{name}一行参观了知识产权保护中心。")
    assert (name, title, "日本驻青岛总领事馆") in roles(facts)


def test_a_programme_officer_of_an_international_body_holds_the_post_there() -> None:
    facts = run("世界知识产权组织项目官员刘佳欣介绍了培训安排。")
    assert ("刘佳欣", "项目官员", "世界知识产权组织") in roles(facts)
