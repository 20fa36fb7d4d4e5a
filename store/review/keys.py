"""Stable keys: a judged subject as names, titles and document hashes, and finding it again.

Row ids change when a document is imported again or re-extracted (its entities may be
deleted and made anew), and mean nothing in another knowledge base. A judgement therefore
keeps its subjects by what identifies them anywhere: an entity by its reference id and
folded names, a role by its holder, organisation and titles, an agreement by its title,
date and parties; each with the content hashes of the documents that stated it. `find`
is how a replay, an exchange import or a re-extraction finds the subject again.
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session, col, select

from store.models import (
    Agreement,
    AgreementParty,
    Document,
    Mention,
    Name,
    Organisation,
    Person,
    Role,
)
from store.roles import titles_of
from store.text import fold

Key = dict[str, Any]
#: names, titles and documents kept per key (enough to find it; a key stays small)
KEEP = 24


def key_of(session: Session, kind: str, id: int) -> Key:
    """The stable key of an entity or fact as it is now."""
    docs = _documents(session, kind, id)
    if kind in ("organisation", "person"):
        return {**_entity_key(session, kind, id), "docs": docs}
    if kind == "role":
        role = session.get(Role, id)
        assert role is not None
        return {
            "kind": "role",
            "name": role.title,
            "titles": sorted({fold(t) for t in titles_of(role)})[:KEEP],
            "person": _entity_key(session, "person", role.person_id),
            "organisation": _entity_key(session, "organisation", role.organisation_id)
            if role.organisation_id
            else None,
            "docs": docs,
        }
    ag = session.get(Agreement, id)
    assert ag is not None
    parties = session.exec(
        select(AgreementParty.organisation_id).where(
            AgreementParty.agreement_id == id, AgreementParty.role == "party"
        )
    )
    return {
        "kind": "agreement",
        "name": ag.title,
        "title": fold(ag.title),
        "date": ag.date,
        "type": ag.kind,
        "parties": [_entity_key(session, "organisation", p) for p in parties if p],
        "docs": docs,
    }


def _entity_key(session: Session, kind: str, id: int) -> Key:
    model: Any = Organisation if kind == "organisation" else Person
    row = session.get(model, id)
    assert row is not None
    names = session.exec(select(Name.folded).where(Name.entity_type == kind, Name.entity_id == id))
    folded = sorted({fold(row.name), *names} - {""}, key=lambda n: (n != fold(row.name), n))
    key: Key = {"kind": kind, "name": row.name, "ref": row.ref_id, "names": folded[:KEEP]}
    if kind == "person":  # what tells namesakes apart: the titles they hold
        key["titles"] = sorted({fold(t) for r in _roles_of(session, id) for t in titles_of(r)})
    return key


def _roles_of(session: Session, person_id: int) -> list[Role]:
    return list(session.exec(select(Role).where(Role.person_id == person_id)))


def _documents(session: Session, kind: str, id: int) -> list[str]:
    shas = session.exec(
        select(Document.sha256)
        .join(Mention, col(Mention.document_id) == col(Document.id))
        .where(Mention.target_type == kind, Mention.target_id == id)
        .distinct()
    )
    return sorted(shas)[:KEEP]


# ------------------------------------------------------------------ finding


def find(session: Session, key: Key) -> int | None:
    """The row the key names now, or None when the knowledge base has none."""
    kind = key.get("kind")
    if kind in ("organisation", "person"):
        return find_entity(session, key)
    if kind == "role":
        return _find_role(session, key)
    if kind == "agreement":
        return _find_agreement(session, key)
    return None


def find_entity(session: Session, key: Key | None) -> int | None:
    """A live entity of the key's reference id, else the one that holds most of its names
    (then: is stated by most of its documents, holds most of its titles; then the oldest)."""
    found = candidates(session, key)
    return found[0] if found else None


def find_pair(session: Session, a: Key, b: Key) -> tuple[int | None, int | None]:
    """Two keys that name two entities (namesakes judged distinct) found as two."""
    one, two = candidates(session, a), candidates(session, b)
    first = one[0] if one else None
    second = next((i for i in two if i != first), None)
    if second is None and two:
        other = next((i for i in one if i != two[0]), None)
        return other, two[0]
    return first, second


def candidates(session: Session, key: Key | None) -> list[int]:
    """The live entities the key may name, likeliest first."""
    if not key:
        return []
    model: Any = Organisation if key["kind"] == "organisation" else Person
    if key.get("ref"):
        row = session.exec(
            select(model.id).where(model.ref_id == key["ref"], col(model.merged_into).is_(None))
        ).first()
        if row is not None:
            return [int(row)]
    names = [n for n in key.get("names", []) if n]
    if not names:
        return []
    hits: dict[int, int] = {}
    for entity_id in session.exec(
        select(Name.entity_id).where(Name.entity_type == key["kind"], col(Name.folded).in_(names))
    ):
        hits[entity_id] = hits.get(entity_id, 0) + 1
    live = [i for i in hits if _live(session, model, i)]
    if len(live) < 2:
        return live
    docs, titles = set(key.get("docs", [])), set(key.get("titles", []))

    def rank(i: int) -> tuple[int, int, int, int]:
        said = set(_documents(session, key["kind"], i)) & docs
        held = {fold(t) for r in _roles_of(session, i) for t in titles_of(r)} if titles else set()
        return (-hits[i], -len(said), -len(held & titles), i)

    return sorted(live, key=rank)


def _live(session: Session, model: Any, id: int) -> bool:
    row = session.get(model, id)
    return row is not None and row.merged_into is None


def _find_role(session: Session, key: Key) -> int | None:
    person = find_entity(session, key.get("person"))
    if person is None:
        return None
    org = find_entity(session, key.get("organisation")) if key.get("organisation") else None
    if key.get("organisation") and org is None:
        return None
    titles = set(key.get("titles", []))
    for role in session.exec(
        select(Role)
        .where(Role.person_id == person, Role.organisation_id == org)
        .order_by(col(Role.id))
    ):
        if titles & {fold(t) for t in titles_of(role)}:
            return role.id
    return None


def _find_agreement(session: Session, key: Key) -> int | None:
    """The agreement a document of the key states under the key's title, else one of that
    title and date."""
    title = key.get("title", "")
    if key.get("docs"):
        stated = session.exec(
            select(Mention.target_id, Mention.surface)
            .join(Document, col(Document.id) == col(Mention.document_id))
            .where(Mention.target_type == "agreement", col(Document.sha256).in_(key["docs"]))
        )
        for target, surface in stated:
            if fold(surface) == title and session.get(Agreement, target) is not None:
                return int(target)
    date = key.get("date")
    dated = col(Agreement.date).is_(None) if date is None else col(Agreement.date) == date
    for ag in session.exec(select(Agreement).where(dated)):
        if fold(ag.title) == title:
            return ag.id
    return None
