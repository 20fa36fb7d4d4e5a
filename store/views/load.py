"""Reading a detail view: the entity through store.queries, the acronyms of the
organisations it names, and the merges folded into it."""

from __future__ import annotations

from sqlmodel import Session

from store import queries
from store.views.detail import DetailView, MergeInfo, detail_view


def merges_into(session: Session, kind: str, id: int) -> list[MergeInfo]:
    """The merges in force that folded another entity into this one, newest first."""
    if kind not in ("organisation", "person"):
        return []
    from store.merge import merges_of

    return [
        MergeInfo(
            id=m.id,
            merged_id=m.merged_id,
            merged_name=queries.entity_name(session, kind, m.merged_id),
            decided_by=m.decided_by,
            decided_at=m.decided_at,
            reason=m.reason,
        )
        for m in merges_of(session, kind, id)
        if m.id is not None
    ]


def _organisations(d: queries.Detail) -> set[int]:
    refs = [*d.related, *(p for a in d.agreements for p in a.parties)]
    refs += [r.organisation for r in d.roles if r.organisation]
    if d.agreement is not None:
        refs += d.agreement.parties + d.agreement.signatories + d.agreement.witnesses
    return {e.id for e in refs if e.kind == "organisation"}


def load_detail_view(session: Session, kind: str, id: int) -> DetailView | None:
    """The detail view of an entity (of the one it was merged into, if it was); None when
    there is no such entity."""
    d = queries.detail(session, kind, id)
    if d is None:
        return None
    return detail_view(
        d,
        acronyms=queries.acronyms_of(session, _organisations(d)),
        merges=merges_into(session, d.kind, d.id),
    )
