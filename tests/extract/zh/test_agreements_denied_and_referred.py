"""Agreements that are not there and agreements pointed back to (importers/zh/agreements.py,
agreement_changes.py, agreement_parties.py): a denied signing, a document of any kind, an
exchange inside a compound noun, a programme extended as the verb's object, the text of an
arrangement and the one it replaces, a renewal of the document just reported, a pair word
after a sentence that joined two bodies, and a faculty
that signs alone."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, run


def _found(text: str, date: str) -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, repaired=True))


def test_a_signing_the_text_denies_reports_no_agreement() -> None:
    text = "关于与欧洲方面的合作，国家知识产权局与欧洲专利局目前仍未签订合作备忘录。"
    assert _found(text, "2025-02-01") == []


def test_a_document_of_any_kind_after_the_verb_names_no_agreement() -> None:
    text = "今后，国家知识产权局与新加坡知识产权局可按需签订任何一份备忘录。"
    assert _found(text, "2025-02-01") == []


def test_an_exchange_written_inside_a_compound_noun_signs_nothing() -> None:
    text = "国家知识产权局与欧洲专利局之间的优先权文件数据交换试点计划运行良好。"
    assert _found(text, "2025-02-01") == []


def test_two_named_parties_extending_a_programme_as_its_object_agree_on_it() -> None:
    text = "今年2月，国家知识产权局与新加坡知识产权局以互换信函方式延长专利审查高速路试点项目两年。"
    found = _found(text, "2025-06-01")
    assert [(t, d, p) for t, _k, d, p in found] == [
        (
            "专利审查高速路试点项目",
            "2025-02",
            {
                "国家知识产权局",
                "新加坡知识产权局",
            },
        )
    ]


def test_the_text_of_an_arrangement_keeps_the_earlier_one_it_replaces_apart() -> None:
    text = (
        "国家知识产权局与新加坡知识产权局于2024年5月6日在北京签订《知识产权合作安排》。\n"
        "本安排取代双方于2018年签订的合作安排。\n"
        "本安排于2024年5月6日在北京签署，一式两份。"
    )
    found = {(t, d) for t, _k, d, _p in _found(text, "2024-05-20")}
    assert found == {("知识产权合作安排", "2024-05-06"), ("合作安排", "2018")}


def test_a_renewal_of_the_document_just_reported_takes_its_title_and_parties() -> None:
    text = (
        "2021年3月，国家知识产权局与世界知识产权组织签署了《人才培养合作协议》。"
        "今年4月，该局与世界知识产权组织续签该协议。"
    )
    found = {(t, d, frozenset(p)) for t, _k, d, p in _found(text, "2025-06-01")}
    both = frozenset(
        {
            "国家知识产权局",
            "世界知识产权组织",
        }
    )
    assert found == {("人才培养合作协议", "2021-03", both), ("人才培养合作协议", "2025-04", both)}


def test_a_faculty_signing_alone_is_the_party_though_its_university_is_named_elsewhere() -> None:
    text = (
        "某某大学与新加坡知识产权局往来频繁。2023年6月，某某大学知识产权学院与新加坡知识产权局签署"
        "《联合培养合作协议》。"
    )
    parties = {t: p for t, _k, _d, p in _found(text, "2025-06-01")}
    assert parties["联合培养合作协议"] == {
        "某某大学知识产权学院",
        "新加坡知识产权局",
    }


def test_a_pair_word_signs_for_the_two_bodies_the_sentence_before_joined() -> None:
    text = (
        "会上有人问及国家知识产权局与新加坡知识产权局的分工。"
        "对此，相关负责人表示，两单位已于去年9月签订业务合作要点。"
    )
    found = [(t, k, d, p) for t, k, d, p in _found(text, "2025-06-01")]
    assert found == [("业务合作要点", "other", "2024-09", {"国家知识产权局", "新加坡知识产权局"})]
