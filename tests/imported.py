"""Texts imported through the real CLI into a test database, and what it then exports."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def export(ipx: Any, db: str) -> dict[str, Any]:
    return json.loads(ipx("export", "--no-text", "--db", db).stdout)


def import_texts(ipx: Any, db: str, tmp_path: Path, *texts: str) -> dict[str, Any]:
    """Each text as a document of its own, imported in one command; the export after."""
    paths = []
    for i, text in enumerate(texts):
        p = tmp_path / f"doc{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    assert ipx("import", *paths, "--db", db).exit_code == 0
    return export(ipx, db)


def of_reference(data: dict[str, Any], ref_id: str) -> list[dict[str, Any]]:
    """The exported organisations that are the reference entry `ref_id`."""
    return [o for o in data["organisations"] if o.get("reference_id") == ref_id]
