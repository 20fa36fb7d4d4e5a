"""Foreign names in Chinese text: transliterations with any separator (or none), ending where
the name ends; Japanese and Korean names read whole after a title of their country's office;
a re-mention by family name, by title and family name, or by the last part of the name."""

from __future__ import annotations

import re

import pytest

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run

REF = load_reference()


@pytest.mark.parametrize("mark", ["·", "•", "・", "･", "．", "‧", "?"])
def test_a_transliterated_name_joined_by_any_dot_or_a_lost_character_is_one_name(
    mark: str,
) -> None:
    facts = run(f"欧亚专利局局长卡洛斯{mark}门多萨在会上介绍了审查合作进展。", reference=REF)
    (person,) = facts.people
    assert re.split(r"[·•・･．.‧?]", person.name) == ["卡洛斯", "门多萨"]
    assert ((name := person.name), "局长", "欧亚专利局") in roles(facts), name


def test_a_character_lost_in_conversion_is_shown_as_a_middle_dot() -> None:
    facts = run("欧亚专利局局长卡洛斯?门多萨出席。", reference=REF)
    assert people(facts) == {"卡洛斯·门多萨"}


@pytest.mark.parametrize(
    "after",
    [
        "以视频方式出席论坛",
        "表示欢迎",
        "说，合作顺利",
        "在开幕式上致辞",
        "与申长雨会谈",
        "和代表团出席",
        "会见了企业代表",
        "签署了备忘录",
        "访华期间参观了审查中心",
        "邀请，多国代表出席会议",
        "致函祝贺论坛召开",
    ],
)
def test_a_transliterated_name_ends_before_the_next_verb_or_particle(after: str) -> None:
    facts = run(f"墨西哥工业产权局局长胡安•罗德里格斯{after}。", reference=REF)
    assert "胡安•罗德里格斯" in people(facts)
    assert not any(after[:2] in p for p in people(facts))


@pytest.mark.parametrize("name", ["胡安•高锐", "高锐"])
def test_a_name_ends_before_an_invitation_it_extends(name: str) -> None:
    facts = run(f"应墨西哥工业产权局局长{name}邀请，代表团出席了会议。", reference=REF)
    assert name in people(facts)
    assert not any("邀" in p for p in people(facts))


def test_a_transliterated_name_written_without_a_separator_is_read_up_to_the_verb() -> None:
    facts = run("欧亚专利局局长卡洛斯门多萨表示，双方合作富有成效。", reference=REF)
    assert people(facts) == {"卡洛斯门多萨"}
    assert ("卡洛斯门多萨", "局长", "欧亚专利局") in roles(facts)


def test_a_country_after_a_title_is_no_transliterated_name() -> None:
    facts = run("会议由部长哈萨克斯坦代表团团长主持。", reference=REF)
    assert "哈萨克斯坦" not in people(facts)


def test_a_japanese_name_after_a_title_of_the_japan_patent_office_is_read_whole() -> None:
    facts = run("日本特许厅技监大河内健吾、韩国特许厅厅长朴敏浩出席会议。", reference=REF)
    got = roles(facts)
    assert ("大河内健吾", "技监", "日本特许厅") in got
    assert ("朴敏浩", "厅长", "韩国特许厅") in got


def test_a_japanese_given_name_may_hold_a_character_that_also_means_and() -> None:
    facts = run("日本特许厅长官冈本和子和韩国特许厅厅长朴敏浩举行会谈。", reference=REF)
    assert {"冈本和子", "朴敏浩"} <= people(facts)


def test_no_name_is_read_where_the_title_is_followed_by_a_verb() -> None:
    assert people(run("日本特许厅长官表示欢迎，日本特许厅长官出席了会议。", reference=REF)) == set()


def test_family_name_and_title_refer_back_to_the_official_named_before() -> None:
    facts = run(
        "国家知识产权局副局长林志远会见了来访的代表团。林副局长表示，愿继续加强合作。",
        reference=REF,
    )
    assert people(facts) == {"林志远"}
    assert "林副局长" in facts.people[0].aliases


def test_a_title_re_mention_picks_the_official_with_that_title() -> None:
    facts = run("国家知识产权局局长王建华与局办公室主任王立出席。王局长在会上讲话。", reference=REF)
    chief = next(p for p in facts.people if p.name == "王建华")
    assert "王局长" in chief.aliases


def test_the_last_part_of_a_transliterated_name_after_a_title_is_the_same_person() -> None:
    facts = run(
        "欧亚专利局局长卡洛斯·门多萨访华。会谈中，欧亚专利局局长门多萨介绍了近期工作。",
        reference=REF,
    )
    assert people(facts) == {"卡洛斯·门多萨"}
    assert "门多萨" in facts.people[0].aliases


