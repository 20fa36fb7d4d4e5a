"""Doubts seen on unseen texts, in our own names: a person named like a registry or a
parliament, a firm's country run into a transliterated person, a Chinese "body" that runs on
into what it is to become. Each also reaches the queue when stated once."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.queue import review_queue
from store.review.signals import organisation_signs, person_signs
from store.search import index_entity
from store.writer import add_mention, new_organisation, new_person


def test_a_person_named_like_a_registry_or_a_house_is_doubted() -> None:
    for name in ("Coastal Land Registry", "Northern Assembly", "Harbour Museum"):
        assert "body_named" in {s.key for s in person_signs(name)}, name


def test_a_country_before_a_transliterated_name_is_doubted_as_a_person() -> None:
    for name in ("法国贝特朗·莫罗", "德国克劳斯曼合伙"):
        assert "country" in {s.key for s in person_signs(name)}, name


def test_a_chinese_name_that_begins_like_a_country_is_not_doubted_for_it() -> None:
    # 韩 is a surname and 国 a given-name character: three characters are a person's name
    for name in ("韩国平", "马丁·哈尔沃森", "王小明"):
        assert "country" not in {s.key for s in person_signs(name)}, name


def test_a_chinese_body_that_runs_on_into_what_it_becomes_is_doubted() -> None:
    becoming = ("澳门建设成区域仲裁服务中心", "本市打造成国际版权交易中心", "深圳发展成为创新中心")
    for name in becoming:
        assert "zh_breaks" in {s.key for s in organisation_signs(name)}, name
    assert not organisation_signs("区域知识产权交易中心")


def test_each_of_them_named_once_is_proposed_for_review(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'doubts.db'}")
    with db.session() as s:
        doc = Document(path="one.txt", lang="en", sha256="a" * 64, text="x" * 200)
        s.add(doc)
        s.flush()
        assert doc.id
        made = [
            ("person", new_person(s, "Coastal Land Registry").id, "Coastal Land Registry"),
            ("person", new_person(s, "法国贝特朗·莫罗").id, "法国贝特朗·莫罗"),
            ("person", new_person(s, "Lena Sorvik").id, "Lena Sorvik"),
            (
                "organisation",
                new_organisation(s, "澳门建设成区域仲裁服务中心").id,
                "澳门建设成区域仲裁服务中心",
            ),
        ]
        for kind, eid, surface in made:
            assert eid is not None
            add_mention(
                s,
                doc.id,
                kind,
                eid,
                start=0,
                end=len(surface),
                surface=surface,
                extractor="en/1",
                confidence=0.9,
            )
        s.flush()
        for kind, eid, _ in made:
            assert eid is not None
            index_entity(s, kind, eid)
        s.commit()
        order = [i.id for i in review_queue(s, with_sources=False)]
    db.engine.dispose()
    prefix = {"person": "p", "organisation": "o"}
    doubted = {f"{prefix[k]}{eid}" for k, eid, name in made if name != "Lena Sorvik"}
    assert doubted <= set(order)
    # the plain name only one document states waits at the tail, after every doubt
    assert order[-1] == f"p{made[2][1]}"
