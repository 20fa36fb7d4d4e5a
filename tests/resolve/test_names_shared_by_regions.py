"""A name two Chinese-writing regions give to different bodies is read as the writer's
region: in a Taipei text 科技部 is Taiwan's former Ministry of Science and Technology, now
its National Science and Technology Council, stored as that council's former name with its
dates; in a mainland text, or a Traditional one that also names mainland bodies, it stays
the PRC's ministry."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importers.facts import DocumentFacts, OrgFact
from importers.resolve.reference import load_reference
from importers.resolve.regional_names import document_region, read_in_region
from tests.imported import import_texts


def _named(export: dict[str, Any], name: str) -> dict[str, Any]:
    [org] = [o for o in export["organisations"] if name in [o["name"], *o["aliases"]]]
    return org


def test_in_a_taiwan_text_the_ministry_of_science_is_the_science_council(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    text = (
        "臺北，2020年8月11日——科技部今日與工業技術研究院簽署半導體人才培育合作備忘錄，"
        "經濟部智慧財產局亦派員出席。\n"
    )
    org = _named(import_texts(ipx, empty_db, tmp_path, text), "科技部")
    assert org["reference_id"] == "tw-nstc"
    assert org["country"] == "TW"
    [name] = [n for n in org["names"] if n["text"] == "科技部"]
    assert (name["kind"], name["to"]) == ("previous", "2022-07-27")
    prc_ministry = "Ministry of Science and Technology of the People's Republic of China"
    assert prc_ministry not in org["aliases"]


def test_in_a_mainland_text_the_ministry_of_science_is_the_prc_ministry(
    ipx: Any, empty_db: str, tmp_path: Path
) -> None:
    text = "北京，2023年3月7日——科技部与国家知识产权局联合召开创新成果转化工作会议。\n"
    org = _named(import_texts(ipx, empty_db, tmp_path, text), "科技部")
    assert org["reference_id"] == "cn-most"


def test_a_traditional_text_that_names_mainland_bodies_too_keeps_the_prc_ministry() -> None:
    facts = DocumentFacts(
        extractor="zh/1",
        orgs=[
            OrgFact("o1", "工業技術研究院", ref="tw-itri"),
            OrgFact("o2", "國家知識產權局", ref="cnipa"),
            OrgFact("o3", "科技部", ref="cn-most"),
        ],
    )
    ref = load_reference()
    assert document_region(facts, ref) is None
    read, names = read_in_region(facts, ref)
    assert read.orgs[2].ref == "cn-most" and not names


def test_a_simplified_text_has_no_region_of_its_own() -> None:
    facts = DocumentFacts(
        extractor="zh/1",
        orgs=[OrgFact("o1", "工业技术研究院", ref="tw-itri"), OrgFact("o2", "科技部")],
    )
    assert document_region(facts, load_reference()) is None


def test_a_traditional_text_about_taiwan_bodies_is_taiwans() -> None:
    facts = DocumentFacts(
        extractor="zh/1",
        orgs=[
            OrgFact("o1", "經濟部智慧財產局", ref="tipo"),
            OrgFact("o2", "科技部", ref="cn-most"),
            OrgFact("o3", "Universität Wien", country="AT"),
        ],
    )
    assert document_region(facts, load_reference()) == "TW"
