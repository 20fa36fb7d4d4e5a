"""Agreements signed with 签定, the common variant writing of 签订 (store/text/words/zh.txt,
[sign_verbs] and the lists beside it): the signing is reported as with 签订."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_a_document_signed_with_the_variant_verb_is_an_agreement() -> None:
    facts = run(
        "5月10日，浙江工业大学校长王立明还与杭州市知识产权局签定了合作协议书。", "2019-05-12"
    )
    [(_title, _kind, date, parties)] = agreements(facts)
    assert parties == {"浙江工业大学", "杭州市知识产权局"}
    assert date == "2019-05-10"
    assert {p.name for p in facts.people if p.key in facts.agreements[0].signatories} == {"王立明"}


def test_the_variant_verb_in_traditional_characters_signs_too() -> None:
    facts = run("今天，浙江工業大學與杭州市知識產權局簽定了合作協議。", "2019-05-10")
    [(_title, _kind, _date, parties)] = agreements(facts)
    assert parties == {"浙江工業大學", "杭州市知識產權局"}
