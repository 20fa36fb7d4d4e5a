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

from store.review.calibration import Profile, p_wrong, sign_p, structure_signs
from store.review.model import Confidence
from store.review.parties import party_doubts
from store.review.signals import (
    ASSURANCES,
    NONE,
    Doubt,
    Sign,
    agreement_doubt,
    organisation_assurances,
    organisation_signs,
    person_signs,
    role_doubt,
)
from store.search.connection import DB, chunks, marks
from store.text import has_han

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
    #: an organisation's or a person's: its kind, its name's signs, and what else is known
    kind: str = ""
    signs: tuple[Sign, ...] | None = None
    links: int = 0
    other_names: bool = False
    country: bool = False


def score(e: Evidence) -> Confidence:
    """The confidence the evidence gives (the rule in the module's docstring; for an
    organisation or a person, its signs weighed as calibration.py says)."""
    if e.signs is not None:
        return _calibrated(e)
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
    return _confidence(e, wrong, doubt, why)


def _calibrated(e: Evidence) -> Confidence:
    assert e.signs is not None
    profile = Profile(e.documents, e.mentions, e.links, e.other_names, e.country, e.pattern)
    shape = [] if e.reference else e.signs
    structure = structure_signs(e.kind, profile, _plain(shape))
    wrong = p_wrong(e.kind, [*structure, *(s.key for s in shape)])
    doubt, why = 0.0, ""
    shape = [s for s in shape if s.key not in ASSURANCES]  # (what speaks for it is no why)
    if shape:
        best = max(shape, key=lambda s: sign_p(e.kind, s.key))
        doubt, why = sign_p(e.kind, best.key), best.why
    elif wrong >= 0.3:
        why = _structure_why(e)
    if e.reference:
        wrong = min(wrong, REFERENCE_WRONG)
    return _confidence(e, wrong, doubt, why)


def _plain(shape: Iterable[Sign]) -> bool:
    """No sign of the name's shape speaks against it (what speaks for it is no doubt)."""
    return all(s.key in ASSURANCES for s in shape)


def _confidence(e: Evidence, wrong: float, doubt: float, why: str) -> Confidence:
    """The evidence and the chance it is wrong, as the lists and `ipx show` report them (a
    reviewed entity is certain)."""
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


def _structure_why(e: Evidence) -> str:
    """What little is known of it, in words."""
    parts = ["named once" if e.mentions <= 1 else "in one document only"]
    if not e.links:
        parts.append("in no agreement or role")
    if not e.other_names:
        parts.append("no acronym or other name")
    return ", ".join(parts)


def confidences(
    conn: Any, kind: str, ids: Iterable[int], *, whole: bool = False
) -> dict[int, Confidence]:
    """The confidence of each of these entities or facts of one kind (absent ids left out).
    `conn`: a Session, a SQLAlchemy connection, or a sqlite3/psycopg connection. `whole`:
    the ids are most of the table (the review queue's): it is read whole, not 500 ids at a
    time."""
    if kind not in KINDS:
        raise ValueError(f"{kind}: no confidence for this kind")
    db = DB(conn)
    wanted = sorted(set(ids))
    out: dict[int, Confidence] = {}
    if whole:
        evidence = _rows(db, kind, None)
        evidence = {i: evidence[i] for i in wanted if i in evidence}
        _mentions(db, kind, None, evidence)
        _reviewed(db, kind, None, evidence)
        return {i: score(e) for i, e in evidence.items()}
    for chunk in chunks(wanted, 500):
        evidence = _rows(db, kind, list(chunk))
        _mentions(db, kind, list(chunk), evidence)
        _reviewed(db, kind, list(chunk), evidence)
        out.update({i: score(e) for i, e in evidence.items()})
    return out


def _in(column: str, ids: list[int] | None) -> tuple[str, list[int]]:
    """`column IN (...)` and its parameters; every row when ids is None."""
    if ids is None:
        return "1 = 1", []
    return f"{column} IN ({marks(len(ids))})", ids


def confidence_of(conn: Any, kind: str, id: int) -> Confidence | None:
    return confidences(conn, kind, [id]).get(id)