def test_a_two_character_last_part_right_after_a_title_is_the_same_person() -> None:
    facts = run(
        "北欧专利协会主席卡琳·伊勒出席仪式。会后，代表团拜会了主席伊勒。",
        reference=REF,
    )
    assert people(facts) == {"卡琳·伊勒"}
    assert "伊勒" in facts.people[0].aliases
    assert len(facts.people[0].spans) == 2


def test_a_copula_between_a_title_and_a_dotted_name_is_no_part_of_the_name() -> None:
    facts = run("北欧专利协会成立于1998年，现任主席为卡琳·伊勒。", reference=REF)
    assert people(facts) == {"卡琳·伊勒"}
    facts = run("该所所长是阿列克谢·伊万诺夫，任期五年。", reference=REF)
    assert people(facts) == {"阿列克谢·伊万诺夫"}


def test_a_title_jieba_runs_into_a_place_name_still_opens_a_transliterated_name() -> None:
    # 局长 + 沙…: jieba reads 长沙 (a city) across the end of the title.
    facts = run("蒙古国知识产权局局长沙伊德·卡里莫夫率团出席了会议。", reference=REF)
    assert ("沙伊德·卡里莫夫", "局长", "蒙古国知识产权局") in roles(facts)


def test_the_tail_of_a_transliterated_name_met_again_before_a_title_is_no_new_person() -> None:
    # jieba tags only 莫夫 of 卡利莫夫 as a name; it is the official named in full before.
    facts = run(
        "欧亚专利局局长图尔贡·卡利莫夫访华。双方会谈后，卡利莫夫局长参观了审查大厅。",
        reference=REF,
    )
    assert people(facts) == {"图尔贡·卡利莫夫"}


def test_a_japanese_official_is_read_whole_after_a_bracketed_short_form_of_the_body() -> None:
    facts = run("代表团与日本贸易振兴机构（JETRO）理事长大西康彦会面。", reference=REF)
    assert ("大西康彦", "理事长", "日本贸易振兴机构") in roles(facts)


def test_a_japanese_section_chief_keeps_the_section_in_the_title() -> None:
    facts = run("日本特许厅国际协力课课长山本裕子率团来访。", reference=REF)
    assert ("山本裕子", "国际协力课课长", "日本特许厅") in roles(facts)


def test_a_latin_name_with_letters_of_central_european_alphabets_is_read_whole() -> None:
    facts = run("波兰专利局局长Łukasz Wróbel出席了会议。", reference=REF)
    assert ("Łukasz Wróbel", "局长", "波兰专利局") in roles(facts)


def test_a_name_before_a_title_is_read_from_its_first_part_not_from_a_word_after_its_dot() -> None:
    """A word inside a transliterated name's last part (利耶夫 of 伊夫利耶夫) is no name of
    its own, whatever the word segmenter tags it: the whole name holds the title."""
    facts = run("我们谨向瓦西里·伊夫利耶夫局长致以诚挚的问候。", reference=REF)
    assert [p.name for p in facts.people] == ["瓦西里·伊夫利耶夫"]


def test_a_latin_family_name_joined_by_a_hyphen_after_a_chinese_title_is_read_whole() -> None:
    facts = run("秘魯國家知識產權局局長Marisa Quispe-Huamán出席了簽署儀式。", reference=REF)
    assert people(facts) == {"Marisa Quispe-Huamán"}


def test_a_latin_name_with_a_middle_initial_after_a_chinese_title_is_read_whole() -> None:
    facts = run("智利工業產權局局長Tomás R. Fuentes致詞。", reference=REF)
    assert people(facts) == {"Tomás R. Fuentes"}


@pytest.mark.parametrize("verb", ["表示", "指出", "強調"])
def test_a_name_before_the_occasion_word_and_a_speech_verb_ends_before_it(verb: str) -> None:
    facts = run(f"部長會見秘魯駐華大使胡安·佩雷斯時{verb}，兩國合作前景廣闊。", reference=REF)
    assert "胡安·佩雷斯" in people(facts)
    assert not any(p.endswith("時") for p in people(facts))


def test_a_double_barrelled_family_name_joined_by_a_hyphen_is_one_name() -> None:
    facts = run("法国工业产权局局长让·杜邦-莫罗表示,双方合作成果丰硕。")
    assert "让·杜邦-莫罗" in people(facts)


def test_a_hyphenated_given_name_opens_a_dotted_name() -> None:
    facts = run("法国国家工业产权局局长让-皮埃尔·马丁与中方签署了合作备忘录。", reference=REF)
    assert people(facts) == {"让-皮埃尔·马丁"}
    assert ("让-皮埃尔·马丁", "局长", "法国国家工业产权局") in roles(facts)


