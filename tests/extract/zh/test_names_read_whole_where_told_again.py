"""A three-character name whose last character jieba joins to the next word.

局长刘宪民主持座谈: jieba reads 刘宪 as a name and 民主 (democracy) as a word, so the name
would end after two characters. When the text writes the same three characters again with a
word that follows names after them (刘宪民表示), the third character is the name's: the name
is 刘宪民 in both places.
"""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run

TOLD_AGAIN = (
    "日前,湖南省知识产权局局长刘宪民主持召开座谈会,与来访企业代表交流。"
    "刘宪民表示,湖南将进一步深化知识产权领域合作。"
)


def test_a_name_told_again_whole_keeps_its_third_character() -> None:
    f = run(TOLD_AGAIN)
    assert "刘宪民" in people(f)
    assert "刘宪" not in people(f)
    assert ("刘宪民", "局长", "湖南省知识产权局") in roles(f)
