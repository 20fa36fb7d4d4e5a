"""How much the store holds: the counts the explorer shows in its header."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, func, select

from store.models import Agreement, Document, Organisation, Person, Role
from store.queries.refs import live


@dataclass
class Stats:
    documents: int
    organisations: int
    people: int
    agreements: int
    roles: int


def stats(session: Session) -> Stats:
    def count(model, *where) -> int:  # type: ignore[no-untyped-def]
        return session.exec(select(func.count()).select_from(model).where(*where)).one()

    return Stats(
        count(Document),
        count(Organisation, live(Organisation)),
        count(Person, live(Person)),
        count(Agreement),
        count(Role),
    )
