"""One document's mention of an entity (store/review/mentions.py, mention_verdict.py), on
tests/store/review_kb.py: which pairs the queue asks about, what a reject takes out of that
document (the mentions, what only that document stated through them) and what it keeps,
and an undo that puts back exactly what was there."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import pytest
from sqlmodel import select

from store.db import Database, open_database
from store.models import Mention, Rejection, Role
from store.review import mentions
from store.review.items import ReviewError
from store.review.judge import judge, undo
from store.review.mentions import form_of
from store.review.queue import review_queue
from store.writer import add_mention
from tests.store.review_kb import Ids, make


@pytest.fixture
def kb(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Database, Ids]]:
    every_pair(monkeypatch)
    url, ids = make(tmp_path)
    db = open_database(url)
    yield db, ids
    db.engine.dispose()


def every_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every candidate pair an item, however unlikely wrong (the calibrated P(wrong) of the
    bodies of review_kb.py is below mentions.MINIMUM: none would be listed)."""
    monkeypatch.setattr(mentions, "MINIMUM", 0.0)
    mentions._never.cache_clear()
    monkeypatch.setattr(mentions, "_never", lru_cache(maxsize=None)(mentions._never.__wrapped__))


def _rows(db: Database) -> list[tuple[object, ...]]:
    """Every mention and role as it is, to compare before and after."""
    with db.session() as s:
        mentions = [tuple(m.model_dump().values()) for m in s.exec(select(Mention))]
        roles = [tuple(r.model_dump().values()) for r in s.exec(select(Role))]
    return sorted(mentions, key=str) + sorted(roles, key=str)


def test_the_queue_asks_about_each_document_of_an_entity_others_state_too(kb) -> None:
    db, ids = kb
    with db.session() as s:
        items = {i.id: i for i in review_queue(s, with_sources=False) if i.kind == "mention"}
    kestrel, regional = ids.orgs["kestrel"], ids.orgs["regional"]
    a, b, c = (ids.docs[x] for x in ("a.txt", "b.txt", "c.txt"))
    assert {f"o{kestrel}@d{a}", f"o{kestrel}@d{b}"} <= set(items)
    assert f"o{regional}@d{c}" not in items  # one document only: its entity item asks
    assert items[f"o{kestrel}@d{a}"].document == (a, "a.txt")


def test_reject_takes_the_body_out_of_one_document_and_off_what_only_it_stated(kb) -> None:
    db, ids = kb
    cnipa, b, d = ids.orgs["cnipa"], ids.docs["b.txt"], ids.docs["d.txt"]
    before = _rows(db)
    with db.session() as s:
        judge(s, f"o{cnipa}@d{b}", "reject", by="ann", reason="named in passing")
        s.commit()
    with db.session() as s:
        docs = set(
            s.exec(
                select(Mention.document_id).where(
                    Mention.target_type == "organisation", Mention.target_id == cnipa
                )
            )
        )
        assert docs == {d}
        commissioner = s.get(Role, ids.roles["shen_en"])
        assert commissioner is not None and commissioner.organisation_id is None  # b.txt only
        head = s.get(Role, ids.roles["shen_zh"])
        assert head is not None and head.organisation_id == cnipa  # d.txt states it
        (rejection,) = s.exec(select(Rejection))
        assert (rejection.path, rejection.kind, rejection.surface) == (
            "b.txt",
            "organisation",
            "cnipa",
        )
    with db.session() as s:
        undo(s, f"o{cnipa}@d{b}")
        s.commit()
    assert _rows(db) == before
    with db.session() as s:
        assert not list(s.exec(select(Rejection)))


def test_a_person_rejected_in_one_document_loses_the_roles_only_it_stated(kb) -> None:
    db, ids = kb
    shen, b = ids.people["shen_en"], ids.docs["b.txt"]
    with db.session() as s:  # a second document names him too
        add_mention(s, ids.docs["a.txt"], "person", shen, start=0, end=4, surface="Shen")
        s.commit()
    before = _rows(db)
    with db.session() as s:
        judge(s, f"p{shen}@d{b}", "reject", by="ann")
        s.commit()
    with db.session() as s:
        assert s.get(Role, ids.roles["shen_en"]) is None  # stated in b.txt only
    with db.session() as s:
        undo(s, f"p{shen}@d{b}")
        s.commit()
    assert _rows(db) == before


@pytest.mark.parametrize(
    ("item", "said"),
    [
        ("o{regional}@d{c}", "the only document stating"),
        ("o{kestrel}@d{c}", "does not state"),
        ("o{kestrel}@d99999", "no document d99999"),
        ("r1@d1", "not a mention item id"),
    ],
)
def test_a_mention_judged_wrongly_is_refused_with_why(kb, item: str, said: str) -> None:
    db, ids = kb
    typed = item.format(
        regional=ids.orgs["regional"], kestrel=ids.orgs["kestrel"], c=ids.docs["c.txt"]
    )
    before = _rows(db)
    with db.session() as s, pytest.raises(ReviewError, match=said):
        judge(s, typed, "reject", by="ann")
    assert _rows(db) == before


def test_an_edit_does_not_apply_to_one_documents_mention(kb) -> None:
    db, ids = kb
    item = f"o{ids.orgs['kestrel']}@d{ids.docs['a.txt']}"
    with db.session() as s, pytest.raises(ReviewError, match="edit does not apply"):
        judge(s, item, "edit", by="ann", change={"name": "Kestrel"})


@pytest.mark.parametrize(
    ("surface", "after", "form"),
    [
        ("EU", "-f", "adjective"),
        ("Union", "'s", "adjective"),
        ("ASEAN", " m", "acronym"),
        ("the bloc", " a", "description"),
        ("European Union", ". ", "name"),
        ("欧盟", "和", "name"),
        ("Controller General of Patents", ",", "title"),
        ("Prime Minister's Office", " a", "name"),
        ("Justice Ministry", " a", "name"),
    ],
)
def test_the_form_of_a_surface(surface: str, after: str, form: str) -> None:
    assert form_of(surface, after) == form
