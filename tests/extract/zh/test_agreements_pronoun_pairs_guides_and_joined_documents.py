"""A pair named by a pronoun, a guide that names a pilot, two documents joined, a count.

他们签署了…备忘录 after a sentence naming two bodies is their signing, as 双方 is
(agreement_parties.py, [pair_pronouns]). A 《title》 that ends in a guide or a procedure
(《…试点项目技术指南》) names no agreement, though a programme stands in it
([other_document_heads]). 签署甲备忘录(MOU)及乙协议(MRA) is two documents, each titled by
its own name, and a headline's 签署两协议 counts documents without a measure word
(agreement_documents.py).
"""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def test_they_after_a_sentence_naming_two_bodies_sign_between_those_bodies() -> None:
    text = "最近新加坡知识产权局和欧洲专利局有了新动作。他们签署了一份关于商标合作的谅解备忘录。"
    found = agreements(run(text, repaired=True))
    assert [(k, p) for _t, k, _d, p in found] == [("mou", {"新加坡知识产权局", "欧洲专利局"})]


def test_a_guide_titled_after_a_pilot_programme_is_no_agreement() -> None:
    text = (
        "新加坡知识产权局与欧洲专利局的PPH试点启动以后，申请人可通过作为两局共同项目指南的"
        "《甲乙PPH试点项目技术指南》了解具体要求。"
    )
    assert agreements(run(text, "2025-02-02", repaired=True)) == []


def test_two_documents_joined_after_one_verb_are_two_agreements() -> None:
    text = (
        "新加坡知识产权局、欧洲专利局今天签署星欧商标合作备忘录(MOU)及星欧检验结果相互承认"
        "协议(MRA)。"
    )
    found = agreements(run(text, "2025-11-29", repaired=True))
    assert [(t, k) for t, k, _d, _p in found] == [
        ("星欧商标合作备忘录", "mou"),
        ("星欧检验结果相互承认协议", "agreement"),
    ]


def test_a_count_of_documents_without_a_measure_word_is_no_agreement() -> None:
    for count in ("2", "两"):
        text = f"新加坡知识产权局与欧洲专利局今签署{count}协议。"
        assert agreements(run(text, "2025-11-29", repaired=True)) == []
