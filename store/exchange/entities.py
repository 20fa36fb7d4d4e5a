"""An entity's names and a person's roles as the bulk import keeps them in memory.

The import decides what store.writer decides row by row (a name that folds like one the
entity has is not added again, only given the dates it lacked; a title stated again joins
the role it names, store.roles), but from what it holds in memory: what it wrote itself,
and, for an entity stored before (met again through its reference id), that entity's rows
read once. Nothing here is read back after it was planned.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from store.exchange.rows import Row, Rows
from store.search.connection import DB
from store.search.keys import quick_fold
from store.text import clean_spaces, lang_of, script_of
from store.text.titles import Held, match

_NAME_COLUMNS = ("id", "text", "folded", "valid_from", "valid_to", "kind")
_ROLE_COLUMNS = (
    "id",
    "person_id",
    "organisation_id",
    "title",
    "title_norm",
    "other_titles",
    "start",
    "end",
    "origin",
)


def clean(text: str) -> str:
    """store.text.clean_spaces, at once for text that has nothing to clean: printable (no
    white space but the plain space), in NFKC form, and either without spaces or ASCII with
    single spaces between words."""
    if text.isascii():
        plain = text.isprintable() and "  " not in text and text == text.strip()
    else:
        plain = text.isprintable() and " " not in text and unicodedata.is_normalized("NFKC", text)
    return text if plain else clean_spaces(text)


def _script(text: str) -> tuple[str, str]:
    """(lang_of, script_of) of a name; ASCII text is English in Latin letters."""
    return ("en", "Latn") if text.isascii() else (lang_of(text), script_of(text))


class Names:
    """One organisation's or person's names: by folded form (what makes two names one), and
    (name id, text) in id order (what the search index reads)."""

    __slots__ = ("etype", "eid", "by_folded", "listed")

    def __init__(self, etype: str, eid: int) -> None:
        self.etype, self.eid = etype, eid
        self.by_folded: dict[str, Row] = {}
        self.listed: list[tuple[int, str]] = []


def stored_names(db: DB, etype: str, eid: int) -> Names:
    """The names an entity stored before this import has."""
    book = Names(etype, eid)
    cols = ", ".join(f'"{c}"' for c in _NAME_COLUMNS)
    for values in db.all(
        f"SELECT {cols} FROM name WHERE entity_type = ? AND entity_id = ? ORDER BY id",
        [etype, eid],
    ):
        row = Row(**dict(zip(_NAME_COLUMNS, values, strict=True)))
        row.stored = True
        book.by_folded[row.folded] = row
        book.listed.append((row.id, row.text))
    return book


def add_name(rows: Rows, book: Names, text: str, **given: Any) -> None:
    """store.writer.add_name in memory: a new name, or the dates a known one lacked.

    GIVEN: kind (default alias), lang, valid_from, valid_to, origin (default document)."""
    text = clean(text)
    key = quick_fold(text)
    if not key:
        return
    kind = given.get("kind") or "alias"
    valid_from, valid_to = given.get("valid_from"), given.get("valid_to")
    known = book.by_folded.get(key)
    if known is not None:
        if not (valid_from or valid_to):
            return
        if known.valid_from is None and valid_from:
            known.valid_from = valid_from
        if known.valid_to is None and valid_to:
            known.valid_to = valid_to
            if known.kind == "alias" and kind == "previous":
                known.kind = "previous"
        rows.changed("name", known)
        return
    nid = rows.new_id("name")
    lang, script = _script(text)
    book.by_folded[key] = rows.add(
        "name",
        id=nid,
        entity_type=book.etype,
        entity_id=book.eid,
        text=text,
        folded=key,
        lang=given.get("lang") or lang,
        script=script,
        kind=kind,
        valid_from=valid_from,
        valid_to=valid_to,
        origin=given.get("origin") or "document",
    )
    book.listed.append((nid, text))


class Roles:
    """One person's roles by organisation (None: no organisation), in id order."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at: dict[int | None, list[Row]] = {}


def stored_roles(db: DB, person_id: int) -> Roles:
    """The roles a person stored before this import holds."""
    roles = Roles()
    cols = ", ".join(f'"{c}"' for c in _ROLE_COLUMNS)
    for values in db.all(f"SELECT {cols} FROM role WHERE person_id = ? ORDER BY id", [person_id]):
        row = Row(**dict(zip(_ROLE_COLUMNS, values, strict=True)))
        row.stored = True
        roles.at.setdefault(row.organisation_id, []).append(row)
    return roles


def add_role(
    rows: Rows, roles: Roles, person_id: int, organisation_id: int | None, **stated: Any
) -> Row:
    """store.writer.add_role in memory: the role this title states again (same title, or
    its translation at a time that fits), which takes the title and the dates it lacked;
    else a new role. STATED: title, start, end, origin."""
    from store.roles import absorb, held

    title = clean(stated["title"])
    start, end, origin = stated.get("start"), stated.get("end"), stated.get("origin", "document")
    here = roles.at.setdefault(organisation_id, [])
    at = match(Held([title], start, end), [held(_as_role(r)) for r in here]) if here else None
    if at is None:
        row = rows.add(
            "role",
            id=rows.new_id("role"),
            person_id=person_id,
            organisation_id=organisation_id,
            title=title,
            title_norm=quick_fold(title),
            other_titles="[]",
            start=start,
            end=end,
            origin=origin,
        )
        here.append(row)
        return row
    row = here[at]
    absorb(_as_role(row), [title], start=start, end=end, origin=origin)
    rows.changed("role", row)
    return row


def add_role_titles(rows: Rows, role: Row, titles: list[str]) -> None:
    """store.writer.add_role_titles in memory: other titles the role is known by."""
    from store.roles import absorb

    absorb(_as_role(role), [clean(t) for t in titles if t.strip()])
    rows.changed("role", role)


def _as_role(row: Row) -> Any:
    """A planned role row where store.roles expects a Role: it reads and sets the same
    attributes (title, title_norm, other_titles, start, end, origin)."""
    return row