def _rows(db: DB, kind: str, ids: list[int] | None) -> dict[int, Evidence]:
    """The rows themselves: the reference, and the doubt their names or parts give."""
    where, params = _in("id", ids)
    out: dict[int, Evidence] = {}
    if kind == "organisation":
        for i, name, ref, country in db.all(
            f"SELECT id, name, ref_id, country FROM organisation WHERE {where}", params
        ):
            out[i] = Evidence(
                reference=bool(ref),
                kind=kind,
                signs=organisation_signs(name) + organisation_assurances(name),
                country=bool(country),
            )
        _structure(db, kind, ids, out)
    elif kind == "person":
        for i, name, ref in db.all(f"SELECT id, name, ref_id FROM person WHERE {where}", params):
            out[i] = Evidence(reference=bool(ref), kind=kind, signs=person_signs(name))
        _structure(db, kind, ids, out)
    elif kind == "role":
        from store.review.misnamed import title_names_its_office

        for i, origin, org, title in db.all(
            f"SELECT id, origin, organisation_id, title FROM role WHERE {where}", params
        ):
            doubt = role_doubt(org is not None, title_names_its_office(title or ""))
            out[i] = Evidence(reference=origin == "reference", doubt=doubt)
    else:
        rows = db.all(
            "SELECT a.id, a.origin, a.date, (SELECT COUNT(*) FROM agreementparty p"
            " WHERE p.agreement_id = a.id AND p.role = 'party' AND p.organisation_id IS NOT NULL)"
            " FROM agreement a WHERE " + _in("a.id", ids)[0],
            params,
        )
        of_parties = party_doubts(db, ids)
        for i, origin, date, parties in rows:
            doubt = max(agreement_doubt(int(parties), bool(date)), of_parties.get(i, NONE))
            out[i] = Evidence(reference=origin == "reference", doubt=doubt)
    return out


#: what links an organisation or a person to the rest of the knowledge base: (the column
#: the ids are in, the query with {where} for its condition)
_LINKS = {
    "organisation": [
        (
            "organisation_id",
            "SELECT organisation_id, COUNT(*) FROM agreementparty WHERE {where}"
            " GROUP BY organisation_id",
        ),
        (
            "organisation_id",
            "SELECT organisation_id, COUNT(*) FROM role WHERE {where} GROUP BY organisation_id",
        ),
        (
            "parent_id",
            "SELECT parent_id, COUNT(*) FROM organisation WHERE {where}"
            " AND merged_into IS NULL GROUP BY parent_id",
        ),
    ],
    "person": [
        (
            "person_id",
            "SELECT person_id, COUNT(*) FROM role WHERE {where}"
            " AND organisation_id IS NOT NULL GROUP BY person_id",
        ),
        (
            "person_id",
            "SELECT person_id, COUNT(*) FROM agreementparty WHERE {where} GROUP BY person_id",
        ),
    ],
}


def _structure(db: DB, kind: str, ids: list[int] | None, evidence: dict[int, Evidence]) -> None:
    """Links, and other names (an acronym, a name in another script), of each entity."""
    for column, sql in _LINKS[kind]:
        where, params = _in(column, ids)
        for i, n in db.all(sql.format(where=where), params):
            if i in evidence:
                evidence[i].links += int(n)
    scripts: dict[int, set[bool]] = {}
    where, params = _in("entity_id", ids)
    for i, text, nkind in db.all(
        f"SELECT entity_id, text, kind FROM name WHERE entity_type = ? AND {where}",
        [kind, *params],
    ):
        e = evidence.get(i)
        if e is None:
            continue
        if nkind == "acronym":
            e.other_names = True
        scripts.setdefault(i, set()).add(has_han(text))
    for i, found in scripts.items():
        if len(found) > 1:
            evidence[i].other_names = True


def _mentions(db: DB, kind: str, ids: list[int] | None, evidence: dict[int, Evidence]) -> None:
    where, params = _in("m.target_id", ids)
    rows = db.all(
        "SELECT m.target_id, COUNT(DISTINCT m.document_id), COUNT(*), MAX(m.confidence),"
        " COUNT(DISTINCT d.lang) FROM mention m JOIN document d ON d.id = m.document_id"
        f" WHERE m.target_type = ? AND {where} GROUP BY m.target_id",
        [kind, *params],
    )
    for i, docs, n, best, langs in rows:
        e = evidence.get(i)
        if e is not None:
            e.documents, e.mentions, e.languages = int(docs), int(n), int(langs)
            e.pattern = float(best) if best is not None else None


def _reviewed(db: DB, kind: str, ids: list[int] | None, evidence: dict[int, Evidence]) -> None:
    """Accepted or edited by a person, in a judgement in force (one document's mention
    accepted is no verdict on the entity: mentions.py)."""
    where, params = _in("target_id", ids)
    rows = db.all(
        "SELECT DISTINCT target_id FROM judgement WHERE target_type = ? AND undone_at IS NULL"
        f" AND action IN ('accept', 'edit') AND item_kind != 'mention' AND {where}",
        [kind, *params],
    )
    for (i,) in rows:
        if i in evidence:
            evidence[i].reviewed = True


def signs_of(conn: Any, kind: str, ids: Iterable[int]) -> dict[int, list[str]]:
    """Every sign (structural and of the name's shape) each organisation or person shows, as
    calibration.py weighs them; bench/calibrate_review.py counts them."""
    db = DB(conn)
    out: dict[int, list[str]] = {}
    for chunk in chunks(sorted(set(ids)), 500):
        evidence = _rows(db, kind, list(chunk))
        _mentions(db, kind, list(chunk), evidence)
        for i, e in evidence.items():
            profile = Profile(e.documents, e.mentions, e.links, e.other_names, e.country, e.pattern)
            shape = e.signs or ()
            out[i] = [*structure_signs(kind, profile, _plain(shape)), *(s.key for s in shape)]
    return out
