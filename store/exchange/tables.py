"""The CSV export: one table per kind, for spreadsheets, made from the exchange data."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

_ORG_COLUMNS = ("id", "name", "aliases", "country", "kind", "parent", "sources")
_PERSON_COLUMNS = ("id", "name", "aliases", "family", "given", "sources")
_ROLE_COLUMNS = (
    "title",
    "other_titles",
    "statement_of",
    "organisation",
    "start",
    "end",
    "sources",
)
_AGREEMENT_COLUMNS = (
    "id",
    "title",
    "kind",
    "date",
    "place",
    "parties",
    "signatories",
    "witnesses",
    "sources",
)


def _tables(data: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": [{k: v for k, v in d.items() if k != "text"} for d in data["documents"]],
        "organisations": [],
        "people": [],
        "roles": [],
        "agreements": [],
        "names": [],
    }
    for o in data["organisations"]:
        tables["organisations"].append({k: o.get(k) for k in _ORG_COLUMNS})
        tables["names"] += [{"entity": o["id"], **n} for n in o.get("names", [])]
    for p in data["people"]:
        tables["people"].append({k: p.get(k) for k in _PERSON_COLUMNS})
        tables["names"] += [{"entity": p["id"], **n} for n in p.get("names", [])]
        tables["roles"] += [
            {"person": p["id"], **{k: r.get(k) for k in _ROLE_COLUMNS}} for r in p.get("roles", [])
        ]
    for a in data["agreements"]:
        tables["agreements"].append({k: a.get(k) for k in _AGREEMENT_COLUMNS})
    return tables


def _write(path: Path, rows: list[dict[str, Any]]) -> None:
    fields: list[str] = []
    for row in rows:
        fields += [k for k in row if k not in fields]
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields or ["id"])
        w.writeheader()
        for row in rows:
            w.writerow(
                {k: " | ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()}
            )


def write_csv(data: dict[str, Any], folder: Path) -> list[Path]:
    """One CSV per kind, for spreadsheets: the rows of the exchange data, lists joined by ' | '."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in _tables(data).items():
        path = folder / f"{name}.csv"
        _write(path, rows)
        written.append(path)
    return written
