"""A legislature's record in Traditional Chinese: speakers labelled around their title
(黃委員志明：), thanks before a title, a committee's convener, the EU's IP office as Taiwan
writes it, and a programme extended by two parties after it opens the sentence."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, people, run

REF = load_reference()

RECORD = (
    "立法院第10屆第5會期內政委員會第3次全體委員會議紀錄\n"
    "主　　席　蔡志雄召集委員\n"
    "主席：請黃委員志明質詢。\n"
    "黃委員志明：（9時40分）謝謝主席。請問署長，明年的計畫是什麼？\n"
    "何署長美玲：報告委員，我們會持續推動。\n"
    "主席：謝謝黃委員志明、何署長。\n"
)


def _roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_speaker_labelled_around_the_title_is_named_whole() -> None:
    facts = run(RECORD, "2021-04-12", reference=REF, repaired=True)
    assert "黃志明" in people(facts)
    assert "志明" not in people(facts)
    assert ("黃志明", "委員", "立法院") in _roles(facts)


def test_thanks_before_a_title_name_no_one() -> None:
    facts = run(RECORD, "2021-04-12", reference=REF, repaired=True)
    assert "謝謝" not in people(facts)


def test_a_convener_of_a_committee_sits_in_the_chamber() -> None:
    facts = run(RECORD, "2021-04-12", reference=REF, repaired=True)
    assert ("蔡志雄", "召集委員", "立法院") in _roles(facts)


def test_a_word_after_a_title_is_no_given_name_of_a_label() -> None:
    facts = run("王局長表示：本案仍在研議。\n", "2021-04-12", reference=REF, repaired=True)
    assert "王表示" not in people(facts)


def test_the_eu_office_written_in_taiwan_usage_is_not_taiwans_office() -> None:
    text = (
        "經濟部智慧財產局局長陳文華出席說明。\n"
        "委員問：貴局與歐盟智慧財產局的合作文件，何時可以完成？\n"
    )
    facts = run(text, "2022-03-02", reference=REF, repaired=True)
    refs = {o.ref for o in facts.orgs}
    assert {"euipo", "tipo"} <= refs
    eu = next(o for o in facts.orgs if o.ref == "euipo")
    assert "智慧局" not in eu.aliases and "智慧財產局" not in eu.aliases


def test_a_programme_opening_the_sentence_is_extended_by_the_pair_named_later() -> None:
    text = (
        "部長：臺日PPH計畫原定今年三月屆滿，台灣日本關係協會與日本台灣交流協會"
        "已在今年2月以換函方式延長兩年，雙方主管機關將持續執行。\n"
    )
    found = agreements(run(text, "2021-06-30", reference=REF, repaired=True))
    assert len(found) == 1
    title, kind, date, parties = found[0]
    assert (title, kind, date) == ("臺日PPH計畫", "pph", "2021-02")
    assert parties == {"台灣日本關係協會", "日本台灣交流協會"}


def test_a_programme_only_planned_to_be_extended_is_no_agreement() -> None:
    text = (
        "部長：臺日PPH計畫原定今年三月屆滿，台灣日本關係協會與日本台灣交流協會正在研究延長兩年。\n"
    )
    assert not agreements(run(text, "2021-06-30", reference=REF, repaired=True))
