"""Rows kept as JSON so that an undo can put them back with their ids."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from store.models import (
    Agreement,
    AgreementParty,
    Mention,
    Name,
    Organisation,
    Person,
    Role,
)

#: tables in the order rows are put back (what a row refers to first)
TABLES: dict[str, Any] = {
    "organisation": Organisation,
    "person": Person,
    "agreement": Agreement,
    "name": Name,
    "role": Role,
    "agreementparty": AgreementParty,
    "mention": Mention,
}


def dump(row: Any) -> dict[str, Any]:
    out = {}
    for k, v in row.model_dump().items():
        out[k] = {"$dt": v.isoformat()} if isinstance(v, datetime) else v
    return out


def load(data: dict[str, Any]) -> dict[str, Any]:
    return {
        k: datetime.fromisoformat(v["$dt"]) if isinstance(v, dict) and "$dt" in v else v
        for k, v in data.items()
    }


class Snapshot:
    """Rows taken before a change, by table, each once."""

    def __init__(self) -> None:
        self.rows: dict[str, dict[int, dict[str, Any]]] = {t: {} for t in TABLES}
        self.updates: list[dict[str, Any]] = []  # {table, id, field, value}: to set back

    def keep(self, table: str, rows: Any) -> None:
        for row in rows:
            self.rows[table].setdefault(row.id, dump(row))

    def changed(self, table: str, row_id: int, field: str, value: Any) -> None:
        self.updates.append({"table": table, "id": row_id, "field": field, "value": value})

    def to_json(self) -> dict[str, Any]:
        return {
            "rows": {t: list(rows.values()) for t, rows in self.rows.items() if rows},
            "updates": self.updates,
        }


def restore(session: Session, data: dict[str, Any]) -> list[tuple[str, int]]:
    """Put the rows back (a row whose id is taken again means the knowledge base changed
    since: a ValueError), then the fields changed; returns the entities put back."""
    rows = data.get("rows", {})
    back: list[tuple[str, int]] = []
    for table, model in TABLES.items():
        for raw in rows.get(table, []):
            if session.get(model, raw["id"]) is not None:
                raise ValueError(f"{table} {raw['id']} exists again")
            session.add(model(**load(raw)))
            if table in ("organisation", "person", "agreement"):
                back.append((table, raw["id"]))
        session.flush()
    for u in data.get("updates", []):
        row = session.get(TABLES[u["table"]], u["id"])
        if row is not None:
            setattr(row, u["field"], u["value"])
            session.add(row)
    session.flush()
    return back
