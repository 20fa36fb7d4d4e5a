"""A small knowledge base with the doubts review must find, built through the store writers
(so the review tests do not change when extraction improves). Every sentence is our own.

- "Ministry of State": a generic phrase taken for a body, stated by three documents;
  "International Authority": another, stated by one;
- "Economic Community" taken for a person;
- "Viet Nam's Ministry of Science and Technology" and "Ministry of Science and Technology
  (Viet Nam)": one ministry, two rows (documents in two wordings);
- 申长雨 and Shen Changyu: one official, two rows, both heads of CNIPA;
- 张文 twice: two officials of one name at different bodies (namesakes, not duplicates);
- a role with no organisation; an agreement with no parties and no date;
- IPOS, CNIPA (reference entries) and the Kestrel Institute, stated by two documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import Session

from store.db import Database, open_database
from store.models import Document
from store.review.pairs import duplicate_pairs
from store.review.queue import PAIR_THRESHOLD
from store.search import index_entity
from store.writer import (
    add_mention,
    add_name,
    add_party,
    add_role,
    new_agreement,
    new_organisation,
    new_person,
)

DOCS = {
    "a.txt": (
        "en",
        "2021-03-01",
        "Officials of the Ministry of State met the Intellectual Property Office of Singapore "
        "in March. Viet Nam's Ministry of Science and Technology sent an observer. The "
        "Economic Community welcomed the talks. The Kestrel Institute hosted a lunch.",
    ),
    "b.txt": (
        "en",
        "2021-06-01",
        "The Ministry of State spoke again in June. The Ministry of Science and Technology "
        "(Viet Nam) signed a cooperation agreement. Shen Changyu, Commissioner of CNIPA, "
        "attended. The Kestrel Institute sent two examiners.",
    ),
    "c.txt": (
        "en",
        "2021-09-01",
        "A note from the Ministry of State closed the year. The International Authority issued a "
        "statement. Zhang Wen, Deputy Governor, spoke. Zhang Wen of CNIPA replied.",
    ),
    "d.txt": ("zh", "2021-10-01", "国家知识产权局局长申长雨会见新加坡知识产权局代表。"),
}


@dataclass
class Ids:
    """The ids of what the tests judge."""

    orgs: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    roles: dict[str, int] = field(default_factory=dict)
    agreements: dict[str, int] = field(default_factory=dict)
    docs: dict[str, int] = field(default_factory=dict)


def add_documents(s: Session, texts: dict[str, str], lang: str = "zh") -> dict[str, int]:
    """Each text stored as a document under its path (a distinct digest from the path), so a
    test can state names in them; the documents' ids by path."""
    ids: dict[str, int] = {}
    for path, text in texts.items():
        doc = Document(path=path, lang=lang, sha256=path * 6, text=text)
        s.add(doc)
        s.flush()
        assert doc.id
        ids[path] = doc.id
    return ids


#: organisations a test makes, by key: name, the document stating it, further names, country
MadeOrgs = dict[str, tuple[str, str, list[str], str | None]]


def proposed_pairs(db_path: Path, texts: dict[str, str], made: MadeOrgs) -> set[frozenset[str]]:
    """The organisations MADE, each stated once in its document of TEXTS (English), and the
    pairs of their keys the queue proposes at or above its threshold."""
    db = open_database(f"sqlite:///{db_path}")
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = add_documents(s, texts, lang="en")
        for key, (name, path, aliases, country) in made.items():
            org = new_organisation(s, name, country=country)
            assert org.id is not None
            ids[key] = org.id
            for alias in aliases:
                add_name(s, "organisation", org.id, alias)
            start = max(texts[path].find(name), 0)
            add_mention(
                s,
                docs[path],
                "organisation",
                org.id,
                start=start,
                end=start + len(name),
                surface=name,
                extractor="en/1",
                confidence=0.9,
            )
        s.commit()
        by_id = {v: k for k, v in ids.items()}
        found = {
            frozenset((by_id[p.a], by_id[p.b]))
            for p in duplicate_pairs(s, "organisation")
            if p.p_same >= PAIR_THRESHOLD
        }
    db.engine.dispose()
    return found


def _mention(s: Session, ids: Ids, doc: str, kind: str, target: int, surface: str) -> None:
    text = DOCS[doc][2]
    start = text.index(surface)
    add_mention(
        s,
        ids.docs[doc],
        kind,
        target,
        start=start,
        end=start + len(surface),
        surface=surface,
        extractor="en/1" if DOCS[doc][0] == "en" else "zh/1",
        confidence=0.9,
    )


