"""Doubts of names a layout broke: a Chinese person's name split by a line break, whose
first part was taken alone while the same document names the person whole; and a body's
name that runs into the start of a post's title (its head again after a rank). Every
sentence is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.cut_short import broken_on
from store.review.queue import review_queue
from store.review.signals import organisation_signs
from store.search import index_entity
from store.writer import add_mention, new_person

TEXT = "出席仪式的有市博物馆副馆长周文 涛、档案局处长林可。周文涛随后介绍了展览的筹备情况。"


def test_a_chinese_name_split_by_a_line_break_is_cut_short_when_named_whole_elsewhere() -> None:
    named = frozenset({"周文", "周文涛", "林可"})
    assert broken_on("周文", " 涛、档案局处长", named) == "涛"
    assert broken_on("林可", "。周文涛随后", named) is None  # no break after it
    assert broken_on("周文", " 涛、档案局处长", frozenset({"周文"})) is None  # never whole


def test_a_person_cut_at_a_line_break_is_proposed_and_the_whole_name_is_not(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'broken.db'}")
    with db.session() as s:
        doc = Document(path="visit.txt", lang="zh", sha256="d" * 64, text=TEXT)
        s.add(doc)
        s.flush()
        assert doc.id
        made = {}
        for surface, start in (("周文", TEXT.index("周文 ")), ("周文涛", TEXT.index("周文涛"))):
            person = new_person(s, surface)
            assert person.id is not None
            add_mention(
                s,
                doc.id,
                "person",
                person.id,
                start=start,
                end=start + len(surface),
                surface=surface,
                extractor="zh/1",
                confidence=0.9,
            )
            made[surface] = person.id
        s.flush()
        for pid in made.values():
            index_entity(s, "person", pid)
        s.commit()
        items = {i.id: i for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    cut = items.get(f"p{made['周文']}")
    assert cut is not None and "line break" in cut.reason
    whole = items.get(f"p{made['周文涛']}")
    assert whole is None or "cut short" not in whole.reason


def test_a_body_named_with_its_head_again_after_a_rank_holds_a_post_s_title() -> None:
    assert any(s.key == "doubled" for s in organisation_signs("市博物馆副博物馆"))
    assert any(s.key == "doubled" for s in organisation_signs("某县档案局助理局"))
    for whole in ("市博物馆", "全国人民代表大会常务委员会", "国家知识产权局专利局"):
        assert not any(s.key == "doubled" for s in organisation_signs(whole))
