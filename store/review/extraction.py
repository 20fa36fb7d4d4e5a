"""What the importers ask of the judgements, and of the documents' extractor versions.

- `rejected_in`: the (kind, surface, context) a reject keeps out of one document;
- `distinct_names`: whether a person judged two names' entities distinct, so that the
  resolver never merges them on its own;
- `confirmed`: the entities whose names the extractors may look for as a gazetteer: those
  accepted or edited by a person, and those two documents agree on (names the reference
  data confirms are in the gazetteer already); never a name that names no particular body;
- `older_documents`: documents read by an older extractor than the current one;
- `replay_all`: the judgements applied again (after an import or a re-extraction).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from store.review.signals import gazetteer_doubt
from store.text import fold

#: a name more doubtful than this is never handed to the extractors
DOUBT_LIMIT = 0.4


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import text

    return list(session.connection().execute(text(sql), params))


def rejected_in(session: Session, document_id: int) -> set[tuple[str, str, str]]:
    """(kind, folded surface, context) rejected in this document: by its content hash, or
    by its path (a changed version of a document still says what its old one said)."""
    rows = _rows(
        session,
        "SELECT r.kind, r.surface, r.context FROM rejection r"
        " JOIN judgement j ON j.id = r.judgement_id"
        " JOIN document d ON d.sha256 = r.sha256 OR d.path = r.path"
        " WHERE d.id = :doc AND j.undone_at IS NULL",
        doc=document_id,
    )
    return {(k, s, c) for k, s, c in rows}


def _names_of(session: Session, kind: str, id: int) -> set[str]:
    rows = _rows(
        session, "SELECT folded FROM name WHERE entity_type = :k AND entity_id = :i", k=kind, i=id
    )
    return {r[0] for r in rows}


def distinct_names(session: Session, kind: str, a: int | set[str], b: int | set[str]) -> bool:
    """Whether a distinct judgement in force says these two are not one: each side an
    entity id, or the folded names of an entity about to be made."""
    rows = _rows(
        session,
        "SELECT subjects, target_id, other_id FROM judgement"
        " WHERE action = 'distinct' AND undone_at IS NULL AND target_type = :k",
        k=kind,
    )
    if not rows:
        return False
    ids = {x for x in (a, b) if isinstance(x, int)}
    names_a = _names_of(session, kind, a) if isinstance(a, int) else {fold(n) for n in a}
    names_b = _names_of(session, kind, b) if isinstance(b, int) else {fold(n) for n in b}
    for subjects, t, o in rows:
        if {t, o} == ids:
            return True
        keys = json.loads(subjects or "[]")
        if len(keys) != 2:
            continue
        one, two = set(keys[0].get("names", [])), set(keys[1].get("names", []))
        if (one & names_a and two & names_b) or (two & names_a and one & names_b):
            return True
    return False


@dataclass
class Confirmed:
    """An entity whose names the extractors may know: plain data for the gazetteer."""

    kind: str  # organisation, person
    id: int
    name: str
    names: list[str] = field(default_factory=list)
    org_kind: str | None = None
    country: str | None = None


def confirmed(session: Session) -> list[Confirmed]:
    """Entities confirmed by a person (accepted or edited) or by two documents, without a
    reference entry (those are in the gazetteer already) and not doubtful by their name."""
    out: list[Confirmed] = []
    for kind in ("organisation", "person"):
        extra = ", e.kind, e.country" if kind == "organisation" else ", NULL, NULL"
        rows = _rows(
            session,
            f"SELECT e.id, e.name{extra} FROM {kind} e WHERE e.merged_into IS NULL"
            " AND e.ref_id IS NULL AND (e.id IN (SELECT target_id FROM judgement"
            " WHERE target_type = :k AND undone_at IS NULL AND action IN ('accept', 'edit')"
            " AND target_id IS NOT NULL) OR (SELECT COUNT(DISTINCT document_id) FROM mention m"
            " WHERE m.target_type = :k AND m.target_id = e.id) >= 2)",
            k=kind,
        )
        names = _all_names(session, kind, [r[0] for r in rows])
        for eid, name, org_kind, country in rows:
            if gazetteer_doubt(kind, name)[0] > DOUBT_LIMIT:
                continue
            good = [n for n in names.get(eid, [name]) if gazetteer_doubt(kind, n)[0] <= DOUBT_LIMIT]
            out.append(Confirmed(kind, eid, name, good, org_kind, country))
    return out


def _all_names(session: Session, kind: str, ids: list[int]) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    wanted = set(ids)
    for eid, text in _rows(
        session, "SELECT entity_id, text FROM name WHERE entity_type = :k ORDER BY id", k=kind
    ):
        if eid in wanted:
            out.setdefault(eid, []).append(text)
    return out


def older_documents(session: Session, current: int | None = None) -> int:
    """Documents with a text that an older extractor read than `current` (None: the newest
    version any document was read by; documents stored before versions were kept count as
    older)."""
    if current is None:
        newest = _rows(session, "SELECT MAX(extractor_version) FROM document")[0][0]
        if newest is None:
            return 0
        current = int(newest)
    rows = _rows(
        session,
        "SELECT COUNT(*) FROM document WHERE text != '' AND format != 'exchange'"
        " AND (extractor_version IS NULL OR extractor_version < :v)",
        v=current,
    )
    return int(rows[0][0])


def has_judgements(session: Session) -> bool:
    return bool(_rows(session, "SELECT 1 FROM judgement WHERE undone_at IS NULL LIMIT 1"))


def replay_all(session: Session) -> int:
    """Apply the judgements in force again, if there are any (the caller holds the write
    lock and commits)."""
    if not has_judgements(session):
        return 0
    from store.review.replay import replay

    return replay(session)
