"""The JSON import: an exchange document written into the store, in one transaction, in bulk.

Documents already stored (same content hash) are reused; organisations and people are new
entities unless they carry a reference id the store already has. The whole document is
checked first (validation.py): a bad file writes nothing.

The rows are the ones store.writer would write entry by entry, in the same order with the
same ids, but planned in memory (entities.py decides what the writer's add_name and add_role
decide) and written in large batches (rows.py: executemany on SQLite, COPY on PostgreSQL),
so 250,000 people take about a minute instead of hours. The search keys of each new entity
are made from its names in memory as soon as it is planned (store.search.bulk: in a worker
process for a large file, each distinct name keyed once) and written in batches too; an
entity stored before, or one a later entry may add to (it has a reference id), is indexed
from the database at the end, as `index_entity` always did.
"""

from __future__ import annotations

import gc
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from store.exchange.entities import (
    Names,
    Roles,
    add_name,
    add_role,
    add_role_titles,
    clean,
    stored_names,
    stored_roles,
)
from store.exchange.format import REFERENCE_DOC, ExchangeError
from store.exchange.rows import Rows
from store.exchange.validation import validate
from store.search.connection import DB, chunks, marks

Item = dict[str, Any]
Ref = tuple[str, int]


@contextmanager
def _no_gc() -> Iterator[None]:
    """No cycle collection while a file is read and loaded: it makes millions of objects
    that live until the end, which the collector would walk again and again for nothing
    (the load makes no cycles). A fifth of the time, at 250,000 people."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def load_json(path: Path) -> Any:
    """The JSON of an exchange file, or an ExchangeError that says in one line what is wrong."""
    try:
        with _no_gc():
            return json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError("not UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"malformed JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _origin_of(item: Item) -> str:
    srcs = item.get("sources") or []
    return item.get("origin") or ("reference" if srcs == [REFERENCE_DOC] else "document")


def _sha(d: Item) -> str:
    text = d.get("text") or ""
    made = text or f"exchange:{d.get('path')}:{d.get('title')}:{d['id']}"
    return str(d.get("sha256") or hashlib.sha256(made.encode("utf-8")).hexdigest())


def _mentions_of(item: Item) -> int:
    return len(item.get("mentions") or []) or len(item.get("sources") or [])


def bounds(data: Item) -> dict[str, int]:
    """At most how many rows of each table the document can add (ids are reserved for them)."""
    orgs, people = data.get("organisations", []), data.get("people", [])
    agreements = data.get("agreements", [])
    entities = [*orgs, *people]
    roles = [r for p in people for r in p.get("roles") or []]
    return {
        "document": sum(d.get("format") != "reference" for d in data.get("documents", [])),
        "organisation": len(orgs),
        "person": len(people),
        "name": sum(1 + len(e.get("names") or []) + len(e.get("aliases") or []) for e in entities),
        "role": len(roles),
        "agreement": len(agreements),
        "agreementparty": sum(
            len(a.get(k) or []) for a in agreements for k in ("parties", "signatories", "witnesses")
        ),
        "mention": sum(_mentions_of(x) for x in (*entities, *roles, *agreements)),
    }


class _Loader:
    """One import: the store ids the file's ids became, what was added, and the entities it
    keeps in memory because a later entry may add to them."""

    def __init__(
        self, db: DB, data: Item, jobs: int | None = None, *, consume: bool = False
    ) -> None:
        from store.search.bulk import Indexer, key_workers
        from store.search.rebuild import worth_rebuilding

        self.db, self.data, self.consume = db, data, consume
        limits = bounds(data)
        big = worth_rebuilding(db, limits["name"])
        self.rows = Rows(db, limits, big=big)
        self.keys = Indexer(db, rebuild_indexes=big, workers=key_workers(jobs) if big else 0)
        self.counts = {"documents": 0, "organisations": 0, "people": 0, "agreements": 0, "roles": 0}
        self.docs: dict[str, int] = {}
        self.orgs: dict[str, int] = {}
        self.people: dict[str, int] = {}
        self.refs: dict[str, dict[str, int]] = {}  # entity type -> reference id -> entity
        self.kept: dict[Ref, Names] = {}  # stored before, or with a reference id
        self.kept_roles: dict[int, Roles] = {}
        self.party_names: dict[Ref, list[tuple[int, str]]] = {}  # what agreements' keys read
        self.named_in_agreements = {
            x
            for a in data.get("agreements", [])
            for k in ("signatories", "witnesses")
            for x in a.get(k) or []
        }

    # documents ---------------------------------------------------------------------------

    def documents(self) -> None:
        todo = [(d, _sha(d)) for d in self.data.get("documents", [])]
        todo = [(d, sha) for d, sha in todo if d.get("format") != "reference"]
        known: dict[str, int] = {}
        for part in chunks(sorted({sha for _, sha in todo}), 500):
            q = f"SELECT sha256, id FROM document WHERE sha256 IN ({marks(len(part))})"
            known.update((sha, int(i)) for sha, i in self.db.all(q, part))
        for d, sha in todo:
            if sha not in known:
                known[sha] = self.rows.new_id("document")
                self.rows.add(
                    "document",
                    id=known[sha],
                    path=str(d.get("path") or d["id"]),
                    title=_str(d.get("title")),
                    lang=_str(d.get("lang")),
                    date=_str(d.get("date")),
                    format=str(d.get("format") or "exchange"),
                    sha256=sha,
                    text=d.get("text") or "",
                )
                self.counts["documents"] += 1
            self.docs[d["id"]] = known[sha]

    # entities ----------------------------------------------------------------------------

    def _load_refs(self, etype: str, items: list[Item]) -> None:
        """The entities stored before that the items' reference ids name (the first by id)."""
        found: dict[str, int] = {}
        wanted = sorted({i["reference_id"] for i in items if i.get("reference_id")})
        for part in chunks(wanted, 500):
            for ref, eid in self.db.all(
                f"SELECT ref_id, id FROM {etype} WHERE ref_id IN ({marks(len(part))})"
                " AND merged_into IS NULL ORDER BY id",
                part,
            ):
                found.setdefault(ref, int(eid))
        self.refs[etype] = found

    def _entity(self, etype: str, item: Item, **columns: Any) -> tuple[Names, bool]:
        """The entity an item stands for, and whether it is new: the one its reference id
        names if stored (before or by an earlier entry), else a new one with its name."""
        ref = item.get("reference_id")
        eid = self.refs[etype].get(ref) if ref else None
        if eid is not None:
            book = self.kept.get((etype, eid))
            if book is None:
                book = self.kept[(etype, eid)] = stored_names(self.db, etype, eid)
            return book, False
        eid = self.rows.new_id(etype)
        self.rows.add(etype, id=eid, name=clean(item["name"]), ref_id=ref, **columns)
        book = Names(etype, eid)
        add_name(self.rows, book, item["name"], kind="primary", origin="exchange")
        if ref:
            self.refs[etype][ref] = eid
            self.kept[(etype, eid)] = book
        self.counts["organisations" if etype == "organisation" else "people"] += 1
        return book, True

    def names(self, book: Names, item: Item) -> None:
        for n in item.get("names") or []:
            add_name(
                self.rows,
                book,
                str(n.get("text") or ""),
                kind=n.get("kind"),
                lang=n.get("lang"),
                valid_from=n.get("from"),
                valid_to=n.get("to"),
                origin=n.get("origin") or "exchange",
            )
        for alias in item.get("aliases") or []:
            add_name(self.rows, book, str(alias), origin="exchange")

    def mentions(self, kind: str, target_id: int, item: Item, label: str) -> set[int]:
        """The item's mentions; without them, one mention of `label` per source. Returns
        the documents they are in."""
        ms = item.get("mentions") or []
        docs: set[int] = set()
        for m in ms:
            doc = self.docs[m["document"]]
            docs.add(doc)
            self.rows.add(
                "mention",
                id=self.rows.new_id("mention"),
                document_id=doc,
                target_type=kind,
                target_id=target_id,
                start=int(m.get("start") or 0),
                end=int(m.get("end") or 0),
                surface=str(m.get("surface") or ""),
                extractor=str(m.get("extractor") or "exchange"),
                confidence=float(m.get("confidence") or 1.0),
            )
        if ms:
            return docs
        for s in item.get("sources", []):
            if s in self.docs:
                docs.add(self.docs[s])
                self.rows.add(
                    "mention",
                    id=self.rows.new_id("mention"),
                    document_id=self.docs[s],
                    target_type=kind,
                    target_id=target_id,
                    surface=label,
                    extractor="exchange",
                )
        return docs

    def _index(self, book: Names, display: str, docs: set[int]) -> None:
        """A new entity no later entry can add to is indexed now, from its names in memory;
        the others at the end, from the database."""
        if (book.etype, book.eid) not in self.kept:
            self.keys.add(book.etype, book.eid, display, book.listed, docs=len(docs))

    def organisation(self, o: Item) -> None:
        book, _ = self._entity("organisation", o, kind=o.get("kind"), country=o.get("country"))
        self.orgs[o["id"]] = book.eid
        self.names(book, o)
        docs = self.mentions("organisation", book.eid, o, o["name"])
        self._index(book, clean(o["name"]), docs)
        self.party_names[("organisation", book.eid)] = book.listed

    def person(self, p: Item) -> None:
        book, new = self._entity("person", p, family=p.get("family"), given=p.get("given"))
        eid = book.eid
        self.people[p["id"]] = eid
        self.names(book, p)
        docs = self.mentions("person", eid, p, p["name"])
        if (book.etype, eid) in self.kept:
            roles = self.kept_roles.get(eid)
            if roles is None:
                roles = self.kept_roles[eid] = Roles() if new else stored_roles(self.db, eid)
        else:
            roles = Roles()
        for r in p.get("roles", []):
            self.role(eid, roles, r)
        self._index(book, clean(p["name"]), docs)
        if p["id"] in self.named_in_agreements:
            self.party_names[("person", eid)] = book.listed

    def role(self, person_id: int, roles: Roles, r: Item) -> None:
        """A role; an entry that is the `statement_of` another title (the documents that
        state the role only as 总干事) joins the role shown by that title."""
        title = str(r.get("title") or "")
        of = r.get("statement_of")
        row = add_role(
            self.rows,
            roles,
            person_id,
            self.orgs.get(r.get("organisation") or ""),
            title=str(of) if of else title,
            start=_str(r.get("start")),
            end=_str(r.get("end")),
            origin=_origin_of(r),
        )
        others = [title] if of else r.get("other_titles") or []
        if others:
            add_role_titles(self.rows, row, [str(t) for t in others])
        self.counts["roles"] += not of
        self.mentions("role", row.id, r, title)

    # agreements --------------------------------------------------------------------------

    def agreement(self, a: Item) -> None:

        aid = self.rows.new_id("agreement")
        title = clean(a["title"])
        self.rows.add(
            "agreement",
            id=aid,
            title=title,
            kind=str(a.get("kind") or "other"),
            date=_str(a.get("date")),
            place=_str(a.get("place")),
            origin=_origin_of(a),
        )
        self.counts["agreements"] += 1
        parties: list[tuple[int | None, int | None, str]] = []  # organisation, person, role
        for x in a.get("parties", []):
            parties.append((self.orgs[x], None, "party"))
        for x in a.get("signatories", []):
            parties.append((None, self.people[x], "signatory"))
        for x in a.get("witnesses", []):
            if x in self.people:
                parties.append((None, self.people[x], "witness"))
            else:
                parties.append((self.orgs[x], None, "witness"))
        parties = list(dict.fromkeys(parties))  # one row each, as store.writer.add_party
        for org, person, role in parties:
            self.rows.add(
                "agreementparty",
                id=self.rows.new_id("agreementparty"),
                agreement_id=aid,
                organisation_id=org,
                person_id=person,
                role=role,
            )
        docs = self.mentions("agreement", aid, a, a["title"])
        # the parties' names as store.search.index.party_names reads them: organisations
        # first, then people, each in the order of their rows
        names = [n for org, _, _ in parties if org for n in self.party_names[("organisation", org)]]
        names += [n for _, p, _ in parties if p for n in self.party_names[("person", p)]]
        self.keys.add("agreement", aid, None, [(None, title)], parties=names, docs=len(docs))

    # the whole document ------------------------------------------------------------------

    def _forget(self) -> None:
        """Drop what only planning needed: the keys still to make at the end take its room
        (at 250,000 people, 60 MiB of a peak of 850)."""
        self.docs, self.orgs, self.people, self.refs = {}, {}, {}, {}
        self.party_names, self.named_in_agreements = {}, set()

    def _each(self, section: str) -> Iterator[Item]:
        """The entries of a section; when the loader owns the file's data, each is dropped
        once planned, so that the entries leave memory as the load goes (at 250,000 people
        they are a third of the peak, which comes at the end, while the last keys are made)."""
        items = self.data.get(section, [])
        for i, item in enumerate(items):
            if self.consume:
                items[i] = None
            yield item

    def run(self) -> dict[str, int]:
        try:
            self._all()
        finally:
            self.keys.close()
        return self.counts

    def _all(self) -> None:
        from store.search import index_entity

        self.documents()
        orgs = self.data.get("organisations", [])
        self._load_refs("organisation", orgs)
        parents = [(o["id"], o["parent"]) for o in orgs if o.get("parent")]
        for o in self._each("organisations"):
            self.organisation(o)
        for oid, parent in parents:
            self.rows.update("organisation", self.orgs[oid], parent_id=self.orgs[parent])
        self._load_refs("person", self.data.get("people", []))
        for p in self._each("people"):
            self.person(p)
        for a in self._each("agreements"):
            self.agreement(a)
        self._forget()
        self.rows.finish()
        self.keys.finish()
        for etype, eid in sorted(self.kept):
            index_entity(self.db.raw, etype, eid)


def import_data(
    session: Any, data: Any, *, jobs: int | None = None, consume: bool = False
) -> dict[str, int]:
    """Write an exchange document into the store (one transaction: the caller commits).

    Documents already stored (same content hash) are reused; organisations and people
    are new entities unless they carry a reference id the store already has. A large file
    is keyed for search in a worker process (`jobs`: the processes the import may use, None:
    IPX_JOBS or one per core; 1: this one only). Workers are fresh interpreters: a script
    that calls this needs the `if __name__ == "__main__":` guard, as any script starting
    processes does. CONSUME: the caller hands DATA over, and its organisations, people and
    agreements are emptied as they are written (less memory for a large file).
    """
    from store.db import lock_for_writing
    from store.exchange.judgements import import_judgements, validate_judgements

    validate(data)
    validate_judgements(data)
    lock_for_writing(session)
    with _no_gc():
        counts = _Loader(DB(session), data, jobs, consume=consume).run()
    counts["judgements"] = import_judgements(session, data)  # replayed on what is stored
    return counts
