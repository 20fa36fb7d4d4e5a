"""Who signs what (importers/zh/agreements.py, importers/zh/signing.py): generic mentions only
when signed, titled from their parties and kind, once; a sentence's subject signs what it
then says was signed; the heads named elsewhere sign for 双方局长; witnesses do not sign."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def _signers(facts) -> set[str]:  # type: ignore[no-untyped-def]
    names = {p.key: p.name for p in facts.people}
    return {names[k] for a in facts.agreements for k in a.signatories}


def test_a_generic_mention_that_was_signed_is_titled_from_its_parties_and_kind() -> None:
    facts = run(
        "国家知识产权局局长申长雨、日本特许厅长官冈本和子出席年度会谈，总结了合作项目，"
        "并签署有关会谈纪要。",
        reference=REF,
    )
    ((title, kind, _date, parties),) = agreements(facts)
    assert title == "国家知识产权局与日本特许厅会谈纪要"
    assert kind == "record_of_discussion"
    assert parties == {"国家知识产权局", "日本特许厅"}
    assert _signers(facts) == {"申长雨", "冈本和子"}


def test_a_generic_mention_that_was_not_signed_is_no_agreement() -> None:
    facts = run("国家知识产权局与日本特许厅就有关合作文件达成一致。", reference=REF)
    assert facts.agreements == []


def test_a_generic_mention_with_one_known_party_is_no_agreement() -> None:
    facts = run("会上，国家知识产权局签署了知识产权合作文件。", reference=REF)
    assert facts.agreements == []


def test_a_generic_mention_is_one_agreement_however_often_the_text_repeats_it() -> None:
    facts = run(
        "国家知识产权局与欧洲专利局签订合作协议。国家知识产权局与欧洲专利局签订的合作协议"
        "为期五年。两局此前还签订合作协议。",
        reference=REF,
    )
    assert len(facts.agreements) == 1


def test_a_named_agreement_between_the_same_parties_covers_the_generic_mention() -> None:
    facts = run(
        "国家知识产权局与欧洲专利局签署《审查合作谅解备忘录》。两局还签署了有关合作文件。",
        reference=REF,
    )
    assert [t for t, *_ in agreements(facts)] == ["审查合作谅解备忘录"]


def test_heads_named_by_title_only_are_the_heads_the_text_names() -> None:
    facts = run(
        "国家知识产权局局长申长雨会见墨西哥工业产权局局长胡安·罗德里格斯和副局长安娜·佩雷斯。"
        "会后，双方局长签署《专利审查合作谅解备忘录》。",
        reference=REF,
    )
    assert _signers(facts) == {"申长雨", "胡安·罗德里格斯"}


def test_the_bodies_after_a_witnessing_verb_sign_and_the_witness_does_not() -> None:
    facts = run(
        "商务部副部长李明见证国家知识产权局局长申长雨与欧洲专利局局长卡洛斯·门多萨签署工作计划。",
        reference=REF,
    )
    ((_title, _kind, _date, parties),) = agreements(facts)
    assert parties == {"国家知识产权局", "欧洲专利局"}
    assert _signers(facts) == {"申长雨", "卡洛斯·门多萨"}


def test_an_organisation_whose_name_holds_a_planning_word_still_signs() -> None:
    facts = run("国家知识产权局与韩国知识产权研究院签署合作备忘录。", reference=REF)
    assert len(facts.agreements) == 1


def test_a_document_noun_phrase_runs_to_its_last_noun() -> None:
    facts = run("国家知识产权局与波兰专利局签署专利审查高速路合作谅解备忘录。", reference=REF)
    ((title, kind, _date, _parties),) = agreements(facts)
    assert title == "专利审查高速路合作谅解备忘录" and kind == "mou"  # a memorandum on a PPH


def test_consensus_is_a_document_only_as_a_book_title() -> None:
    assert run("国家知识产权局与欧洲专利局达成广泛共识。", reference=REF).agreements == []
    facts = run("国家知识产权局与欧洲专利局签署《双边合作共识》。", reference=REF)
    assert [k for _t, k, *_ in agreements(facts)] == ["joint_statement"]
