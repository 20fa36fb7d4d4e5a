"""Checking an exchange document before anything is written: a bad file imports nothing,
and the error names the reason in one line."""

from __future__ import annotations

from typing import Any

from store.exchange.format import FORMAT, REFERENCE_DOC, ExchangeError

_KINDS = ("documents", "organisations", "people", "agreements")
_LISTS = (
    "aliases",
    "sources",
    "parties",
    "signatories",
    "witnesses",
    "roles",
    "names",
    "mentions",
)


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise ExchangeError(what)


def _check(refs: list[Any], pool: set[str], where: str) -> None:
    for r in refs:
        _need(isinstance(r, str) and r in pool, f"{where} refers to undefined id {r!r}")


def _item(key: str, i: int, item: Any, seen: set[str]) -> None:
    """One entry of a list: an object with a new id, a name or title, and lists as lists."""
    _need(isinstance(item, dict), f"{key}[{i}] must be an object")
    _need(isinstance(item.get("id"), str) and item["id"], f"{key}[{i}] has no string 'id'")
    _need(item["id"] not in seen, f"{key}: duplicate id {item['id']!r}")
    if key == "agreements":
        _need(isinstance(item.get("title"), str), f"{key} {item['id']!r}: 'title' must be a string")
    elif key != "documents":
        _need(
            isinstance(item.get("name"), str) and item["name"].strip(),
            f"{key} {item['id']!r}: 'name' must be a non-empty string",
        )
    ref = item.get("reference_id")
    _need(
        ref is None or isinstance(ref, str),
        f"{key} {item['id']!r}: 'reference_id' must be a string",
    )
    for lst in _LISTS:
        _need(isinstance(item.get(lst, []), list), f"{key} {item['id']!r}: '{lst}' must be a list")


def _ids(data: dict[str, Any]) -> dict[str, set[str]]:
    """The ids of each list, every entry checked."""
    ids: dict[str, set[str]] = {}
    for key in _KINDS:
        seen: set[str] = set()
        for i, item in enumerate(data.get(key, [])):
            _item(key, i, item, seen)
            seen.add(item["id"])
        ids[key] = seen
    return ids


def _references(data: dict[str, Any], ids: dict[str, set[str]]) -> None:
    """Every id an entry refers to is defined."""
    all_entities = ids["organisations"] | ids["people"]
    docs = ids["documents"] | {REFERENCE_DOC}
    for o in data.get("organisations", []):
        _check(o.get("sources", []), docs, f"organisation {o['id']!r}")
        if o.get("parent") is not None:
            _check([o["parent"]], ids["organisations"], f"organisation {o['id']!r} parent")
    for p in data.get("people", []):
        _check(p.get("sources", []), docs, f"person {p['id']!r}")
        for r in p.get("roles", []):
            _need(
                isinstance(r, dict) and isinstance(r.get("title", ""), str),
                f"person {p['id']!r}: a role must be an object with a title",
            )
            others = r.get("other_titles") or []
            _need(
                isinstance(others, list) and all(isinstance(t, str) for t in others),
                f"person {p['id']!r}: a role's other_titles must be a list of strings",
            )
            _need(
                isinstance(r.get("statement_of") or "", str),
                f"person {p['id']!r}: a role's statement_of must be a title",
            )
            if r.get("organisation") is not None:
                _check([r["organisation"]], ids["organisations"], f"role of {p['id']!r}")
            _check(r.get("sources", []), docs, f"role of {p['id']!r}")
    for a in data.get("agreements", []):
        _check(a.get("parties", []), ids["organisations"], f"agreement {a['id']!r} parties")
        _check(a.get("signatories", []), ids["people"], f"agreement {a['id']!r} signatories")
        _check(a.get("witnesses", []), all_entities, f"agreement {a['id']!r} witnesses")
        _check(a.get("sources", []), docs, f"agreement {a['id']!r}")
    for key in ("organisations", "people", "agreements"):
        for item in data.get(key, []):
            for m in item.get("mentions", []):
                _need(isinstance(m, dict), f"{key} {item['id']!r}: a mention must be an object")
                _check([m.get("document")], ids["documents"], f"mention of {item['id']!r}")


def validate(data: Any) -> None:
    """Check shape and references before anything is written: a bad file imports nothing."""
    _need(isinstance(data, dict), "not an exchange document (expected a JSON object)")
    _need(
        data.get("format", FORMAT) == FORMAT,
        f"unknown format {data.get('format')!r} (expected {FORMAT!r})",
    )
    for key in _KINDS:
        _need(isinstance(data.get(key, []), list), f"'{key}' must be a list")
    _references(data, _ids(data))
