"""The queue's items for facts: roles whose organisation is uncertain, agreements in doubt.

Entities and pairs are ranked against the names they stand for (queue.py); a fact's doubt
comes from its own confidence (a role's body missing or itself doubtful, an agreement short
of a party or a date), weighed by how visible the fact is (visibility.py).
"""

from __future__ import annotations

from typing import Any

from sqlmodel import Session

from store.review.confidence import confidences
from store.review.items import item_id, role_name
from store.review.misnamed import title_names_its_office
from store.review.model import AGREEMENT, ROLE, ReviewItem, Subject
from store.review.signals import role_doubt
from store.review.visibility import Visibility, fetch_rows, visibility_of
from store.views.refs import ref

#: a role is an item when its organisation is likelier wrong than this; one stating none is
#: one as often as such roles were wrong (signals.role_doubt, counted: fact_signs.py)
ROLE_ORG_THRESHOLD = 0.4


def role_items(session: Session, bodies: dict[int, Any]) -> list[ReviewItem]:
    """Roles stated by documents whose organisation is missing or itself doubtful
    (`bodies`: the confidences of the live organisations, read once for the queue)."""
    from store.models import Role

    rows = fetch_rows(
        session, "SELECT id, organisation_id, title FROM role WHERE origin = 'document'"
    )
    conf = confidences(session, "role", [r[0] for r in rows], whole=True)
    stated = {r[1] for r in rows if r[1]}
    orgs = {o: bodies[o] for o in stated if o in bodies}
    orgs |= confidences(session, "organisation", stated - bodies.keys())
    seen = visibility_of(session, "role")
    out = []
    for rid, org, title in rows:
        c = conf.get(rid)
        if c is None or c.reviewed:
            continue
        if org is None:
            p, why = role_doubt(False, title_names_its_office(title or ""))
            if not p:
                continue
        elif org in orgs and 1 - orgs[org].value >= ROLE_ORG_THRESHOLD:
            p, why = (
                1 - orgs[org].value,
                f"its organisation is doubtful ({orgs[org].why or 'weak'})",
            )
        else:  # a title found without its organisation, the organisation guessed: in the
            continue  # annotated development documents, the guess was right
        role = session.get(Role, rid)
        assert role is not None
        out.append(
            ReviewItem(
                id=item_id([("role", rid)]),
                kind=ROLE,
                subjects=[
                    Subject("role", rid, role_name(session, role), ref("person", role.person_id))
                ],
                reason=f"a role whose organisation is uncertain: {why}",
                p_wrong=round(p, 3),
                visibility=seen.get(rid, Visibility()).visibility,
            )
        )
    return out


def agreement_items(session: Session) -> list[ReviewItem]:
    rows = fetch_rows(session, "SELECT id, title FROM agreement WHERE origin = 'document'")
    conf = confidences(session, "agreement", [r[0] for r in rows], whole=True)
    seen = visibility_of(session, "agreement")
    out = []
    for aid, title in rows:
        c = conf.get(aid)
        if c is None or c.reviewed or not c.doubt:
            continue
        out.append(
            ReviewItem(
                id=item_id([("agreement", aid)]),
                kind=AGREEMENT,
                subjects=[Subject("agreement", aid, title, ref("agreement", aid))],
                reason=f"an agreement with {c.why}",
                p_wrong=round(c.doubt, 3),
                visibility=seen.get(aid, Visibility()).visibility,
            )
        )
    return out
