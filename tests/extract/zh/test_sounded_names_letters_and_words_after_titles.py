"""Names after titles: a foreign official named by sound, a leader's letter, and a title
that is the start of a longer word.

An official of a body abroad (俄罗斯某局局长) is named by a transliteration; one that opens
with a character that is also a Chinese family name (爱, 马) is read whole, four characters,
not cut to a family name and two characters, and so is one of a body of the European Union,
which has no country of its own; an official of a Chinese body keeps the Chinese reading. A
leader's congratulatory letter (主席贺信) is a letter, not an official named 贺信,
while a name that only opens with those characters (贺信民) is still a name. A "title" that
is the start of a word (主管 of 主管部门) is followed by no name.
"""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import people, roles, run


def test_a_foreign_official_is_named_by_the_whole_transliteration() -> None:
    facts = run("李明会见了俄罗斯专利局局长安当诺夫，双方交换了意见。")
    assert "安当诺夫" in people(facts)
    assert ("安当诺夫", "局长", "俄罗斯专利局") in roles(facts)


def test_traditional_script_alike() -> None:
    assert "安當諾夫" in people(run("李明會見了俄羅斯專利局局長安當諾夫，雙方交換了意見。"))


def test_an_official_of_a_body_of_the_european_union_is_named_by_sound_too() -> None:
    # the Commission has no country of its own, but its officials bear no Chinese names
    facts = run("会上，欧盟委员会副主席安德里斯介绍了有关情况。", reference=load_reference())
    assert "安德里斯" in people(facts)


def test_an_official_of_a_chinese_body_keeps_the_chinese_reading() -> None:
    assert "马克思" in people(run("国家知识产权局局长马克思介绍了情况。"))


def test_words_that_open_with_dang_end_a_transliteration() -> None:
    assert "伊万诺夫斯基" in people(run("俄罗斯专利局局长伊万诺夫斯基当选为大会主席。"))


def test_a_leaders_congratulatory_letter_is_no_official() -> None:
    facts = run("国务院副总理王立新在开幕式上宣读国家主席贺信并致辞。")
    assert "贺信" not in people(facts)
    assert "王立新" in people(facts)


def test_a_name_that_opens_like_the_letter_is_still_a_name() -> None:
    assert "贺信民" in people(run("新当选的协会会长贺信民表示，协会将加强合作。"))


def test_a_title_that_starts_a_longer_word_is_followed_by_no_name() -> None:
    facts = run("该协议是两国知识产权主管部门间签署的首个合作协议。")
    assert people(facts) == set()
