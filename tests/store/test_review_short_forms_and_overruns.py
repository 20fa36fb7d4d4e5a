"""Doubts and pairs an unseen text brought that the queue never proposed: a reference body
read from a short name that a local level, or another country's body named in full, shows
to be another body; a name cut over its edge that still names a body with the same
acronym; a region's office named in full and its government by its level alone; a Chinese
ministry and its English name with the state's long form. Every sentence is our own."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from store.db import open_database
from store.models import Document, Organisation
from store.review.glossed import translates
from store.review.misplaced import level_before, misplaced_references
from store.review.overrun import pair_doubt
from store.review.pairs import duplicate_pairs
from store.review.signals import organisation_doubt
from store.search import index_entity
from store.writer import add_mention, add_name, new_organisation

LATIN = (
    "Venue: Granite Hall, Ministry of Fisheries. "
    "Host: the Ministry of Fisheries of the Republic of Norway, with the Coastal Patent "
    "Board (CPB). The chair thanked CPB. The guests left at noon."
)
HAN = (
    "宁波市贸促会与某商会签署协议。宁波市贸促会会长致辞。浙江省知识产权局发布通知，省人民政府批准。"
)


def _org(s: Session, doc: int, text: str, surface: str, **kw: str) -> int:
    org = new_organisation(s, kw.pop("name", surface), **kw)  # type: ignore[arg-type]
    assert org.id is not None
    start = text.index(surface)
    add_mention(
        s,
        doc,
        "organisation",
        org.id,
        start=start,
        end=start + len(surface),
        surface=surface,
        extractor="test/1",
        confidence=0.9,
    )
    index_entity(s, "organisation", org.id)
    return org.id


def _doc(s: Session, path: str, lang: str, text: str) -> int:
    doc = Document(path=path, lang=lang, sha256=path[0] * 64, text=text)
    s.add(doc)
    s.flush()
    assert doc.id is not None
    return doc.id


def test_a_national_short_name_right_after_a_local_level_is_that_places_own_body() -> None:
    assert level_before("贸促会", "宁波市贸促会会长") == "市"
    assert level_before("市场监督管理局", "由省市场监督管理局") == "省"
    assert level_before("贸促会", "中国贸促会会长") == ""
    assert level_before("市贸促会", "宁波市贸促会会长") == ""  # the level is its own
    assert level_before("市场监督管理局", "国家市场监督管理局") == ""
    assert level_before("Patent Board", "city Patent Board") == ""


def test_a_reference_body_read_from_a_short_form_of_another_bodys_name_is_doubted(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'short.db'}")
    with db.session() as s:
        en, zh = _doc(s, "e.txt", "en", LATIN), _doc(s, "z.txt", "zh", HAN)
        wrong = _org(
            s,
            en,
            LATIN,
            "Ministry of Fisheries",
            name="Ministry of Fisheries of Iceland",
            country="IS",
            ref_id="is-fish",
        )
        _org(s, en, LATIN, "Ministry of Fisheries of the Republic of Norway", country="NO")
        meant = _org(s, en, LATIN, "Coastal Patent Board", country="NO", ref_id="no-cpb")
        _org(
            s,
            en,
            LATIN,
            "Patent Board",
            name="Patent Board of Iceland",
            country="IS",
            ref_id="is-pb",
        )  # ("Coastal Patent Board" ends with it: no qualified form)
        council = _org(s, zh, HAN, "贸促会", name="某国贸促会", country="CN", ref_id="x-ccpit")
        s.commit()
        found = {m.id: m.why for m in misplaced_references(s)}
    db.engine.dispose()
    assert "Ministry of Fisheries of the Republic of Norway" in found[wrong]
    assert found[council].startswith("市贸促会")
    assert meant not in found
    assert len(found) == 2


def test_a_name_cut_over_its_edge_still_pairs_with_the_body_of_its_acronym(
    tmp_path: Path,
) -> None:
    assert organisation_doubt("CPB. The")[0] > 0.5  # still doubted as it stands
    assert pair_doubt("organisation", "CPB. The") == 0.0
    assert pair_doubt("organisation", "Ministry of State") > 0.5  # a phrase still weighs
    db = open_database(f"sqlite:///{tmp_path / 'edge.db'}")
    with db.session() as s:
        en = _doc(s, "e.txt", "en", LATIN)
        board = _org(s, en, LATIN, "Coastal Patent Board", country="NO", ref_id="no-cpb")
        cut = _org(s, en, LATIN, "CPB", name="CPB. The")
        add_name(s, "organisation", cut, "CPB", kind="acronym")
        s.commit()
        pairs = {(p.a, p.b): p.p_same for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert pairs.get((min(board, cut), max(board, cut)), 0.0) >= 0.3


def test_a_regions_government_named_by_its_level_pairs_with_the_parent_of_its_office(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'level.db'}")
    with db.session() as s:
        zh = _doc(s, "z.txt", "zh", HAN)
        government = new_organisation(s, "浙江省人民政府", country="CN", ref_id="zj-gov")
        index_entity(s, "organisation", government.id or 0)
        office = s.get(Organisation, _org(s, zh, HAN, "浙江省知识产权局", country="CN"))
        assert office is not None
        office.parent_id = government.id  # (the office sits under the government)
        level = _org(s, zh, HAN, "省人民政府")
        s.commit()
        pairs = {(p.a, p.b) for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert government.id is not None
    assert (min(government.id, level), max(government.id, level)) in pairs


def test_a_ministry_named_in_chinese_translates_its_english_name_with_the_state_form() -> None:
    assert translates("挪威司法部", "Ministry of Justice of the Kingdom of Norway")
    assert translates("挪威司法部", "Ministry of Justice of Norway")
    assert not translates("司法部", "Ministry of Justice of the Kingdom of Norway")
    assert not translates("挪威司法部", "Ministry of Justice and Public Security of Norway")


def test_a_short_form_also_written_with_its_own_country_is_the_body_meant(
    tmp_path: Path,
) -> None:
    text = (
        "The Ministry of Fisheries (Iceland MoF) hosted the Ministry of Fisheries of the "
        "Republic of Norway for two days of talks on quotas."
    )
    db = open_database(f"sqlite:///{tmp_path / 'own.db'}")
    with db.session() as s:
        en = _doc(s, "o.txt", "en", text)
        meant = _org(
            s,
            en,
            text,
            "Ministry of Fisheries",
            name="Ministry of Fisheries of Iceland",
            country="IS",
            ref_id="is-fish",
        )
        start = text.index("Iceland MoF")  # its own short form, stored under the name found
        add_mention(
            s,
            en,
            "organisation",
            meant,
            start=start,
            end=start + len("Iceland MoF"),
            surface="Ministry of Fisheries",
            extractor="test/1",
            confidence=0.9,
        )
        _org(s, en, text, "Ministry of Fisheries of the Republic of Norway", country="NO")
        s.commit()
        found = {m.id for m in misplaced_references(s)}
    db.engine.dispose()
    assert meant not in found
