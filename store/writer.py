"""Writing entities, names, facts and mentions: the one place rows are created.

The resolver, the exchange import and curation all write through here, so that a name is
folded, deduplicated and indexed for search the same way whatever brought it in.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from sqlalchemy import event
from sqlmodel import Session, col, delete, select

from store import sql
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
from store.text import clean_spaces, fold, lang_of, script_of, strip_accents
from store.text.titles import Held

ENTITY_TYPES = ("organisation", "person")
MODEL_OF: dict[str, Any] = {
    "organisation": Organisation,
    "person": Person,
    "agreement": Agreement,
    "role": Role,
}


def touch(session: Session, entity_type: str, entity_id: int) -> None:
    """Note that an entity's searchable text changed, so `reindex_touched` rebuilds its keys."""
    session.info.setdefault("ipx_touched", set()).add((entity_type, entity_id))


def reindex_touched(session: Session, mentioned: set[tuple[str, int]] | None = None) -> int:
    """Rebuild the search keys of every entity touched in this session since the last call,
    and only refresh the ranking counts of those merely `mentioned`: an import re-indexes
    what it changed, not every entity it names."""
    from store.search import index_entity, refresh_docs

    flush_mentions(session)  # the document counts below read them
    touched = session.info.pop("ipx_touched", set())
    session.flush()
    # an agreement's keys hold its parties' names: new names of a party re-index it too
    renamed = [i for t, i in touched if t == "organisation"]
    if renamed:
        touched |= {
            ("agreement", a)
            for a in session.exec(
                select(AgreementParty.agreement_id).where(
                    col(AgreementParty.organisation_id).in_(renamed)
                )
            )
        }
    for entity_type, entity_id in sorted(touched):
        index_entity(session, entity_type, entity_id)
    refresh_docs(session, sorted((mentioned or set()) - touched))
    return len(touched)


def add_name(
    session: Session,
    entity_type: str,
    entity_id: int,
    text: str,
    *,
    kind: str = "alias",
    lang: str | None = None,
    valid_from: str | None = None,
    valid_to: str | None = None,
    origin: str = "document",
) -> Name | None:
    """Add a name unless the entity already has one that folds the same (then fill in its
    dates); returns the row written, or None when there was nothing to write."""
    text = clean_spaces(text)
    key = fold(text)
    if not key:
        return None
    known, spellings = _names_of(session, entity_type, entity_id)
    name_id = known.get(key)
    if name_id is not None and _accented_otherwise(spellings.get(key, ()), text):
        name_id = None  # Dénis beside Denis: a spelling of its own
    if name_id is not None and not (valid_from or valid_to):
        return None  # already a name of the entity, nothing to add to it
    existing = session.get(Name, name_id) if name_id is not None else None
    if existing:
        if existing.valid_from is None and valid_from:
            existing.valid_from = valid_from
        if existing.valid_to is None and valid_to:
            existing.valid_to = valid_to
            if existing.kind == "alias" and kind == "previous":
                existing.kind = "previous"
        session.add(existing)
        return existing
    row = Name(
        entity_type=entity_type,
        entity_id=entity_id,
        text=text,
        folded=key,
        lang=lang or lang_of(text),
        script=script_of(text),
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        origin=origin,
    )
    session.add(row)
    session.flush()
    assert row.id is not None
    known.setdefault(key, row.id)
    spellings.setdefault(key, []).append(text)
    touch(session, entity_type, entity_id)
    return row


def _accented_otherwise(texts: Sequence[str], text: str) -> bool:
    """Whether `text` differs from the entity's names of the same folded key (`texts`) only
    in its accents (Dénis beside Denis): a reader matches them, but each text is quoted as
    it writes the name, so the spelling is kept as a name of its own."""
    if not texts or all(strip_accents(t) == t for t in (text, *texts)):
        return False
    return _spelling(text) not in {_spelling(t) for t in texts}


def _spelling(text: str) -> str:
    """A name's letters as written, accents kept: case, spaces and punctuation aside."""
    return "".join(c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum())


def _names_of(
    session: Session, entity_type: str, entity_id: int
) -> tuple[dict[str, int], dict[str, list[str]]]:
    """{folded name: name id} of one entity, and {folded name: its texts as written} (an
    accent tells two spellings apart: `_accented_otherwise`), read once per session (imports
    add many names to the same few entities). Merges and splits clear them (`forget_cached`)."""
    cache = session.info.setdefault("ipx_names", {})
    known = cache.get((entity_type, entity_id))
    if known is None:
        rows = sql.rows(
            session,
            "SELECT name.folded, name.id, name.text FROM name"
            " WHERE name.entity_type = ? AND name.entity_id = ?",
            [entity_type, entity_id],
        )
        ids: dict[str, int] = {}
        texts: dict[str, list[str]] = {}
        for folded, name_id, text in rows:
            if name_id is not None:
                ids[str(folded)] = int(name_id)
            texts.setdefault(str(folded), []).append(str(text))
        known = cache[(entity_type, entity_id)] = (ids, texts)
    return known