def test_a_title_inside_a_bodys_name_opens_no_dotted_name_that_runs_over_the_next_title() -> None:
    facts = run("南岭专利、设计和商标总管理局局长拉吉夫·阿加瓦尔出席会议。")
    assert people(facts) == {"拉吉夫·阿加瓦尔"}


def test_a_dash_of_punctuation_after_a_name_joins_nothing() -> None:
    facts = run("欧洲专利局局长安东·贝克——这位资深专家表示欢迎。")
    assert not any("——" in p or "这位" in p for p in people(facts))


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        ("丹麦专利商标局局长穆勒先生在研讨会上介绍了审查改革。", "穆勒", "局长"),
        ("丹麦专利商标局副局长蒙迪先生随后回答了提问。", "蒙迪", "副局长"),
        ("丹麦专利商标局局长张健先生介绍了快速审查试点。", "张健", "局长"),
    ],
)
def test_a_name_the_dictionary_holds_with_its_honorific_is_read_after_a_title(
    text: str, name: str, title: str
) -> None:
    facts = run(text, reference=REF)
    assert people(facts) == {name}
    assert (name, title, "丹麦专利商标局") in roles(facts)


def test_an_honorific_that_ends_a_longer_word_leaves_no_name_of_one_character() -> None:
    facts = run("丹麦专利商标局局长陈老先生出席了论坛。", reference=REF)
    assert people(facts) == set()


@pytest.mark.parametrize(
    "after",
    [
        "表示，审查合作进展顺利",
        "指出了三项重点",
        "会见了企业代表",
        "出席了签约仪式",
        "的发言获得好评",
    ],
)
def test_a_given_and_family_name_run_together_after_a_title_end_before_the_verb(
    after: str,
) -> None:
    facts = run(f"葡萄牙工业产权局局长安东尼奥罗德里格斯{after}。", reference=REF)
    assert people(facts) == {"安东尼奥罗德里格斯"}
    assert ("安东尼奥罗德里格斯", "局长", "葡萄牙工业产权局") in roles(facts)


def test_a_latin_name_between_a_body_and_its_holder_s_title_holds_the_title() -> None:
    facts = run("儀式在墨西哥工業產權局Lucía Ortega Vidal局長的見證下舉行。", reference=REF)
    assert ("Lucía Ortega Vidal", "局長", "墨西哥工業產權局") in roles(facts)


def test_a_bracketed_latin_form_between_a_name_and_its_title_is_the_name_s_other_form() -> None:
    facts = run("由德國專利商標局施密特(Anna Schmidt)副局長致詞。", reference=REF)
    assert ("施密特", "副局長", "德國專利商標局") in roles(facts)
    (person,) = facts.people
    assert "Anna Schmidt" in person.aliases


def test_a_commissioner_s_field_before_the_short_title_stays_in_the_title() -> None:
    facts = run("加拿大創新科學及經濟發展部農業執委Paul Gagnon出席。", reference=REF)
    assert ("Paul Gagnon", "農業執委", "加拿大創新科學及經濟發展部") in roles(facts)
    assert all(not o.name.endswith("執委") for o in facts.orgs)


def test_an_envoy_named_between_the_posting_and_the_title_holds_the_post_with_no_body() -> None:
    facts = run("協議由巴西駐秘魯周文彬大使簽署。", reference=REF)
    (role,) = facts.roles
    assert role.org is None and role.title.endswith(("駐秘魯大使", "驻秘鲁大使"))


def test_the_last_word_of_a_latin_name_listed_before_a_body_is_no_body() -> None:
    facts = run("在巴西工業產權局局長Ana Lima、國家知識產權局局長的見證下簽署。", reference=REF)
    assert "Lima" not in {o.name for o in facts.orgs}


def test_a_latin_family_name_alone_after_a_title_and_before_an_honorific_is_the_holder() -> None:
    facts = run("会上，欧洲专利局主席Vanderberg先生介绍了审查工作的进展。", repaired=True)
    assert ("Vanderberg", "主席", "欧洲专利局") in roles(facts)


def test_a_latin_word_after_a_title_with_no_honorific_is_no_name() -> None:
    facts = run("会上，欧洲专利局主席Vanderberg介绍了审查工作的进展。", repaired=True)
    assert not people(facts)


def test_a_transliteration_the_dictionary_holds_whole_is_a_name_after_a_title() -> None:
    """伊萨科夫 opens with 伊, a Chinese family name, and is one word to jieba."""
    facts = run("在会见欧洲专利局副局长伊萨科夫时，双方回顾了合作。", repaired=True)
    assert ("伊萨科夫", "副局长", "欧洲专利局") in roles(facts)


def test_a_chinese_name_before_a_transliteration_character_is_not_run_on() -> None:
    facts = run("南湖大学校长林明华于上月出席了论坛。", repaired=True)
    assert ("林明华", "校长", "南湖大学") in roles(facts)
