"""Doubts an agreement's parties give away beyond their count (signals.py `agreement_doubt`
weighs a missing party or date):

- a body and its own unit both parties (an office and the agency it sits under, a
  university and its transfer office): one side named twice, or the unit taken for the
  other side (4 of 4 such agreements of the annotated development sets were wrong);
- three parties or more, for a kind of instrument two sides sign (a memorandum, an
  agreement, a work plan, a letter of intent: any kind but those review.txt
  `multiparty_kinds` lists, which as many adopt as attend), when the sentences that state
  it name some of the parties and not another: a body named elsewhere in the text (a
  ministry above an office, a government in a descriptor, the other party of another
  agreement) was taken for a party. In the development sets 11 of 11 such agreements had
  a party too many; of those whose sentences name every party, or none (a group that
  signs through a collective name), about half were right, so they are not doubted.

Read in a few grouped queries, for the ids asked (all when None), on any DB-API connection
(store.search.connection); the sentences are read only for the rare agreements of three
parties or more.
"""

from __future__ import annotations

from functools import cache

from store.review.fact_signs import AGREEMENT, UNIT_AND_BODY, UNNAMED_THIRD, fact_p
from store.review.sign import Sign
from store.review.signals import Doubt
from store.search.connection import DB, chunks, marks
from store.text import lexicon
from store.text.sentences import sentence_bounds

Sentence = tuple[int, int, int]  # document, start, end


@cache
def _multiparty_kinds() -> frozenset[str]:
    return frozenset(lexicon.words("review.txt", "multiparty_kinds"))


def party_doubts(db: DB, ids: list[int] | None) -> dict[int, Doubt]:
    """The doubt each agreement's parties give (those with none left out), as often as
    agreements showing it were wrong (fact_signs.py: rows `unit_and_body`, `unnamed_third`)."""
    out = {}
    for aid, sign in party_signs(db, ids).items():
        p = fact_p(AGREEMENT, sign.key)
        if p:
            out[aid] = (p, sign.why)
    return out


def party_signs(db: DB, ids: list[int] | None) -> dict[int, Sign]:
    """The sign each agreement's parties show (those showing none left out)."""
    if ids is not None and not ids:
        return {}
    where = "1 = 1" if ids is None else f"p.agreement_id IN ({marks(len(ids))})"
    rows = db.all(
        "SELECT p.agreement_id, p.organisation_id, a.kind FROM agreementparty p"
        " JOIN agreement a ON a.id = p.agreement_id WHERE p.role = 'party'"
        f" AND p.organisation_id IS NOT NULL AND {where}",
        ids or [],
    )
    parties: dict[int, set[int]] = {}
    kinds: dict[int, str] = {}
    for aid, org, kind in rows:
        parties.setdefault(aid, set()).add(org)
        kinds[aid] = kind or ""
    above = _ancestors(db, {o for found in parties.values() for o in found})
    out: dict[int, Sign] = {}
    many: dict[int, set[int]] = {}
    for aid, found in parties.items():
        if any(above.get(p, set()) & found for p in found):
            out[aid] = Sign(UNIT_AND_BODY, "a body and its own unit as two parties")
        elif len(found) > 2 and kinds[aid] not in _multiparty_kinds():
            many[aid] = found
    for aid, named in _named_in_sentences(db, many).items():
        if 0 < len(named) < len(many[aid]):
            out[aid] = Sign(
                UNNAMED_THIRD, f"{len(many[aid])} parties, one its sentences never name"
            )
    return out


def _ancestors(db: DB, orgs: set[int]) -> dict[int, set[int]]:
    """Every body above each of ORGS (its parent, the parent's parent...)."""
    parent: dict[int, int | None] = {}
    asked: set[int] = set()
    todo = set(orgs)
    while todo:
        asked |= todo
        for chunk in chunks(sorted(todo), 500):
            for oid, up in db.all(
                f"SELECT id, parent_id FROM organisation WHERE id IN ({marks(len(chunk))})",
                list(chunk),
            ):
                parent[oid] = up
        todo = {p for p in parent.values() if p is not None} - asked
    out: dict[int, set[int]] = {}
    for oid in orgs:
        seen: set[int] = set()
        up = parent.get(oid)
        while up is not None and up not in seen:
            seen.add(up)
            up = parent.get(up)
        out[oid] = seen
    return out


def _named_in_sentences(db: DB, parties: dict[int, set[int]]) -> dict[int, set[int]]:
    """The parties a sentence stating each agreement names (agreements whose mentions have
    no span left out: where they stand is unknown)."""
    if not parties:
        return {}
    spans = _spans(db, "agreement", sorted(parties))
    if not spans:
        return {}
    documents = sorted({d for found in spans.values() for d, _, _ in found})
    texts: dict[int, str] = {}
    for chunk in chunks(documents, 500):
        texts.update(
            db.all(f"SELECT id, text FROM document WHERE id IN ({marks(len(chunk))})", chunk)
        )
    sentences: dict[int, set[Sentence]] = {
        aid: {(d, *sentence_bounds(texts[d], a, b)) for d, a, b in found}
        for aid, found in spans.items()
    }
    bodies = _spans(db, "organisation", sorted({o for found in parties.values() for o in found}))
    return {
        aid: {
            o
            for o in parties[aid]
            if any(
                d == sd and sa <= a and b <= sb
                for d, a, b in bodies.get(o, set())
                for sd, sa, sb in inside
            )
        }
        for aid, inside in sentences.items()
    }


def _spans(db: DB, kind: str, ids: list[int]) -> dict[int, set[Sentence]]:
    """Where each of IDS is mentioned, by (document, start, end), mentions with a span only."""
    out: dict[int, set[Sentence]] = {}
    for chunk in chunks(ids, 500):
        for target, document, start, end in db.all(
            'SELECT target_id, document_id, start, "end" FROM mention WHERE target_type = ?'
            f' AND "end" > start AND target_id IN ({marks(len(chunk))})',
            [kind, *chunk],
        ):
            out.setdefault(target, set()).add((document, start, end))
    return out
