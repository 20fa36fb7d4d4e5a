"""How visible each entity or fact is: what a reader meets it through.

The queue ranks an item by P(wrong) times visibility (queue.py), and every kind of item reads
the same counts (documents, mentions, links) in a few grouped queries, through the DB-API
cursor that the queue's other reads share (fetch_rows); they live here so that each item
maker can read them without the queue that ranks the items.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from math import log2
from typing import Any

from sqlmodel import Session


@dataclass
class Visibility:
    """How visible one entity or fact is: documents, mentions, links."""

    documents: int = 0
    mentions: int = 0
    links: int = 0

    @property
    def visibility(self) -> float:
        return round(1 + log2(1 + self.documents + self.mentions / 4 + self.links / 2), 3)


Live = dict[str, dict[int, str]]
Seen = dict[str, dict[int, Visibility]]


def fetch_rows(session: Session, sql: str, **params: Any) -> list[Any]:
    """Rows through the DB-API cursor (SQLAlchemy's rows cost more than the query here);
    `:name` parameters as in SQLAlchemy's text()."""
    from store.search.connection import DB

    names = re.findall(r":(\w+)", sql)
    return DB(session).all(re.sub(r":\w+", "?", sql), [params[n] for n in names])


def visibility_of(session: Session, kind: str) -> dict[int, Visibility]:
    """Documents, mentions and links of every entity or fact of KIND."""
    out: dict[int, Visibility] = {}
    for tid, docs, n in fetch_rows(
        session,
        "SELECT target_id, COUNT(DISTINCT document_id), COUNT(*) FROM mention"
        " WHERE target_type = :k GROUP BY target_id",
        k=kind,
    ):
        out[tid] = Visibility(int(docs), int(n))
    links: list[str] = []
    if kind == "organisation":
        links = [
            "SELECT organisation_id, COUNT(*) FROM agreementparty"
            " WHERE organisation_id IS NOT NULL GROUP BY organisation_id",
            "SELECT organisation_id, COUNT(*) FROM role"
            " WHERE organisation_id IS NOT NULL GROUP BY organisation_id",
        ]
    elif kind == "person":
        links = [
            "SELECT person_id, COUNT(*) FROM role GROUP BY person_id",
            "SELECT person_id, COUNT(*) FROM agreementparty"
            " WHERE person_id IS NOT NULL GROUP BY person_id",
        ]
    elif kind == "agreement":
        links = ["SELECT agreement_id, COUNT(*) FROM agreementparty GROUP BY agreement_id"]
    for sql in links:
        for eid, n in fetch_rows(session, sql):
            out.setdefault(eid, Visibility()).links += int(n)
    return out
