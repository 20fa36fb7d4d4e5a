"""The exchange format (EXCHANGE.md): export to JSON, CSV and GraphML; import from JSON.

An export is a complete copy: besides the fields EXCHANGE.md names, it carries every name
with its language, kind and dates, document texts and mention spans, so that importing an
export into an empty database and exporting again gives the same knowledge base.
Facts that came from the curated reference data are sourced to a pseudo-document of
format "reference", never to a document that did not state them.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections import defaultdict
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

from sqlmodel import Session, col, select

from store import writer
from store.models import (
    Agreement,
    AgreementParty,
    Document,
    Mention,
    Name,
    Organisation,
    Person,
    Role,
)

FORMAT = "exchange/1"
REFERENCE_DOC = "ref"


class ExchangeError(Exception):
    """An exchange file that cannot be imported; the message names the reason in one line."""


# ---------------------------------------------------------------- export


def export_data(session: Session, *, with_text: bool = True) -> dict[str, Any]:
    docs = list(session.exec(select(Document).order_by(col(Document.id))))
    mentions: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for m in session.exec(select(Mention).order_by(col(Mention.id))):
        mentions[(m.target_type, m.target_id)].append(m)
    names: dict[tuple[str, int], list[Name]] = defaultdict(list)
    for n in session.exec(select(Name).order_by(col(Name.id))):
        names[(n.entity_type, n.entity_id)].append(n)
    uses_reference = False

    def sources(kind: str, id: int, origin: str = "document") -> list[str]:
        nonlocal uses_reference
        out = sorted({f"d{m.document_id}" for m in mentions.get((kind, id), [])}, key=_natural)
        if not out and origin == "reference":
            uses_reference = True
            out = [REFERENCE_DOC]
        return out

    def name_list(kind: str, id: int) -> list[dict[str, Any]]:
        return [
            {
                "text": n.text,
                "lang": n.lang,
                "script": n.script,
                "kind": n.kind,
                "from": n.valid_from,
                "to": n.valid_to,
                "origin": n.origin,
            }
            for n in names.get((kind, id), [])
        ]

    def aliases(kind: str, id: int, display: str) -> list[str]:
        seen, out = {display}, []
        for n in names.get((kind, id), []):
            if n.text not in seen:
                seen.add(n.text)
                out.append(n.text)
        return out

    def mention_list(kind: str, id: int) -> list[dict[str, Any]]:
        return [
            {
                "document": f"d{m.document_id}",
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
                "extractor": m.extractor,
                "confidence": m.confidence,
            }
            for m in mentions.get((kind, id), [])
        ]

    orgs = []
    for o in session.exec(
        select(Organisation)
        .where(col(Organisation.merged_into).is_(None))
        .order_by(col(Organisation.id))
    ):
        assert o.id is not None
        origin = "reference" if o.ref_id else "document"
        orgs.append(
            {
                "id": f"o{o.id}",
                "name": o.name,
                "aliases": aliases("organisation", o.id, o.name),
                "country": o.country,
                "kind": o.kind,
                "parent": f"o{o.parent_id}" if o.parent_id else None,
                "reference_id": o.ref_id,
                "names": name_list("organisation", o.id),
                "sources": sources("organisation", o.id, origin),
                "mentions": mention_list("organisation", o.id),
            }
        )
    roles_by_person: dict[int, list[Role]] = defaultdict(list)
    for r in session.exec(select(Role).order_by(col(Role.id))):
        roles_by_person[r.person_id].append(r)
    people = []
    for p in session.exec(
        select(Person).where(col(Person.merged_into).is_(None)).order_by(col(Person.id))
    ):
        assert p.id is not None
        roles = []
        for r in roles_by_person.get(p.id, []):
            assert r.id is not None
            roles.append(
                {
                    "title": r.title,
                    "organisation": f"o{r.organisation_id}" if r.organisation_id else None,
                    "start": r.start,
                    "end": r.end,
                    "origin": r.origin,
                    "sources": sources("role", r.id, r.origin),
                    "mentions": mention_list("role", r.id),
                }
            )
        people.append(
            {
                "id": f"p{p.id}",
                "name": p.name,
                "aliases": aliases("person", p.id, p.name),
                "family": p.family,
                "given": p.given,
                "reference_id": p.ref_id,
                "names": name_list("person", p.id),
                "roles": roles,
                "sources": sources("person", p.id, "reference" if p.ref_id else "document"),
                "mentions": mention_list("person", p.id),
            }
        )
    parties: dict[int, list[AgreementParty]] = defaultdict(list)
    for ap in session.exec(select(AgreementParty).order_by(col(AgreementParty.id))):
        parties[ap.agreement_id].append(ap)
    agreements = []
    for a in session.exec(select(Agreement).order_by(col(Agreement.id))):
        assert a.id is not None
        ps = parties.get(a.id, [])
        agreements.append(
            {
                "id": f"a{a.id}",
                "title": a.title,
                "kind": a.kind,
                "date": a.date,
                "place": a.place,
                "parties": [
                    f"o{x.organisation_id}" for x in ps if x.role == "party" and x.organisation_id
                ],
                "signatories": [
                    f"p{x.person_id}" for x in ps if x.role == "signatory" and x.person_id
                ],
                "witnesses": [
                    f"p{x.person_id}" if x.person_id else f"o{x.organisation_id}"
                    for x in ps
                    if x.role == "witness"
                ],
                "origin": a.origin,
                "sources": sources("agreement", a.id, a.origin),
                "mentions": mention_list("agreement", a.id),
            }
        )
    documents = []
    for d in docs:
        entry: dict[str, Any] = {
            "id": f"d{d.id}",
            "path": d.path,
            "title": d.title,
            "lang": d.lang,
            "date": d.date,
            "format": d.format,
            "sha256": d.sha256,
        }
        if with_text:
            entry["text"] = d.text
        documents.append(entry)
    if uses_reference:
        documents.append(
            {
                "id": REFERENCE_DOC,
                "path": "importers/reference/",
                "title": "ipx curated reference data",
                "lang": None,
                "date": None,
                "format": "reference",
            }
        )
    return {
        "format": FORMAT,
        "documents": documents,
        "organisations": orgs,
        "people": people,
        "agreements": agreements,
    }


def _natural(ref: str) -> tuple[str, int]:
    return (ref[0], int(ref[1:]) if ref[1:].isdigit() else 0)


def write_csv(data: dict[str, Any], folder: Path) -> list[Path]:
    """One CSV per kind, for spreadsheets: the rows of the exchange data, lists joined by ' | '."""
    folder.mkdir(parents=True, exist_ok=True)
    tables: dict[str, list[dict[str, Any]]] = {
        "documents": [{k: v for k, v in d.items() if k != "text"} for d in data["documents"]],
        "organisations": [],
        "people": [],
        "roles": [],
        "agreements": [],
        "names": [],
    }
    for o in data["organisations"]:
        tables["organisations"].append(
            {k: o.get(k) for k in ("id", "name", "aliases", "country", "kind", "parent", "sources")}
        )
        tables["names"] += [{"entity": o["id"], **n} for n in o.get("names", [])]
    for p in data["people"]:
        tables["people"].append(
            {k: p.get(k) for k in ("id", "name", "aliases", "family", "given", "sources")}
        )
        tables["names"] += [{"entity": p["id"], **n} for n in p.get("names", [])]
        tables["roles"] += [
            {
                "person": p["id"],
                **{k: r.get(k) for k in ("title", "organisation", "start", "end", "sources")},
            }
            for r in p.get("roles", [])
        ]
    for a in data["agreements"]:
        tables["agreements"].append(
            {
                k: a.get(k)
                for k in (
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
            }
        )
    written = []
    for name, rows in tables.items():
        path = folder / f"{name}.csv"
        fields: list[str] = []
        for row in rows:
            fields += [k for k in row if k not in fields]
        with path.open("w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=fields or ["id"])
            w.writeheader()
            for row in rows:
                w.writerow(
                    {
                        k: " | ".join(map(str, v)) if isinstance(v, list) else v
                        for k, v in row.items()
                    }
                )
        written.append(path)
    return written


def write_graphml(data: dict[str, Any], path: Path) -> None:
    """Entities as nodes; roles, agreement parties, signatories, witnesses and parents as edges."""
    ns = "http://graphml.graphdrawing.org/xmlns"
    ET.register_namespace("", ns)
    root = ET.Element(f"{{{ns}}}graphml")
    keys = [
        ("label", "node", "string"),
        ("type", "node", "string"),
        ("country", "node", "string"),
        ("date", "node", "string"),
        ("kind", "node", "string"),
        ("aliases", "node", "string"),
        ("relation", "edge", "string"),
        ("title", "edge", "string"),
        ("start", "edge", "string"),
        ("end", "edge", "string"),
    ]
    for k, domain, typ in keys:
        ET.SubElement(
            root, f"{{{ns}}}key", id=k, attrib={"for": domain, "attr.name": k, "attr.type": typ}
        )
    graph = ET.SubElement(root, f"{{{ns}}}graph", id="ipx", edgedefault="directed")

    def node(id: str, **attrs: Any) -> None:
        el = ET.SubElement(graph, f"{{{ns}}}node", id=id)
        for k, v in attrs.items():
            if v not in (None, "", []):
                d = ET.SubElement(el, f"{{{ns}}}data", key=k)
                d.text = " | ".join(v) if isinstance(v, list) else str(v)

    n_edges = 0

    def edge(src: str, dst: str, **attrs: Any) -> None:
        nonlocal n_edges
        n_edges += 1
        el = ET.SubElement(graph, f"{{{ns}}}edge", id=f"e{n_edges}", source=src, target=dst)
        for k, v in attrs.items():
            if v not in (None, ""):
                ET.SubElement(el, f"{{{ns}}}data", key=k).text = str(v)

    for o in data["organisations"]:
        node(
            o["id"],
            label=o["name"],
            type="organisation",
            country=o.get("country"),
            kind=o.get("kind"),
            aliases=o.get("aliases"),
        )
    for p in data["people"]:
        node(p["id"], label=p["name"], type="person", aliases=p.get("aliases"))
    for a in data["agreements"]:
        node(a["id"], label=a["title"], type="agreement", kind=a.get("kind"), date=a.get("date"))
    for o in data["organisations"]:
        if o.get("parent"):
            edge(o["id"], o["parent"], relation="part_of")
    for p in data["people"]:
        for r in p.get("roles", []):
            if r.get("organisation"):
                edge(
                    p["id"],
                    r["organisation"],
                    relation="role",
                    title=r.get("title"),
                    start=r.get("start"),
                    end=r.get("end"),
                )
    for a in data["agreements"]:
        for rel in ("parties", "signatories", "witnesses"):
            for x in a.get(rel, []):
                edge(
                    x,
                    a["id"],
                    relation={
                        "parties": "party",
                        "signatories": "signatory",
                        "witnesses": "witness",
                    }[rel],
                )
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


# ---------------------------------------------------------------- import


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise ExchangeError(what)


def validate(data: Any) -> None:
    """Check shape and references before anything is written: a bad file imports nothing."""
    _need(isinstance(data, dict), "not an exchange document (expected a JSON object)")
    _need(
        data.get("format", FORMAT) == FORMAT,
        f"unknown format {data.get('format')!r} (expected {FORMAT!r})",
    )
    for key in ("documents", "organisations", "people", "agreements"):
        _need(isinstance(data.get(key, []), list), f"'{key}' must be a list")
    ids: dict[str, set[str]] = {}
    for key in ("documents", "organisations", "people", "agreements"):
        seen: set[str] = set()
        for i, item in enumerate(data.get(key, [])):
            _need(isinstance(item, dict), f"{key}[{i}] must be an object")
            _need(isinstance(item.get("id"), str) and item["id"], f"{key}[{i}] has no string 'id'")
            _need(item["id"] not in seen, f"{key}: duplicate id {item['id']!r}")
            seen.add(item["id"])
            if key == "agreements":
                _need(
                    isinstance(item.get("title"), str),
                    f"{key} {item['id']!r}: 'title' must be a string",
                )
            elif key != "documents":
                _need(
                    isinstance(item.get("name"), str) and item["name"].strip(),
                    f"{key} {item['id']!r}: 'name' must be a non-empty string",
                )
            for lst in (
                "aliases",
                "sources",
                "parties",
                "signatories",
                "witnesses",
                "roles",
                "names",
                "mentions",
            ):
                _need(
                    isinstance(item.get(lst, []), list),
                    f"{key} {item['id']!r}: '{lst}' must be a list",
                )
        ids[key] = seen
    all_entities = ids["organisations"] | ids["people"]

    def check(refs: list[Any], pool: set[str], where: str) -> None:
        for r in refs:
            _need(isinstance(r, str) and r in pool, f"{where} refers to undefined id {r!r}")

    docs = ids["documents"] | {REFERENCE_DOC}
    for o in data.get("organisations", []):
        check(o.get("sources", []), docs, f"organisation {o['id']!r}")
        if o.get("parent") is not None:
            check([o["parent"]], ids["organisations"], f"organisation {o['id']!r} parent")
    for p in data.get("people", []):
        check(p.get("sources", []), docs, f"person {p['id']!r}")
        for r in p.get("roles", []):
            _need(
                isinstance(r, dict) and isinstance(r.get("title", ""), str),
                f"person {p['id']!r}: a role must be an object with a title",
            )
            if r.get("organisation") is not None:
                check([r["organisation"]], ids["organisations"], f"role of {p['id']!r}")
            check(r.get("sources", []), docs, f"role of {p['id']!r}")
    for a in data.get("agreements", []):
        check(a.get("parties", []), ids["organisations"], f"agreement {a['id']!r} parties")
        check(a.get("signatories", []), ids["people"], f"agreement {a['id']!r} signatories")
        check(a.get("witnesses", []), all_entities, f"agreement {a['id']!r} witnesses")
        check(a.get("sources", []), docs, f"agreement {a['id']!r}")
    for key in ("organisations", "people", "agreements"):
        for item in data.get(key, []):
            for m in item.get("mentions", []):
                _need(isinstance(m, dict), f"{key} {item['id']!r}: a mention must be an object")
                check([m.get("document")], ids["documents"], f"mention of {item['id']!r}")


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def import_data(session: Session, data: Any) -> dict[str, int]:
    """Write an exchange document into the store (one transaction: the caller commits).

    Documents already stored (same content hash) are reused; organisations and people
    are new entities unless they carry a reference id the store already has.
    """
    from store.search import index_entity

    validate(data)
    from store.db import lock_for_writing

    lock_for_writing(session)
    counts = {"documents": 0, "organisations": 0, "people": 0, "agreements": 0, "roles": 0}
    doc_map: dict[str, int] = {}
    for d in data.get("documents", []):
        if d.get("format") == "reference":
            continue
        text = d.get("text") or ""
        sha = (
            d.get("sha256")
            or hashlib.sha256(
                (text or f"exchange:{d.get('path')}:{d.get('title')}:{d['id']}").encode("utf-8")
            ).hexdigest()
        )
        existing = session.exec(select(Document).where(Document.sha256 == sha)).first()
        if existing is None:
            existing = Document(
                path=str(d.get("path") or d["id"]),
                title=_str(d.get("title")),
                lang=_str(d.get("lang")),
                date=_str(d.get("date")),
                format=str(d.get("format") or "exchange"),
                sha256=sha,
                text=text,
            )
            session.add(existing)
            session.flush()
            counts["documents"] += 1
        assert existing.id is not None
        doc_map[d["id"]] = existing.id

    def add_mentions(kind: str, target_id: int, item: dict[str, Any], label: str) -> None:
        ms = item.get("mentions") or []
        if ms:
            for m in ms:
                writer.add_mention(
                    session,
                    doc_map[m["document"]],
                    kind,
                    target_id,
                    start=int(m.get("start") or 0),
                    end=int(m.get("end") or 0),
                    surface=str(m.get("surface") or ""),
                    extractor=str(m.get("extractor") or "exchange"),
                    confidence=float(m.get("confidence") or 1.0),
                )
        else:
            for s in item.get("sources", []):
                if s in doc_map:
                    writer.add_mention(
                        session, doc_map[s], kind, target_id, surface=label, extractor="exchange"
                    )

    def add_names(kind: str, eid: int, item: dict[str, Any]) -> None:
        for n in item.get("names") or []:
            writer.add_name(
                session,
                kind,
                eid,
                str(n.get("text") or ""),
                kind=n.get("kind") or "alias",
                lang=n.get("lang"),
                valid_from=n.get("from"),
                valid_to=n.get("to"),
                origin=n.get("origin") or "exchange",
            )
        for alias in item.get("aliases") or []:
            writer.add_name(session, kind, eid, str(alias), origin="exchange")

    def origin_of(item: dict[str, Any]) -> str:
        srcs = item.get("sources") or []
        return item.get("origin") or ("reference" if srcs == [REFERENCE_DOC] else "document")

    org_map: dict[str, int] = {}
    for o in data.get("organisations", []):
        org = None
        if o.get("reference_id"):
            org = session.exec(
                select(Organisation).where(
                    Organisation.ref_id == o["reference_id"],
                    col(Organisation.merged_into).is_(None),
                )
            ).first()
        if org is None:
            org = writer.new_organisation(
                session,
                o["name"],
                kind=o.get("kind"),
                country=o.get("country"),
                ref_id=o.get("reference_id"),
                origin="exchange",
            )
            counts["organisations"] += 1
        assert org.id is not None
        org_map[o["id"]] = org.id
        add_names("organisation", org.id, o)
        add_mentions("organisation", org.id, o, o["name"])
    for o in data.get("organisations", []):
        if o.get("parent"):
            org = session.get(Organisation, org_map[o["id"]])
            assert org is not None
            org.parent_id = org_map[o["parent"]]
            session.add(org)
    person_map: dict[str, int] = {}
    for p in data.get("people", []):
        person = None
        if p.get("reference_id"):
            person = session.exec(
                select(Person).where(
                    Person.ref_id == p["reference_id"], col(Person.merged_into).is_(None)
                )
            ).first()
        if person is None:
            person = writer.new_person(
                session,
                p["name"],
                family=p.get("family"),
                given=p.get("given"),
                ref_id=p.get("reference_id"),
                origin="exchange",
            )
            counts["people"] += 1
        assert person.id is not None
        person_map[p["id"]] = person.id
        add_names("person", person.id, p)
        add_mentions("person", person.id, p, p["name"])
        for r in p.get("roles", []):
            role = writer.add_role(
                session,
                person.id,
                org_map.get(r.get("organisation") or ""),
                str(r.get("title") or ""),
                start=_str(r.get("start")),
                end=_str(r.get("end")),
                origin=origin_of(r),
            )
            assert role.id is not None
            counts["roles"] += 1
            add_mentions("role", role.id, r, str(r.get("title") or ""))
    for a in data.get("agreements", []):
        ag = writer.new_agreement(
            session,
            a["title"],
            str(a.get("kind") or "other"),
            date=_str(a.get("date")),
            place=_str(a.get("place")),
            origin=origin_of(a),
        )
        assert ag.id is not None
        counts["agreements"] += 1
        for x in a.get("parties", []):
            writer.add_party(session, ag.id, organisation_id=org_map[x])
        for x in a.get("signatories", []):
            writer.add_party(session, ag.id, person_id=person_map[x], role="signatory")
        for x in a.get("witnesses", []):
            if x in person_map:
                writer.add_party(session, ag.id, person_id=person_map[x], role="witness")
            else:
                writer.add_party(session, ag.id, organisation_id=org_map[x], role="witness")
        add_mentions("agreement", ag.id, a, a["title"])
        index_entity(session, "agreement", ag.id)
    session.flush()
    for eid in set(org_map.values()):
        index_entity(session, "organisation", eid)
    for eid in set(person_map.values()):
        index_entity(session, "person", eid)
    return counts


def load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError("not UTF-8 JSON") from None
    except json.JSONDecodeError as exc:
        raise ExchangeError(
            f"malformed JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from None
