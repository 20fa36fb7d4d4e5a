"""What ipx doubts in a name, and how sure it is of it: signs calibrated on development
sets, weighed together, and probable duplicates across scripts. Every name is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.calibration import Profile, base_rate, known_signs, p_wrong, structure_signs
from store.review.confidence import confidences, signs_of
from store.review.queue import review_queue
from store.review.signals import organisation_assurances, organisation_signs, person_signs
from store.search import index_entity
from store.writer import add_mention, add_name, add_role, new_organisation, new_person

#: names a reviewer would doubt, each for a reason its shape shows
DOUBTFUL_BODIES = {
    "Within the Regional Seed Breeders Network": "edge",
    "Ministry of Fisheries and Min-": "edge",
    "Office of Trade, and B": "edge",
    "Bureau of Maps and Chairman of the Survey Board": "title_inside",
    "Office of the Deputy Director": "title_inside",
    "BULLETIN Kestrel Valley Patent Office": "heading",
    "Roadmaps": "one_word",
    "Board of Governors": "unit_words",
    "苏州会见知识产权局": "zh_breaks",
    "北境海洋局—东盟海洋中心": "zh_dash",
}
DOUBTFUL_PEOPLE = {
    "Ambassador Lena Sorvik": "titled",
    "Harbour Authority": "body_named",
    "会议今天": "zh_no_surname",
    "王小明的": "zh_runs_on",
}


def test_a_name_cut_from_its_sentence_shows_why() -> None:
    for name, sign in DOUBTFUL_BODIES.items():
        assert sign in {s.key for s in organisation_signs(name)}, name
    for name, sign in DOUBTFUL_PEOPLE.items():
        assert sign in {s.key for s in person_signs(name)}, name


def test_plain_names_show_no_doubt() -> None:
    for name in ("Kestrel Valley Patent Office", "KVPO", "苏州市知识产权局", "Borealis University"):
        assert not organisation_signs(name), name
    for name in ("Lena Sorvik", "王小明", "欧阳明", "马丁·格伯"):
        assert not person_signs(name), name


def test_every_sign_the_rules_show_is_counted_in_the_data_file() -> None:
    for kind, names, rule in (
        ("organisation", DOUBTFUL_BODIES, organisation_signs),
        ("person", DOUBTFUL_PEOPLE, person_signs),
    ):
        known = set(known_signs(kind))
        shown = {s.key for n in names for s in rule(n)}
        structural = set(structure_signs(kind, Profile(documents=1, pattern=0.9)))
        structural |= set(structure_signs(kind, Profile(2, 3, 1, True, True, 0.5)))
        assert shown | structural <= known, (shown | structural) - known


def test_more_evidence_makes_a_name_surer_and_doubts_add_up() -> None:
    once = structure_signs("organisation", Profile(documents=1, mentions=1, pattern=0.9))
    twice = structure_signs(
        "organisation", Profile(documents=2, mentions=3, links=1, other_names=True, pattern=0.9)
    )
    assert (
        p_wrong("organisation", twice) < base_rate("organisation") < p_wrong("organisation", once)
    )
    assert p_wrong("organisation", [*once, "edge"]) > p_wrong("organisation", once)
    assert 0.0 < p_wrong("organisation", [*once, "edge", "heading", "one_word"]) < 1.0


def _kb(tmp_path: Path) -> dict[str, int]:
    """One bilingual release naming a body cut from its sentence, a well-known body with
    its acronym in two documents, and one visitor in both scripts."""
    db = open_database(f"sqlite:///{tmp_path / 'signs.db'}")
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = []
        for path, lang in (("one.txt", "en"), ("two.txt", "en"), ("three.txt", "zh")):
            doc = Document(path=path, lang=lang, sha256=path * 8, text="x" * 200)
            s.add(doc)
            s.flush()
            assert doc.id
            docs.append(doc.id)

        def mention(doc: int, kind: str, eid: int, surface: str) -> None:
            add_mention(
                s,
                doc,
                kind,
                eid,
                start=0,
                end=len(surface),
                surface=surface,
                extractor="en/1",
                confidence=0.9,
            )

        made = {
            "cut": new_organisation(s, "Within the Regional Seed Breeders Network").id,
            "known": new_organisation(s, "Kestrel Valley Patent Office", country="KV").id,
            "visitor": new_person(s, "Martin Halvorsen").id,
            "same": new_person(s, "马丁·哈尔沃森").id,
            "other": new_person(s, "王小明").id,
        }
        for key, eid in made.items():
            assert eid is not None
            ids[key] = eid
        add_name(s, "organisation", ids["known"], "KVPO", kind="acronym")
        mention(docs[0], "organisation", ids["cut"], "Within the Regional Seed Breeders Network")
        mention(docs[0], "organisation", ids["known"], "Kestrel Valley Patent Office")
        mention(docs[1], "organisation", ids["known"], "KVPO")
        mention(docs[0], "person", ids["visitor"], "Martin Halvorsen")
        mention(docs[2], "person", ids["same"], "马丁·哈尔沃森")
        mention(docs[2], "person", ids["other"], "王小明")
        add_role(s, ids["visitor"], ids["known"], "Director")
        add_role(s, ids["same"], ids["known"], "局长")
        add_role(s, ids["other"], ids["known"], "副局长")
        s.flush()
        for kind, key in (("organisation", "cut"), ("organisation", "known")):
            index_entity(s, kind, ids[key])
        for key in ("visitor", "same", "other"):
            index_entity(s, "person", ids[key])
        s.commit()
    db.engine.dispose()
    return ids


def test_the_queue_puts_a_fragment_first_and_leaves_a_known_body_alone(tmp_path: Path) -> None:
    ids = _kb(tmp_path)
    db = open_database(f"sqlite:///{tmp_path / 'signs.db'}")
    with db.session() as s:
        conf = confidences(s, "organisation", [ids["cut"], ids["known"]])
        signs = signs_of(s, "organisation", [ids["cut"], ids["known"]])
        items = [i.id for i in review_queue(s, with_sources=False)]
    db.engine.dispose()
    assert conf[ids["cut"]].value < conf[ids["known"]].value
    assert "starts with 'within'" in conf[ids["cut"]].why
    assert "edge" in signs[ids["cut"]] and "other_names:yes" in signs[ids["known"]]
    assert f"o{ids['cut']}" in items and f"o{ids['known']}" not in items


def test_a_foreign_name_and_its_chinese_transliteration_are_proposed_as_one(
    tmp_path: Path,
) -> None:
    ids = _kb(tmp_path)
    db = open_database(f"sqlite:///{tmp_path / 'signs.db'}")
    with db.session() as s:
        items = {i.id: i for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    pair = f"p{ids['visitor']}+p{ids['same']}"
    assert pair in items and "two scripts" in items[pair].reason
    assert f"p{ids['visitor']}+p{ids['other']}" not in items  # 王小明 reads no Latin name


def test_a_company_a_university_or_an_embassy_speaks_for_its_name() -> None:
    for name in (
        "Kestrel Valley Seed Co., Ltd.",
        "Borealis University",
        "Embassy of the Kestrel Republic",
        "北岭种业股份有限公司",
        "北岭师范大学",
    ):
        assert {s.key for s in organisation_assurances(name)} == {"standalone"}, name
    for name in ("Ltd", "有限公司", "Borealis Seed Breeders Network"):
        assert not organisation_assurances(name), name
    once = structure_signs("organisation", Profile(documents=1, mentions=1, pattern=0.9))
    assert p_wrong("organisation", [*once, "standalone"]) < p_wrong("organisation", once)


def test_a_firm_named_once_waits_at_the_queue_tail_and_is_given_no_doubt(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'firm.db'}")
    with db.session() as s:
        doc = Document(path="firm.txt", lang="zh", sha256="f" * 64, text="x" * 200)
        s.add(doc)
        s.flush()
        firm = new_organisation(s, "北岭种业股份有限公司").id
        assert doc.id and firm
        add_mention(
            s,
            doc.id,
            "organisation",
            firm,
            start=0,
            end=10,
            surface="北岭种业股份有限公司",
            extractor="zh/1",
            confidence=0.9,
        )
        s.commit()
        conf = confidences(s, "organisation", [firm])[firm]
        items = {i.id: i for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    assert conf.why == "" and conf.doubt == 0.0
    # only one document states it: a low item at the tail, below any doubted name's rank
    assert (
        items[f"o{firm}"].score < 0.25 and "confirmed by nothing else" in items[f"o{firm}"].reason
    )


def test_a_word_of_a_countrys_name_alone_names_no_body() -> None:
    assert "country" in {s.key for s in organisation_signs("Emirates")}
    assert "country" not in {s.key for s in organisation_signs("Emirates Patent Office")}


def test_a_portfolio_ministry_and_a_unit_nobody_owns_both_ask_whose_they_are() -> None:
    # (a portfolio ministry was once weighed below such a unit; on the blind exports of
    # real114-real119 it was wrong 3 times in 6, a unit 0 in 0: the counts now weigh them alike)
    ministry = {s.key for s in organisation_signs("Ministry of Fisheries and Forestry")}
    unit = {s.key for s in organisation_signs("Board of Governors")}
    assert ministry == {"unit_topical"} and unit == {"unit_words"}
    for sign in ("unit_topical", "unit_words"):
        assert p_wrong("organisation", [sign]) > base_rate("organisation"), sign


def test_a_working_group_or_a_committee_of_no_named_body_asks_whose_it_is() -> None:
    for name in ("Working Group", "Joint Steering Committee", "Technical Expert Panel"):
        assert {s.key for s in organisation_signs(name)} == {"unit_words"}, name
    assert not organisation_signs("KVPO Working Group")  # an acronym says whose


def test_a_field_in_capitals_or_an_abbreviated_word_says_no_owner() -> None:
    # "IP" or "IPR" names what a unit does, not whose it is: unlike a body's acronym
    assert {s.key for s in organisation_signs("IPR Training Institute")} == {"unit_topical"}
    assert {s.key for s in organisation_signs("IP Academy")} == {"unit_topical"}
    assert {s.key for s in organisation_signs("Int'l Cooperation Committee")} == {"unit_words"}
    assert not organisation_signs("KVPO IP Academy")  # a body's acronym still says whose
