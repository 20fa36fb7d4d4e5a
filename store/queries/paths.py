"""How two entities connect: the shortest chain of roles, agreements and parent links.

Each person on the chain comes with the context search results give (their current or
latest role and its years), so that a path through one of two officials called 张文 says
which one it went through.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from sqlmodel import Session, select

from store.models import AgreementParty, Organisation, Role
from store.queries.refs import EntityRef, eref, follow_merges

Node = tuple[str, int]  # (kind, id)


@dataclass
class Step:
    source: EntityRef
    relation: str
    target: EntityRef
    #: what tells a person apart from namesakes ("Deputy Governor, ..., since 2019"); ""
    #: for organisations and agreements, whose names say enough
    source_context: str = ""
    target_context: str = ""


def _person_links(session: Session, id: int) -> list[tuple[str, Node]]:
    out: list[tuple[str, Node]] = []
    # the roles a reader thinks of first: current ones, then the latest
    roles = sorted(
        session.exec(select(Role).where(Role.person_id == id)),
        key=lambda r: r.end or "9999",
        reverse=True,
    )
    for r in roles:
        if r.organisation_id:
            out.append((r.title, ("organisation", r.organisation_id)))
    for p in session.exec(select(AgreementParty).where(AgreementParty.person_id == id)):
        out.append((f"{p.role} of", ("agreement", p.agreement_id)))
    return out


def _organisation_links(session: Session, id: int) -> list[tuple[str, Node]]:
    out: list[tuple[str, Node]] = []
    for r in session.exec(select(Role).where(Role.organisation_id == id)):
        out.append((r.title, ("person", r.person_id)))
    for p in session.exec(select(AgreementParty).where(AgreementParty.organisation_id == id)):
        rel = f"{p.role} to" if p.role == "party" else f"{p.role} of"
        out.append((rel, ("agreement", p.agreement_id)))
    o = session.get(Organisation, id)
    if o and o.parent_id:
        out.append(("part of", ("organisation", o.parent_id)))
    for c in session.exec(select(Organisation.id).where(Organisation.parent_id == id)):
        if c is not None:
            out.append(("has unit", ("organisation", c)))
    return out


def _agreement_links(session: Session, id: int) -> list[tuple[str, Node]]:
    out: list[tuple[str, Node]] = []
    for p in session.exec(select(AgreementParty).where(AgreementParty.agreement_id == id)):
        if p.organisation_id:
            out.append((p.role, ("organisation", p.organisation_id)))
        elif p.person_id:
            out.append((p.role, ("person", p.person_id)))
    return out


def _neighbours(session: Session, node: Node) -> list[tuple[str, Node]]:
    kind, id = node
    if kind == "person":
        return _person_links(session, id)
    if kind == "organisation":
        return _organisation_links(session, id)
    if kind == "agreement":
        return _agreement_links(session, id)
    return []


def _steps(
    session: Session, prev: dict[Node, tuple[Node, str]], start: Node, goal: Node
) -> list[Step]:
    from store.search import contexts

    steps: list[Step] = []
    cur = goal
    while cur != start:
        before, r = prev[cur]
        steps.append(Step(eref(session, *before), r, eref(session, *cur)))  # type: ignore[arg-type]
        cur = before
    people = {(s.kind, s.id) for st in steps for s in (st.source, st.target) if s.kind == "person"}
    context = contexts(session, sorted(people))
    for st in steps:
        st.source_context = context.get((st.source.kind, st.source.id), "")
        st.target_context = context.get((st.target.kind, st.target.id), "")
    return list(reversed(steps))


def path_between(
    session: Session, a: EntityRef, b: EntityRef, max_nodes: int = 200_000
) -> list[Step] | None:
    """The shortest chain of roles, agreements and parent links from a to b (BFS), or None."""
    start = (a.kind, follow_merges(session, a.kind, a.id))
    goal = (b.kind, follow_merges(session, b.kind, b.id))
    if start == goal:
        return []
    prev: dict[Node, tuple[Node, str]] = {start: (start, "")}
    queue = deque([start])
    while queue and len(prev) < max_nodes:
        node = queue.popleft()
        for rel, nxt in _neighbours(session, node):
            if nxt in prev:
                continue
            prev[nxt] = (node, rel)
            if nxt == goal:
                return _steps(session, prev, start, goal)
            queue.append(nxt)
    return None
