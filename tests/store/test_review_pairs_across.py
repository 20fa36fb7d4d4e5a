"""Doubts the queue raises beyond a name's own words: one body named in two languages by one
bilingual release, a short Chinese name with and without its place, a reference body the
text places in another country, a list run into a name. Every sentence is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.queue import review_queue
from store.review.signals import organisation_signs
from store.search import index_entity
from store.writer import add_mention, new_organisation

#: one bilingual release (Chinese, then English) and one Chinese notice
RELEASE = (
    "凯斯特尔驻北境代表团与海港大学、山谷大学签署备忘录。"
    "The Delegation of Kestrel to Borealia signed a memorandum with Harbour University."
)
NOTICE = "泰国商务部代表出席。新加坡贸发局发布年度报告，贸发局主席致辞。"


def _kb(tmp_path: Path) -> dict[str, int]:
    db = open_database(f"sqlite:///{tmp_path / 'across.db'}")
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = {}
        for path, lang, text in (("release.txt", "zh", RELEASE), ("notice.txt", "zh", NOTICE)):
            doc = Document(path=path, lang=lang, sha256=path * 6, text=text)
            s.add(doc)
            s.flush()
            assert doc.id
            docs[path] = doc.id
        made = {
            "delegation_zh": ("凯斯特尔驻北境代表团", "release.txt", {}),
            "delegation_en": ("Delegation of Kestrel to Borealia", "release.txt", {}),
            "harbour_zh": ("海港大学", "release.txt", {}),
            "valley_zh": ("山谷大学", "release.txt", {}),
            "harbour_en": ("Harbour University", "release.txt", {}),
            "council_short": ("贸发局", "notice.txt", {"country": "SG"}),
            "council_placed": ("新加坡贸发局", "notice.txt", {"country": "SG"}),
            "ministry": (
                "Ministry of Commerce (Borealia)",
                "notice.txt",
                {"country": "CN", "ref_id": "test-ministry"},
            ),
        }
        surfaces = {"ministry": "商务部"}
        for key, (name, path, extra) in made.items():
            org = new_organisation(s, name, **extra)
            assert org.id is not None
            ids[key] = org.id
            surface = surfaces.get(key, name)
            text = RELEASE if path == "release.txt" else NOTICE
            start = text.index(surface)
            add_mention(
                s,
                docs[path],
                "organisation",
                org.id,
                start=start,
                end=start + len(surface),
                surface=surface,
                extractor="zh/1",
                confidence=0.9,
            )
            s.flush()
            index_entity(s, "organisation", org.id)
        s.commit()
    db.engine.dispose()
    return ids


def _queue(tmp_path: Path) -> dict[str, str]:
    db = open_database(f"sqlite:///{tmp_path / 'across.db'}")
    with db.session() as s:
        items = {i.id: i.reason for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    return items


def _pair(a: int, b: int) -> str:
    return f"o{min(a, b)}+o{max(a, b)}"


def test_a_body_a_bilingual_release_names_in_both_languages_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    ids = _kb(tmp_path)
    items = _queue(tmp_path)
    pair = _pair(ids["delegation_zh"], ids["delegation_en"])
    assert pair in items and "two languages" in items[pair]


def test_two_chinese_bodies_of_one_head_are_not_guessed_at(tmp_path: Path) -> None:
    ids = _kb(tmp_path)
    items = _queue(tmp_path)
    for zh in ("harbour_zh", "valley_zh"):  # two universities: which one is Harbour?
        assert _pair(ids[zh], ids["harbour_en"]) not in items


def test_a_short_chinese_name_and_the_same_with_its_place_are_proposed_as_one(
    tmp_path: Path,
) -> None:
    ids = _kb(tmp_path)
    items = _queue(tmp_path)
    pair = _pair(ids["council_short"], ids["council_placed"])
    assert pair in items and "with its country" in items[pair]


def test_a_reference_body_the_text_places_in_another_country_is_doubted(tmp_path: Path) -> None:
    ids = _kb(tmp_path)
    items = _queue(tmp_path)
    item = f"o{ids['ministry']}"
    assert item in items and "泰国" in items[item]


def test_a_list_or_a_person_run_into_a_name_is_doubted() -> None:
    signs = {s.key for s in organisation_signs("Ministry of Ports, and Ms Lena Sorvik of Kestrel")}
    assert "into_person" in signs
    assert "zh_consulate" in {s.key for s in organisation_signs("北境总领事馆")}
    assert not organisation_signs("凯斯特尔驻北境总领事馆")


def test_a_chinese_name_and_its_pinyin_pair_up_with_or_without_stored_readings(
    tmp_path: Path,
) -> None:
    from store.writer import add_role, new_person

    for indexed in (True, False):
        db = open_database(f"sqlite:///{tmp_path / f'readings-{indexed}.db'}")
        with db.session() as s:
            doc = Document(path="r.txt", lang="zh", sha256="r" * 64, text=RELEASE)
            s.add(doc)
            s.flush()
            assert doc.id
            office = new_organisation(s, "Kestrel Seed Office").id
            han = new_person(s, "林海峰").id
            latin = new_person(s, "Lin Haifeng").id
            assert office and han and latin
            for pid, surface in ((han, "林海峰"), (latin, "Lin Haifeng")):
                add_mention(s, doc.id, "person", pid, surface=surface, confidence=0.9)
                add_role(s, pid, office, "Director")
                if indexed:
                    s.flush()
                    index_entity(s, "person", pid)
            s.commit()
            items = {i.id: i.reason for i in review_queue(s, with_sources=False)}
        db.engine.dispose()
        pair = f"p{min(han, latin)}+p{max(han, latin)}"
        assert pair in items and "reads" in items[pair], indexed


def test_a_chinese_body_named_after_two_countries_and_then_without_them_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    from store.review.pairs import duplicate_pairs

    db = open_database(f"sqlite:///{tmp_path / 'two.db'}")
    with db.session() as s:
        full = new_organisation(s, "智利秘鲁渔业交流协会").id
        short = new_organisation(s, "渔业交流协会").id
        s.commit()
        pairs = {(p.a, p.b): p.why[0] for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert full is not None and short is not None
    assert pairs.get((full, short)) == "country"