def forget_cached(session: Session) -> None:
    """Drop what this session cached about names and reference ids (after rows moved)."""
    session.info.pop("ipx_names", None)
    session.info.pop("ipx_refs", None)


def new_organisation(
    session: Session,
    name: str,
    *,
    kind: str | None = None,
    country: str | None = None,
    ref_id: str | None = None,
    origin: str = "document",
) -> Organisation:
    org = Organisation(name=clean_spaces(name), kind=kind, country=country, ref_id=ref_id)
    session.add(org)
    session.flush()
    assert org.id is not None
    add_name(session, "organisation", org.id, name, kind="primary", origin=origin)
    return org


def new_person(
    session: Session,
    name: str,
    *,
    family: str | None = None,
    given: str | None = None,
    ref_id: str | None = None,
    origin: str = "document",
    name_kind: str = "primary",
) -> Person:
    """A new person, `name` stored as one of their names of `name_kind` too."""
    person = Person(name=clean_spaces(name), family=family, given=given, ref_id=ref_id)
    session.add(person)
    session.flush()
    assert person.id is not None
    add_name(session, "person", person.id, name, kind=name_kind, origin=origin)
    return person


def add_role(
    session: Session,
    person_id: int,
    organisation_id: int | None,
    title: str,
    *,
    start: str | None = None,
    end: str | None = None,
    origin: str = "document",
) -> Role:
    """The person's role at the organisation that TITLE states: an existing one when it has
    that title or TITLE translates it (总干事 for Director General, at a time that fits:
    store/roles.py), which then takes the title and fills its missing dates; else a new one."""
    from store.roles import absorb, find_role

    title = clean_spaces(title)
    role = find_role(session, person_id, organisation_id, Held([title], start, end))
    if role is None:
        role = Role(
            person_id=person_id,
            organisation_id=organisation_id,
            title=title,
            title_norm=fold(title),
            start=start,
            end=end,
            origin=origin,
        )
    else:
        absorb(role, [title], start=start, end=end, origin=origin)
    session.add(role)
    session.flush()
    return role


def add_role_titles(session: Session, role: Role, titles: list[str]) -> None:
    """Give a role other titles it is known by, as they are (an exchange file's role)."""
    from store.roles import absorb

    absorb(role, [clean_spaces(t) for t in titles if t.strip()])
    session.add(role)
    session.flush()


def new_agreement(
    session: Session,
    title: str,
    kind: str,
    *,
    date: str | None = None,
    place: str | None = None,
    origin: str = "document",
) -> Agreement:
    ag = Agreement(title=clean_spaces(title), kind=kind, date=date, place=place, origin=origin)
    session.add(ag)
    session.flush()
    assert ag.id is not None
    touch(session, "agreement", ag.id)
    return ag


def add_party(
    session: Session,
    agreement_id: int,
    *,
    organisation_id: int | None = None,
    person_id: int | None = None,
    role: str = "party",
) -> None:
    by_org, org_params = sql.equals("organisation_id", organisation_id)
    by_person, person_params = sql.equals("person_id", person_id)
    exists = sql.rows(
        session,
        f"SELECT id FROM agreementparty WHERE agreement_id = ? AND {by_org} AND {by_person}"
        " AND role = ?",
        [agreement_id, *org_params, *person_params, role],
    )
    if not exists:
        session.add(
            AgreementParty(
                agreement_id=agreement_id,
                organisation_id=organisation_id,
                person_id=person_id,
                role=role,
            )
        )
        touch(session, "agreement", agreement_id)


def add_mention(
    session: Session,
    document_id: int,
    target_type: str,
    target_id: int,
    *,
    start: int = 0,
    end: int = 0,
    surface: str = "",
    extractor: str = "",
    confidence: float = 1.0,
) -> None:
    session.add(
        Mention(
            document_id=document_id,
            target_type=target_type,
            target_id=target_id,
            start=start,
            end=end,
            surface=surface,
            extractor=extractor,
            confidence=confidence,
        )
    )


def queue_mention(
    session: Session,
    document_id: int,
    target_type: str,
    target_id: int,
    *,
    start: int = 0,
    end: int = 0,
    surface: str = "",
    extractor: str = "",
    confidence: float = 1.0,
) -> None:
    """`add_mention` for a document's resolution, which states a hundred mentions: they are
    written together, in this order, by `flush_mentions` (one executemany instead of an ORM
    object and an INSERT each). Until then no query sees them: the resolver flushes them
    before anything that reads mentions (a merge, `reindex_touched`), and a commit does."""
    queued = session.info.get("ipx_mentions")
    if queued is None:
        queued = session.info["ipx_mentions"] = []
        event.listen(session, "before_commit", flush_mentions)
        event.listen(session, "after_rollback", _drop_queued_mentions)
    queued.append((document_id, start, end, surface, target_type, target_id, extractor, confidence))


