"""Heads of banks, regional communities and UN agencies as Chinese news names them: their
titles (行长, 执行秘书), transliterated family names jieba files as proper nouns, the bodies'
short Chinese names, and an unlisted office written in Traditional characters."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference

REF = load_reference()


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    facts = extract(text, "zh", date="2025-06-01", reference=REF)
    orgs = {o.key: o.ref or o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_banks_president_and_vice_president_hold_their_posts_at_the_bank() -> None:
    roles = _roles("世界银行副行长卡洛斯·罗德里格斯在研讨会上致辞，行长佩德罗·阿尔瓦雷斯未出席。")
    assert ("卡洛斯·罗德里格斯", "副行长", "world-bank") in roles


def test_the_word_for_a_banks_head_inside_other_words_opens_no_name() -> None:
    facts = extract("这家银行长期为小微企业提供知识产权质押贷款。", "zh", reference=REF)
    assert not facts.people


def test_a_regional_communitys_executive_secretary_is_found_under_its_short_name() -> None:
    roles = _roles("南共体执行秘书若昂·马塔维莱会见了来访的代表团。")
    assert ("若昂·马塔维莱", "执行秘书", "sadc") in roles


def test_a_family_name_the_dictionary_files_as_a_proper_noun_is_a_name_after_a_title() -> None:
    roles = _roles("工发组织总干事穆勒与国际电联秘书长马丁在维也纳举行了工作会谈。")
    assert ("穆勒", "总干事", "unido") in roles
    assert ("马丁", "秘书长", "itu") in roles


def test_an_unlisted_office_in_traditional_characters_keeps_its_kind_and_country() -> None:
    text = "冰島知識產權局局長西格蒙德·約恩松與緬甸知識產權局簽署合作諒解備忘錄。"
    facts = extract(text, "zh", reference=REF)
    icelandic = next(o for o in facts.orgs if o.name.startswith("冰島"))
    assert (icelandic.kind, icelandic.country) == ("ip_office", "IS")
