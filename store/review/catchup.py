"""The kept queue (kept.py) brought up to date with the verdicts given since it was ranked.

A verdict that changes no row, an accept or a distinct pair (apply.py), only closes items:
the item it judges (its key is the item's id: an accepted entity, role or agreement is
reviewed, a distinct pair is never suggested again), and the roles whose organisation was
the doubt (an accepted organisation is certain, so no role at it is doubtful for its sake).
Nothing else it touches is ranked by it: a pair's weight reads names, countries, links and
documents, never a judgement, and visibility counts mentions and links. So the kept items
less those closed are the queue a new ranking would give, in the same order, and `ipx
review` after such a verdict reads them instead of ranking every name again.

Any other judgement since (an edit, a merge, a reject, an undo, a row gone) and there is no
catching up: the queue is ranked again.
"""

from __future__ import annotations

from typing import Any

from store.review.items import item_id
from store.review.model import ROLE, ReviewItem
from store.search.connection import DB, chunks, marks

#: the state of the judgement table: (rows, largest id, undone)
State = tuple[int, int, int]
#: the verdicts that change no row, and so only close items
CLOSING = ("accept", "distinct")


def judgement_state(session: Any) -> State:
    """What the kept items were ranked under: the judgements' count, largest id and undone
    count."""
    rows = DB(session).all("SELECT COUNT(*), MAX(id), COUNT(undone_at) FROM judgement")
    count, top, undone = rows[0]
    return int(count), int(top or 0), int(undone)


def closed_since(session: Any, state: State, items: list[ReviewItem]) -> set[str] | None:
    """The ids among ITEMS the verdicts given since STATE closed; None when a judgement
    since did more than close items (the queue must be ranked again)."""
    count, top, undone = state
    now = judgement_state(session)
    if now == state:
        return set()
    if now[2] != undone:
        return None  # an undo
    rows = DB(session).all(
        "SELECT key, action, target_type, target_id, undone_at FROM judgement WHERE id > ?",
        [top],
    )
    if now[0] - count != len(rows):
        return None  # a judgement gone
    if any(action not in CLOSING or gone is not None for _, action, _, _, gone in rows):
        return None
    closed = {key for key, *_ in rows}
    orgs = [  # (one document's mention accepted, `o12@d7`, says nothing of its entity)
        i
        for key, action, kind, i, _ in rows
        if action == "accept" and kind == "organisation" and "@" not in key
    ]
    return closed | _roles_at(session, orgs, items)


def _roles_at(session: Any, orgs: list[int], items: list[ReviewItem]) -> set[str]:
    """The ids of the role items among ITEMS whose organisation is one of ORGS."""
    roles = [i.subjects[0].id for i in items if i.kind == ROLE]
    if not orgs or not roles:
        return set()
    wanted = set(orgs)
    out = set()
    db = DB(session)
    for chunk in chunks(roles, 500):
        for rid, org in db.all(
            f"SELECT id, organisation_id FROM role WHERE id IN ({marks(len(chunk))})",
            list(chunk),
        ):
            if org in wanted:
                out.add(item_id([("role", rid)]))
    return out