def flush_mentions(session: Session) -> None:
    """Write the mentions `queue_mention` holds, in the order they were queued."""
    queued = session.info.get("ipx_mentions")
    if queued:
        sql.run_many(session, _INSERT_MENTION, queued)
        queued.clear()


def _drop_queued_mentions(session: Session) -> None:
    session.info.get("ipx_mentions", []).clear()


_INSERT_MENTION = (
    'INSERT INTO mention (document_id, start, "end", surface, target_type, target_id,'
    " extractor, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
)


def remove_document(session: Session, document_id: int) -> None:
    """Remove a document and every fact that only it stated.

    Entities, roles and agreements that another document, the reference data or a user
    also vouches for stay; only what loses its last source goes.
    """
    mentions = list(session.exec(select(Mention).where(Mention.document_id == document_id)))
    touched = {(m.target_type, m.target_id) for m in mentions}
    session.exec(delete(Mention).where(col(Mention.document_id) == document_id))  # type: ignore[call-overload]
    doc = session.get(Document, document_id)
    if doc:
        session.delete(doc)
    session.flush()
    # facts before entities: an entity may only be unsourced once its roles are gone
    for kind in ("role", "agreement", "organisation", "person"):
        for target_type, target_id in sorted(touched):
            if target_type == kind:
                _drop_if_unsourced(session, target_type, target_id)
    _prune_role_titles(session, mentions)
    from store.search import refresh_docs

    survivors = [
        (t, i)
        for t, i in sorted(touched)
        if t != "role" and session.get(MODEL_OF[t], i) is not None
    ]
    refresh_docs(session, survivors)


def _prune_role_titles(session: Session, removed: list[Mention]) -> None:
    """The roles that stay lose the titles only the removed document stated (a role stated
    as 总干事 by it and as Director General elsewhere is Director General again)."""
    from store.roles import prune_titles

    gone: dict[int, list[str]] = {}
    for m in removed:
        if m.target_type == "role":
            gone.setdefault(m.target_id, []).append(m.surface)
    for role_id, surfaces in sorted(gone.items()):
        role = session.get(Role, role_id)
        if role is None:
            continue
        stated = session.exec(
            select(Mention.surface).where(
                Mention.target_type == "role", Mention.target_id == role_id
            )
        )
        prune_titles(role, surfaces, list(stated))
        session.add(role)
    session.flush()


def has_sources(session: Session, target_type: str, target_id: int) -> bool:
    return (
        session.exec(
            select(Mention.id).where(
                Mention.target_type == target_type, Mention.target_id == target_id
            )
        ).first()
        is not None
    )


def _drop_if_unsourced(session: Session, target_type: str, target_id: int) -> None:
    row = session.get(MODEL_OF[target_type], target_id)
    if row is None or getattr(row, "origin", "document") != "document":
        return
    if has_sources(session, target_type, target_id):
        return
    if target_type in ENTITY_TYPES and getattr(row, "ref_id", None):
        return  # reference entities stay, with their reference names
    if target_type in ENTITY_TYPES:
        delete_entity(session, target_type, target_id)
    elif target_type == "agreement":
        from store.search import drop_entity

        session.exec(delete(AgreementParty).where(col(AgreementParty.agreement_id) == target_id))  # type: ignore[call-overload]
        session.delete(row)
        drop_entity(session, "agreement", target_id)
    else:
        session.delete(row)
    session.flush()


def delete_entity(session: Session, entity_type: str, entity_id: int) -> None:
    """Delete an organisation or person with its names, roles and agreement links."""
    from store.search import drop_entity

    session.exec(
        delete(Name).where(col(Name.entity_type) == entity_type, col(Name.entity_id) == entity_id)
    )  # type: ignore[call-overload]
    if entity_type == "person":
        session.exec(delete(Role).where(col(Role.person_id) == entity_id))  # type: ignore[call-overload]
        session.exec(delete(AgreementParty).where(col(AgreementParty.person_id) == entity_id))  # type: ignore[call-overload]
    else:
        for role in session.exec(select(Role).where(Role.organisation_id == entity_id)):
            role.organisation_id = None
            session.add(role)
        session.exec(delete(AgreementParty).where(col(AgreementParty.organisation_id) == entity_id))  # type: ignore[call-overload]
    row = session.get(MODEL_OF[entity_type], entity_id)
    if row is not None:
        session.delete(row)
    drop_entity(session, entity_type, entity_id)
