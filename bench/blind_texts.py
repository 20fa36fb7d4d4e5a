"""The texts of a blind export's documents (bench_review.py, calibrate_review.py).

An exchange export holds no texts, and a user's knowledge base holds them: the signs the
review queue reads from a document's text (a body named within an event's name, a mention's
form, a party its sentences never name) need them. Each exported document gets its set's
file of the same bytes, read as import reads it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from evaluate import documents_of


def with_texts(data: dict[str, Any], name: str) -> None:
    """The texts of an export's documents from SET's files, and each
    mention's surface as that text writes it (an export may give a mention its entity's
    name): when every mention of the document falls on one of its entity's names there, or
    on part of one (a surname, a name's first words)."""
    import hashlib

    from importers.read import read_document
    from store.text import fold

    files = {p.name: p for p in documents_of(name)}
    spans: dict[str, list[tuple[dict[str, Any], set[str]]]] = {}
    for kind in ("organisations", "people", "agreements"):
        for item in data.get(kind, []):
            names = {item.get("name") or item.get("title") or "", *(item.get("aliases") or [])}
            names |= {n.get("text") or "" for n in item.get("names") or []}
            for m in item.get("mentions") or []:
                spans.setdefault(m["document"], []).append((m, {fold(n) for n in names}))
    for d in data.get("documents", []):
        path = files.get(Path(d.get("path") or "").name)
        if d.get("text") or path is None:
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != d.get("sha256"):
            continue
        text = read_document(path).text
        on = spans.get(d["id"], [])
        if all(
            m["end"] <= len(text)
            and _falls_on(text[m["start"] : m["end"]], {*names, fold(m["surface"])})
            for m, names in on
        ):
            d["text"] = text
            for m, _ in on:
                m["surface"] = text[m["start"] : m["end"]] or m["surface"]


def _falls_on(written: str, names: set[str]) -> bool:
    """Whether text a mention's span holds is one of its entity's (folded) names or part of one."""
    from store.text import fold

    return not written or any(fold(written) in n for n in names)
