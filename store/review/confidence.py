"""A confidence for every entity and fact, derived from its evidence.

The evidence is read in a few grouped queries per list of ids (the lists, search results,
the queue), never row by row:

- the reference data: an entity made from it, a fact it states;
- the documents that state it, and how many mentions;
- the strongest pattern that found it (`Mention.confidence`, set by the extractors);
- agreement between the extractors: stated in documents of both languages;
- judgements: what a person accepted or edited is 1.0 and `reviewed`;
- doubts: what its name's shape or its missing parts suggest (signals.py).

The rule, in P(wrong): the pattern's own doubt (1 - strength), halved by each further
document, times 0.6 when both languages state it, at most 0.03 for the reference data; then
a shape doubt is added as an independent cause (noisy-OR), weakened by the square root of
the documents that state it. Confidence is 1 - P(wrong).

DB-API through store.search.connection, so that `ipx search` on a plain sqlite3 connection
reads it too (no SQLAlchemy).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from math import sqrt
from typing import Any

from store.review.model import Confidence
from store.review.signals import (
    NONE,
    Doubt,
    agreement_doubt,
    organisation_doubt,
    person_doubt,
    role_doubt,
)
from store.search.connection import DB, chunks, marks

KINDS = ("organisation", "person", "role", "agreement")
#: a fact without mentions (typed in, or from an exchange file without them)
UNSTATED_WRONG = 0.2
#: no pattern is surer than this on its own: one document by one pattern is at most 0.95
PATTERN_FLOOR = 0.05
REFERENCE_WRONG = 0.03
#: each further document that states it multiplies P(wrong) by this
PER_DOCUMENT = 0.5
BOTH_LANGUAGES = 0.6


@dataclass
class Evidence:
    """What one entity or fact rests on, as read from the store."""

    documents: int = 0
    mentions: int = 0
    pattern: float | None = None
    languages: int = 0
    reference: bool = False
    reviewed: bool = False
    doubt: Doubt = NONE


def score(e: Evidence) -> Confidence:
    """The confidence the evidence gives (the rule in the module's docstring)."""
    wrong = UNSTATED_WRONG if e.pattern is None else max(1.0 - e.pattern, PATTERN_FLOOR)
    if e.documents > 1:
        wrong *= PER_DOCUMENT ** (e.documents - 1)
    if e.languages > 1:
        wrong *= BOTH_LANGUAGES
    doubt, why = NONE if e.reference else e.doubt
    if e.reference:
        wrong = min(wrong, REFERENCE_WRONG)
    if doubt:
        wrong = 1 - (1 - wrong) * (1 - doubt / sqrt(max(e.documents, 1)))
    value = 1.0 if e.reviewed else round(max(0.0, min(1.0, 1 - wrong)), 3)
    return Confidence(
        value=value,
        reviewed=e.reviewed,
        documents=e.documents,
        mentions=e.mentions,
        pattern=e.pattern,
        languages=e.languages,
        reference=e.reference,
        doubt=round(doubt, 3),
        why=why,
    )


def confidences(conn: Any, kind: str, ids: Iterable[int]) -> dict[int, Confidence]:
    """The confidence of each of these entities or facts of one kind (absent ids left out).
    `conn`: a Session, a SQLAlchemy connection, or a sqlite3/psycopg connection."""
    if kind not in KINDS:
        raise ValueError(f"{kind}: no confidence for this kind")
    db = DB(conn)
    wanted = sorted(set(ids))
    out: dict[int, Confidence] = {}
    for chunk in chunks(wanted, 500):
        evidence = _rows(db, kind, list(chunk))
        _mentions(db, kind, list(chunk), evidence)
        _reviewed(db, kind, list(chunk), evidence)
        out.update({i: score(e) for i, e in evidence.items()})
    return out


def confidence_of(conn: Any, kind: str, id: int) -> Confidence | None:
    return confidences(conn, kind, [id]).get(id)


def _rows(db: DB, kind: str, ids: list[int]) -> dict[int, Evidence]:
    """The rows themselves: the reference, and the doubt their names or parts give."""
    q = marks(len(ids))
    out: dict[int, Evidence] = {}
    if kind == "organisation":
        for i, name, ref in db.all(
            f"SELECT id, name, ref_id FROM organisation WHERE id IN ({q})", ids
        ):
            out[i] = Evidence(reference=bool(ref), doubt=organisation_doubt(name))
    elif kind == "person":
        for i, name, ref in db.all(f"SELECT id, name, ref_id FROM person WHERE id IN ({q})", ids):
            out[i] = Evidence(reference=bool(ref), doubt=person_doubt(name))
    elif kind == "role":
        for i, origin, org in db.all(
            f"SELECT id, origin, organisation_id FROM role WHERE id IN ({q})", ids
        ):
            out[i] = Evidence(reference=origin == "reference", doubt=role_doubt(org is not None))
    else:
        rows = db.all(
            "SELECT a.id, a.origin, a.date, (SELECT COUNT(*) FROM agreementparty p"
            " WHERE p.agreement_id = a.id AND p.role = 'party' AND p.organisation_id IS NOT NULL)"
            f" FROM agreement a WHERE a.id IN ({q})",
            ids,
        )
        for i, origin, date, parties in rows:
            out[i] = Evidence(
                reference=origin == "reference", doubt=agreement_doubt(int(parties), bool(date))
            )
    return out


def _mentions(db: DB, kind: str, ids: list[int], evidence: dict[int, Evidence]) -> None:
    rows = db.all(
        "SELECT m.target_id, COUNT(DISTINCT m.document_id), COUNT(*), MAX(m.confidence),"
        " COUNT(DISTINCT d.lang) FROM mention m JOIN document d ON d.id = m.document_id"
        f" WHERE m.target_type = ? AND m.target_id IN ({marks(len(ids))}) GROUP BY m.target_id",
        [kind, *ids],
    )
    for i, docs, n, best, langs in rows:
        e = evidence.get(i)
        if e is not None:
            e.documents, e.mentions, e.languages = int(docs), int(n), int(langs)
            e.pattern = float(best) if best is not None else None


def _reviewed(db: DB, kind: str, ids: list[int], evidence: dict[int, Evidence]) -> None:
    """Accepted or edited by a person, in a judgement in force."""
    rows = db.all(
        "SELECT DISTINCT target_id FROM judgement WHERE target_type = ? AND undone_at IS NULL"
        f" AND action IN ('accept', 'edit') AND target_id IN ({marks(len(ids))})",
        [kind, *ids],
    )
    for (i,) in rows:
        if i in evidence:
            evidence[i].reviewed = True
