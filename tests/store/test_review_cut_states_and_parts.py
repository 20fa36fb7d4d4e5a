"""What a reviewer working the whole queue must meet, in our own names: a body's name cut
before the country its state's long form names, a body's short form in brackets inside its
name, a transliterated person named in full and then by one part of the name, a body named
with its state's long form and the same body's shorter name, and any name only one document
states (at the tail, after every doubt)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from store.db import open_database
from store.models import Document
from store.review.pairs import duplicate_pairs
from store.review.queue import review_queue
from store.review.signals import organisation_assurances, organisation_signs
from store.search import index_entity
from store.writer import add_mention, new_organisation, new_person


def _keys(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_body_named_up_to_a_state_form_with_no_country_is_cut_from_the_sentence() -> None:
    for name in (
        "Consulate of the Republic of Malta in the People's Republic",
        "Trade Office of Norway in the Federal Republic",
        "Ministry of Fisheries of the Kingdom",
        "Patent Office of the Democratic Socialist Republic",
        "泰国驻大韩民国",
        "某国驻泰王国",
    ):
        assert "edge" in _keys(name), name


def test_a_state_form_that_is_a_country_or_says_whose_keeps_the_name_whole() -> None:
    for name in (
        "Embassy of Malta in the Czech Republic",
        "Honorary Consulate of Chile in the United Kingdom",
        "Trade Mission of Peru to the Kyrgyz Republic",
        "Ministry of Justice of the Russian Federation",
        "Faculty of Engineering of the University of the Republic",
        "Embassy of Malta in the People's Republic of China",
        "泰国驻大韩民国大使馆",
    ):
        assert "edge" not in _keys(name), name


def test_a_short_form_in_brackets_inside_a_name_is_doubted() -> None:
    for name in (
        "Northland Polytechnic University (NPU) Licensing Office",
        "Global Seed Vault Organization (GSVO) Training Academy",
        "北岭理工大学(北理)成果转化中心",
    ):
        assert "short_inside" in _keys(name), name


def test_a_place_or_a_closing_short_form_in_brackets_is_no_doubt() -> None:
    for name in (
        "China (Xiamen) Patent Protection Centre",
        "Northland Polytechnic University (NPU)",
        "中国(厦门)知识产权保护中心",
        "北岭理工大学(北理)",
    ):
        assert "short_inside" not in _keys(name), name


def _document(s: Session, text: str) -> int:
    doc = Document(path="one.txt", lang="zh", sha256="b" * 64, text=text)
    s.add(doc)
    s.flush()
    assert doc.id
    return doc.id


def _stated(s: Session, doc: int, kind: str, eid: int | None, surface: str) -> int:
    assert eid is not None
    add_mention(s, doc, kind, eid, start=0, end=len(surface), surface=surface, extractor="zh/1")
    index_entity(s, kind, eid)
    return eid


def test_a_transliterated_name_given_whole_then_by_one_part_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'parts.db'}")
    with db.session() as s:
        doc = _document(s, "x" * 100)
        ids = {
            n: _stated(s, doc, "person", new_person(s, n).id, n)
            for n in ("阿努·差猜翁", "阿努", "瓦妮·颂萨", "颂萨", "李明")
        }
        s.commit()
        found = {(p.a, p.b): p.reason for p in duplicate_pairs(s, "person")}
    db.engine.dispose()
    for full, part in (("阿努·差猜翁", "阿努"), ("瓦妮·颂萨", "颂萨")):
        key = (min(ids[full], ids[part]), max(ids[full], ids[part]))
        assert "one part" in found.get(key, ""), (full, part)
    assert not any(ids["李明"] in k for k in found)


def test_a_body_named_with_its_states_long_form_and_without_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'state.db'}")
    with db.session() as s:
        doc = _document(s, "x" * 100)
        long = "Agency for Seed Varieties of the Republic of Malta"
        short = "Seed Varieties Agency of Malta"
        a = _stated(s, doc, "organisation", new_organisation(s, long).id, long)
        b = _stated(s, doc, "organisation", new_organisation(s, short).id, short)
        s.commit()
        found = {(p.a, p.b) for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert (min(a, b), max(a, b)) in found


def test_every_name_one_document_states_waits_at_the_tail_after_every_doubt(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'tail.db'}")
    with db.session() as s:
        doc = _document(s, "x" * 100)
        plain = "Malta Seed Varieties Co., Ltd."
        cut = "Seed Office of the Kingdom"
        p = _stated(s, doc, "organisation", new_organisation(s, plain).id, plain)
        c = _stated(s, doc, "organisation", new_organisation(s, cut).id, cut)
        s.commit()
        order = [(i.id, i.reason) for i in review_queue(s, with_sources=False)]
    db.engine.dispose()
    assert [i for i, _ in order] == [f"o{c}", f"o{p}"]
    assert "confirmed by nothing else" in order[-1][1]


def test_a_chinese_name_with_its_country_and_an_english_one_without_are_proposed_as_one(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'glossed.db'}")
    with db.session() as s:
        doc = _document(s, "x" * 100)
        names = (
            "泰国商务及工业部",
            "Ministry of Commerce and Industry",
            "Malta Ministry of Commerce and Industry",
        )
        ids = [_stated(s, doc, "organisation", new_organisation(s, n).id, n) for n in names]
        s.commit()
        found = {(p.a, p.b) for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert (min(ids[0], ids[1]), max(ids[0], ids[1])) in found
    # an English name that names another country is no translation of it
    assert (min(ids[0], ids[2]), max(ids[0], ids[2])) not in found


def test_a_body_described_by_a_lower_case_head_is_doubted_but_a_countrys_government_is_not() -> (
    None
):
    from store.review.signals import organisation_signs

    assert {s.key for s in organisation_signs("seed authority of Borduria")} == {"described"}
    assert "described" in {s.key for s in organisation_signs("Ruritanian government agency")}
    for named in ("Chilean government", "the Mexican government"):
        assert "described" not in {s.key for s in organisation_signs(named)}, named


def test_a_permanent_missions_name_that_stops_at_its_un_host_is_doubted_as_cut() -> None:
    for name in (
        "冰岛常驻联合国维也纳办事处",
        "冰島常駐聯合國維也納辦事處",
        "智利常驻世界贸易组织",
    ):
        assert "edge" in _keys(name), name
        assert not organisation_assurances(name), name  # its 办事处 is the host's, not its own


def test_a_whole_permanent_mission_or_an_office_stationed_in_a_city_is_no_cut() -> None:
    for name in ("冰岛常驻联合国代表团", "秘鲁常驻联合国粮农机构代表处", "智利常驻欧盟使团"):
        assert "edge" not in _keys(name), name
    assert "edge" not in _keys("北岭种业公司常驻昆明办事处")
    assert organisation_assurances("北岭种业公司常驻昆明办事处")
