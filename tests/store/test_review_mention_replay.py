"""Replaying a mention reject (store/review/replay.py) acts on the judged entity only, and
its undo puts back all it took: a knowledge base that resolved the document's surface to
another body keeps that body and its names; one where the mention was the entity's last
source gets the entity back on undo. Real documents, imported for real; every sentence our
own."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from importers.pipeline import import_paths
from store.db import Database, open_database
from store.exchange import export_data, import_data
from store.models import Mention, Name, Organisation
from store.review.judge import judge, undo
from store.text import fold
from tests.conftest import sqlite_url
from tests.store.test_review_mention_names import (
    BODY,
    BRAZIL,
    PORTUGAL,
    _body,
    _doc,
    _kb,
    _names,
    _texts,
)

PORTUGUESE = "Instituto Nacional da Propriedade Industrial de Portugal"


def _judged(tmp_path: Path) -> dict[str, object]:
    """The exchange data of a KB where Portugal's mention of the Brazilian body is rejected."""
    here = _kb(tmp_path, "here", BRAZIL, PORTUGAL)
    body, portugal = _body(here), _doc(here, PORTUGAL)
    with here.session() as s:
        judge(s, f"o{body}@d{portugal}", "reject", by="ann", reason="Portugal's office")
        s.commit()
        data = export_data(s, with_text=False)
    here.engine.dispose()
    return {**data, "organisations": [], "people": [], "agreements": []}


def _mentions(db: Database, oid: int, did: int) -> set[str]:
    with db.session() as s:
        return {
            m.surface
            for m in s.exec(
                select(Mention).where(
                    Mention.target_type == "organisation",
                    Mention.target_id == oid,
                    Mention.document_id == did,
                )
            )
        }


def test_replay_leaves_the_body_the_surface_resolved_to_elsewhere(tmp_path: Path) -> None:
    data = _judged(tmp_path)
    there = _kb(tmp_path, "there", BRAZIL, PORTUGAL)
    body, portugal = _body(there), _doc(there, PORTUGAL)
    with there.session() as s:  # here, Portugal's text is read as Portugal's own office
        own = Organisation(name=PORTUGUESE, kind="agency")
        s.add(own)
        s.flush()
        assert own.id is not None
        for m in s.exec(
            select(Mention).where(
                Mention.target_type == "organisation",
                Mention.target_id == body,
                Mention.document_id == portugal,
            )
        ):
            m.target_id = own.id
            s.add(m)
        for n in s.exec(
            select(Name).where(Name.entity_type == "organisation", Name.entity_id == body)
        ):
            if n.text == "INPI":
                n.entity_id = own.id
                s.add(n)
        s.add(
            Name(
                entity_type="organisation",
                entity_id=own.id,
                text=PORTUGUESE,
                folded=fold(PORTUGUESE),
                kind="primary",
                origin="user",
            )
        )
        s.commit()
        oid = own.id
    surfaces, names = _mentions(there, oid, portugal), _texts(there, oid)
    assert surfaces and "INPI" in names and "INPI" not in _texts(there, body)
    with there.session() as s:
        import_data(s, data, jobs=1)
        s.commit()
    assert _mentions(there, oid, portugal) == surfaces
    assert _texts(there, oid) == names
    assert _texts(there, body) == {BODY}
    there.engine.dispose()


def test_undo_after_replay_brings_back_the_body_that_lost_its_last_source(
    tmp_path: Path,
) -> None:
    data = _judged(tmp_path)
    (tmp_path / "there").mkdir()
    there = open_database(sqlite_url(tmp_path / "there" / "kb.db"))
    assert import_paths(there, [tmp_path / "doc1.txt"], jobs=1).ok  # Portugal's text alone
    body, portugal = _body(there), _doc(there, PORTUGAL)
    names, surfaces = _names(there, body), _mentions(there, body, portugal)
    assert surfaces
    with there.session() as s:
        import_data(s, data, jobs=1)
        s.commit()
        assert s.get(Organisation, body) is None  # Portugal's text was its only source
    with there.session() as s:
        undo(s, by="ann")
        s.commit()
    assert _names(there, body) == names
    assert _mentions(there, body, portugal) == surfaces
    there.engine.dispose()