def build(database: Database) -> Ids:
    ids = Ids()
    with database.session() as s:
        for path, (lang, date, text) in DOCS.items():
            doc = Document(path=path, lang=lang, date=date, sha256=path * 8, text=text)
            s.add(doc)
            s.flush()
            assert doc.id
            ids.docs[path] = doc.id
        orgs = {
            "ipos": new_organisation(
                s,
                "Intellectual Property Office of Singapore",
                kind="ip_office",
                country="SG",
                ref_id="ipos",
            ),
            "cnipa": new_organisation(
                s,
                "China National Intellectual Property Administration",
                kind="ip_office",
                country="CN",
                ref_id="cnipa",
            ),
            "state": new_organisation(s, "Ministry of State", kind="government"),
            "regional": new_organisation(s, "International Authority"),
            "most1": new_organisation(s, "Viet Nam's Ministry of Science and Technology"),
            "most2": new_organisation(s, "Ministry of Science and Technology (Viet Nam)"),
            "kestrel": new_organisation(s, "Kestrel Institute"),
            "gd": new_organisation(s, "People's Government of Guangdong Province", country="CN"),
        }
        ids.orgs = {k: o.id for k, o in orgs.items() if o.id}
        people = {
            "shen_zh": new_person(s, "申长雨"),
            "shen_en": new_person(s, "Shen Changyu"),
            "community": new_person(s, "Economic Community"),
            "zhang1": new_person(s, "Zhang Wen"),
            "zhang2": new_person(s, "Zhang Wen"),
        }
        ids.people = {k: p.id for k, p in people.items() if p.id}
        o, p = ids.orgs, ids.people
        for path in ("a.txt", "b.txt", "c.txt"):
            _mention(s, ids, path, "organisation", o["state"], "Ministry of State")
        _mention(s, ids, "c.txt", "organisation", o["regional"], "International Authority")
        _mention(
            s, ids, "a.txt", "organisation", o["ipos"], "Intellectual Property Office of Singapore"
        )
        _mention(s, ids, "d.txt", "organisation", o["ipos"], "新加坡知识产权局")
        _mention(s, ids, "d.txt", "organisation", o["cnipa"], "国家知识产权局")
        _mention(s, ids, "b.txt", "organisation", o["cnipa"], "CNIPA")
        _mention(
            s,
            ids,
            "a.txt",
            "organisation",
            o["most1"],
            "Viet Nam's Ministry of Science and Technology",
        )
        _mention(
            s,
            ids,
            "b.txt",
            "organisation",
            o["most2"],
            "Ministry of Science and Technology (Viet Nam)",
        )
        _mention(s, ids, "a.txt", "organisation", o["kestrel"], "Kestrel Institute")
        _mention(s, ids, "b.txt", "organisation", o["kestrel"], "Kestrel Institute")
        _mention(s, ids, "a.txt", "person", p["community"], "Economic Community")
        _mention(s, ids, "b.txt", "person", p["shen_en"], "Shen Changyu")
        _mention(s, ids, "d.txt", "person", p["shen_zh"], "申长雨")
        _mention(s, ids, "c.txt", "person", p["zhang1"], "Zhang Wen, Deputy Governor")
        _mention(s, ids, "c.txt", "person", p["zhang2"], "Zhang Wen of CNIPA")
        roles = {
            "shen_zh": add_role(s, p["shen_zh"], o["cnipa"], "局长"),
            "shen_en": add_role(s, p["shen_en"], o["cnipa"], "Commissioner"),
            "zhang1": add_role(s, p["zhang1"], None, "Deputy Governor"),
            "zhang2": add_role(s, p["zhang2"], o["cnipa"], "Deputy Commissioner"),
        }
        ids.roles = {k: r.id for k, r in roles.items() if r.id}
        _mention(s, ids, "d.txt", "role", ids.roles["shen_zh"], "局长")
        _mention(s, ids, "b.txt", "role", ids.roles["shen_en"], "Commissioner")
        _mention(s, ids, "c.txt", "role", ids.roles["zhang1"], "Deputy Governor")
        deal = new_agreement(s, "cooperation agreement", "agreement")
        dated = new_agreement(s, "Memorandum on examiner exchange", "mou", date="2021-06-01")
        assert deal.id and dated.id
        ids.agreements = {"undated": deal.id, "dated": dated.id}
        add_party(s, dated.id, organisation_id=o["ipos"])
        add_party(s, dated.id, organisation_id=o["cnipa"])
        _mention(s, ids, "b.txt", "agreement", deal.id, "cooperation agreement")
        s.flush()
        for kind, group in (("organisation", o), ("person", p), ("agreement", ids.agreements)):
            for eid in group.values():
                index_entity(s, kind, eid)
        s.commit()
    return ids


def make(directory: Path) -> tuple[str, Ids]:
    """A fresh database with the review knowledge base; its URL and ids."""
    url = f"sqlite:///{directory / 'review.db'}"
    db = open_database(url)
    try:
        ids = build(db)
    finally:
        db.engine.dispose()
    return url, ids
