"""The review queue: every kind of doubt in one list, ranked by what reviewing it is worth.

Five kinds of item: an entity that is probably no entity (a phrase, a fragment, a group of
bodies, a single weak mention); a probable duplicate pair; a role whose organisation is
uncertain; an agreement short of two parties or a date, or with a party too many; one
document's mention of an entity that document may not mean (mentions.py). Each is
ranked by its expected benefit: the probability it is wrong times how visible it is (what a
reader meets it through), so that the first minutes of review fix the most. What a person
judged leaves the queue: accepted or edited subjects are reviewed, rejected ones are gone,
merged pairs are one, distinct pairs are never suggested again.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlmodel import Session

from store.review.confidence import confidences
from store.review.described_refs import WHY as DESCRIBED_WHY
from store.review.described_refs import described_references
from store.review.fact_items import agreement_items, role_items
from store.review.items import item_id
from store.review.model import ENTITY, PAIR, ReviewItem, Subject
from store.review.polities import WHY as POLITY_WHY
from store.review.polities import named_once_polity
from store.review.visibility import Live, Seen, Visibility, fetch_rows, visibility_of
from store.views.refs import ref

if TYPE_CHECKING:
    from store.review.pairs import Pair

#: an entity likelier wrong than this (calibration.py) is an item; below, one only one document
#: states waits at the tail (visibility 1), so the whole queue holds every unconfirmed name;
#: so does one whose name's shape is doubted, however many documents state it: a second
#: document confirms that the name is written, not its shape (the same pattern makes the same
#: wrong name in each text: a body described rather than named, "IP authority of X", is no
#: one body because two texts describe one so)
ENTITY_THRESHOLD = 0.25
#: a pair less likely one than this is not suggested
PAIR_THRESHOLD = 0.3
#: sources shown per subject
SOURCES = 3
_NOUN = {"organisation": "an organisation", "person": "an official"}


@dataclass
class RankedQueue:
    """The whole queue ranked, each item made only when asked for: a large knowledge base
    ranks tens of thousands of pairs, and a reader sees a screenful (the Review pane reads
    the next page as the cursor comes near)."""

    #: (-score, -p_wrong, item id, the item or the pair it is made from), first first
    ranked: list[tuple[float, float, str, Any]]
    live: Live

    def __len__(self) -> int:
        return len(self.ranked)

    def items(self, start: int = 0, stop: int | None = None) -> list[ReviewItem]:
        """The items from START to STOP (without their sources)."""
        from store.review.mentions import MentionDoubt, mention_item

        return [
            r[3]
            if isinstance(r[3], ReviewItem)
            else mention_item(r[3], self.live)
            if isinstance(r[3], MentionDoubt)
            else _pair_item(r[3], self.live)
            for r in self.ranked[start:stop]
        ]


def ranked_queue(session: Session, *, kept: Path | None = None) -> RankedQueue:
    """Every item of the queue, ranked, none judged in force. `kept`: the SQLite file whose
    candidate pairs are kept between processes (kept.py)."""
    with _no_cycle_collection():
        return _ranked_queue(session, kept)


def _kept_items(session: Session, limit: int, with_sources: bool) -> list[ReviewItem] | None:
    """The first LIMIT items, as the latest ranking kept them when the store has not changed
    since, and kept for the next, with the sources of those shown (kept.py: `ipx review` in
    a new process shows a screenful of a queue it would otherwise rank whole). None when
    the database is not a SQLite file, or LIMIT passes what is kept."""
    from store.review import kept as cache
    from store.review.catchup import judgement_state

    database = cache.database_file(session)
    if database is None or limit > cache.HEAD:
        return None
    before = (cache.fingerprint(session), judgement_state(session))
    found = _caught_up(session, cache.load(database, before[0]))
    if found is None:
        ranked = ranked_queue(session, kept=database)
        head, sourced, changed = ranked.items(0, cache.KEEP), 0, True
        whole = len(ranked) <= cache.KEEP
    else:
        head, sourced, changed, whole = found
    chosen = head[:limit]
    if with_sources:
        for item in chosen[sourced:]:
            item.sources = sources_of_item(session, item)
    if (changed or len(chosen) > sourced) and (
        cache.fingerprint(session),
        judgement_state(session),
    ) == before:
        sourced = max(sourced, len(chosen) * with_sources)
        cache.keep(database, before[0], (before[1], head, sourced, whole))
    return chosen


def _caught_up(session: Session, found: Any) -> tuple[list[ReviewItem], int, bool, bool] | None:
    """The kept items (kept.py: the judgements' state then, the items, how many lead with
    their sources, whether they are the whole queue) less those the verdicts given since
    closed (catchup.py), how many of them lead with their sources, whether any was closed,
    and whether they are the whole queue; None when the queue must be ranked again
    (nothing kept, a verdict that changed rows, too few items left)."""
    from store.review import kept as cache
    from store.review.catchup import closed_since

    if found is None:
        return None
    state, kept, sourced, whole = found
    closed = closed_since(session, state, kept)
    if closed is None:
        return None
    head = [i for i in kept if i.id not in closed]
    if not whole and len(head) < cache.HEAD:
        return None
    return head, sum(i.id not in closed for i in kept[:sourced]), bool(closed), whole


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while the queue is ranked: ranking allocates hundreds
    of thousands of small objects, none in a cycle, and each full collection the allocations
    set off walks every object alive (a fifth of the time on 15,000 entities). It runs
    again as soon as the queue is ranked, with what survived the ranking moved to the
    oldest generation first (freeze, then unfreeze: no object is walked), else the first
    young collection after it walks every one of them (0.18 s on 15,000 entities). Not
    when something else froze objects (the explorer does): unfreezing would release them."""
    paused = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if paused:
            if not gc.get_freeze_count():
                gc.freeze()
                gc.unfreeze()
            gc.enable()


def live_entities(session: Session) -> Live:
    """The names of the organisations and people not merged away, by id."""
    return {k: _live_ids(session, k) for k in ("organisation", "person")}


def _ranked_queue(session: Session, kept: Path | None) -> RankedQueue:
    from store.review.mentions import ranked_mentions

    live = live_entities(session)
    seen = {k: visibility_of(session, k) for k in ("organisation", "person")}
    bodies = confidences(session, "organisation", live["organisation"], whole=True)
    ranked: list[tuple[float, float, str, Any]] = [
        (-i.score, -i.p_wrong, i.id, i)
        for i in (
            *_entity_items(session, "organisation", live, seen, bodies),
            *_entity_items(session, "person", live, seen),
            *role_items(session, bodies),
            *agreement_items(session),
            *_misplaced_items(session, seen),
        )
    ]
    ranked += ranked_mentions(session, live)  # (made items only when shown)
    best: dict[str, tuple[float, float, str, Any]] = {}
    for r in ranked:  # a reference body both misplaced and a polity named once: one item
        if r[2] not in best or _rank(r) < _rank(best[r[2]]):
            best[r[2]] = r
    ranked = list(best.values())
    cut = {i.id: i for i in _cut_items(session, seen, ranked)}  # (in place of a weaker doubt)
    ranked = [r for r in ranked if r[2] not in cut] + [
        (-i.score, -i.p_wrong, k, i) for k, i in cut.items()
    ]
    ranked += _ranked_pairs(session, "organisation", live, seen, kept)
    ranked += _ranked_pairs(session, "person", live, seen, kept)
    judged = _keys_in_force(session)
    if judged:
        ranked = [r for r in ranked if r[2] not in judged]
    ranked.sort(key=_rank)
    return RankedQueue(ranked, live)


def _rank(r: tuple[float, float, str, Any]) -> tuple[float, float, str]:
    return r[0], r[1], r[2]  # (ids are unique: the item itself is never compared)


def review_queue(
    session: Session, *, limit: int | None = None, with_sources: bool = True, kept: bool = False
) -> list[ReviewItem]:
    """The queue, most worth reviewing first (at most LIMIT items). Tens of thousands of
    pairs may be ranked: each is an item (names, reason, references) only when it is
    among those returned. `kept`: read and keep them as _kept_items says."""
    if kept and limit is not None:
        found = _kept_items(session, limit, with_sources)
        if found is not None:
            return found
    chosen = ranked_queue(session).items(0, limit)
    if with_sources:
        for item in chosen:
            item.sources = sources_of_item(session, item)
    return chosen


def queue_item(session: Session, item: str) -> ReviewItem | None:
    """One item of the queue by its id, with its sources (None when the queue lacks it)."""
    found = next((i for i in review_queue(session, with_sources=False) if i.id == item), None)
    if found is not None:
        found.sources = sources_of_item(session, found)
    return found


def sources_of_item(session: Session, item: ReviewItem) -> list[Any]:
    """The sentences behind the item's subjects, each with its mentions' spans (a mention
    item's: its document's)."""
    from store.queries.sources import sources_of

    if item.document is not None:
        from store.review.mentions import sources_of_mention

        return sources_of_mention(session, item, SOURCES)

    out = []
    for s in item.subjects:
        found = sources_of(session, s.kind, s.id, limit=SOURCES)
        if any(not x.highlights for x in found):
            # stated without a span (a body a role or an agreement needed): the sentences
            # of what states it show where it stands
            found = [x for x in found if x.highlights] or _linked_sources(session, s)
        out += found
    once: dict[tuple[int, str], Any] = {}
    for x in out:  # a sentence stating two subjects (or a role and its agreement) once
        once.setdefault((x.document_id, x.sentence), x)
    return list(once.values())


def _linked_sources(session: Session, s: Subject) -> list[Any]:
    from store.queries.sources import sources_of

    queries = {
        "organisation": [
            "SELECT id FROM role WHERE organisation_id = :i",
            "SELECT agreement_id FROM agreementparty WHERE organisation_id = :i",
        ],
        "person": [
            "SELECT id FROM role WHERE person_id = :i",
            "SELECT agreement_id FROM agreementparty WHERE person_id = :i",
        ],
    }.get(s.kind, [])
    out: list[Any] = []
    for sql, kind in zip(queries, ("role", "agreement"), strict=False):
        for (fid,) in fetch_rows(session, sql + " ORDER BY 1", i=s.id)[:SOURCES]:
            out += sources_of(session, kind, fid, limit=1)
    return out[:SOURCES]


def _keys_in_force(session: Session) -> set[str]:
    rows = fetch_rows(
        session, "SELECT key FROM judgement WHERE undone_at IS NULL AND action != 'edit'"
    )
    return {r[0] for r in rows}


def _live_ids(session: Session, kind: str) -> dict[int, str]:
    table = {"organisation": "organisation", "person": "person"}[kind]
    rows = fetch_rows(session, f"SELECT id, name FROM {table} WHERE merged_into IS NULL")
    return {r[0]: r[1] for r in rows}


def _entity_items(
    session: Session, kind: str, live: Live, seen_of: Seen, conf: dict[int, Any] | None = None
) -> list[ReviewItem]:
    """Entities probably no entity (`conf`: the confidences of the live ones, when read)."""
    names = live[kind]
    if conf is None:
        conf = confidences(session, kind, names, whole=True)
    seen = seen_of[kind]
    out = []
    described = described_references(session) if kind == "organisation" else set()
    for eid, c in conf.items():
        p_wrong = 1.0 - c.value
        polity = c.reference and _polity_once(kind, names[eid], c.documents, seen.get(eid))
        counted = c.reference and eid in described  # (described_refs.py)
        if c.reference and not (polity or counted):
            continue
        if c.reviewed or (
            p_wrong < ENTITY_THRESHOLD and c.documents != 1 and not (c.doubt or counted)
        ):
            continue  # (a doubt of the name's shape: more documents do not confirm it)
        tail, once = p_wrong < ENTITY_THRESHOLD, "stated by one document, confirmed by nothing else"
        reason = (
            POLITY_WHY
            if polity
            else DESCRIBED_WHY
            if counted
            else c.why or (once if c.documents == 1 else "stated by no document")
        )
        confirm = tail and not c.why  # a name nothing doubts is only to confirm
        verdict = f"{_NOUN[kind]} to confirm" if confirm else f"probably not {_NOUN[kind]}"
        out.append(
            ReviewItem(
                id=item_id([(kind, eid)]),
                kind=ENTITY,
                subjects=[Subject(kind, eid, names[eid], ref(kind, eid))],
                reason=f"{verdict}: {reason}",
                p_wrong=round(p_wrong, 3),
                visibility=1 if tail else seen.get(eid, Visibility()).visibility,
                to_confirm=confirm,
            )
        )
    return out


def _polity_once(kind: str, name: str, documents: int, seen: Visibility | None) -> bool:
    """A reference government or legislature one document names once (polities.py)."""
    return kind == "organisation" and named_once_polity(
        name, documents, seen.mentions if seen else 0
    )


def _misplaced_items(session: Session, seen_of: Seen) -> list[ReviewItem]:
    """Reference bodies a text may not mean (misplaced.py: another country or a level before)."""
    from store.review.misplaced import P_WRONG, misplaced_references

    seen = seen_of["organisation"]
    return [
        ReviewItem(
            id=item_id([("organisation", m.id)]),
            kind=ENTITY,
            subjects=[Subject("organisation", m.id, m.name, ref("organisation", m.id))],
            reason=f"probably not this body: {m.why}",
            p_wrong=P_WRONG,
            visibility=seen.get(m.id, Visibility()).visibility,
        )
        for m in misplaced_references(session)
    ]


def _cut_items(session: Session, seen_of: Seen, have: list[Any]) -> list[ReviewItem]:
    """Names cut short (cut_short.py) no surer doubt has made an item of."""
    from store.review.cut_short import P_WRONG, cut_short_names

    ids = {r[2] for r in have if -r[1] >= P_WRONG}
    items = (
        ReviewItem(
            id=item_id([(c.kind, c.id)]),
            kind=ENTITY,
            subjects=[Subject(c.kind, c.id, c.name, ref(c.kind, c.id))],
            reason=f"probably not {_NOUN[c.kind]}: {c.why}",
            p_wrong=P_WRONG,
            visibility=seen_of[c.kind].get(c.id, Visibility()).visibility,
        )
        for c in cut_short_names(session)
    )
    return [i for i in items if i.id not in ids]


def distinct_pairs(session: Session, kind: str) -> set[tuple[int, int]]:
    """Pairs judged not the same (smaller id first), as their rows are now."""
    rows = fetch_rows(
        session,
        "SELECT target_id, other_id FROM judgement WHERE action = 'distinct'"
        " AND undone_at IS NULL AND target_type = :k"
        " AND target_id IS NOT NULL AND other_id IS NOT NULL",
        k=kind,
    )
    return {(min(a, b), max(a, b)) for a, b in rows}


def _ranked_pairs(
    session: Session, kind: str, live: Live, seen_of: Seen, kept: Path | None = None
) -> list[tuple[float, float, str, Any]]:
    """Probable duplicates as (-score, -p_wrong, item id, pair): made items by _pair_item
    only when shown."""
    seen = seen_of[kind]
    out = []
    none = Visibility().visibility
    visibility: dict[int, float] = {}  # once per entity, not once per pair

    def visible(i: int) -> float:
        v = visibility.get(i)
        if v is None:
            x = seen.get(i)
            v = visibility[i] = x.visibility if x else none
        return v

    from store.review.pairs import duplicate_pairs

    prefix = ref(kind, 0)[:-1]
    distinct = distinct_pairs(session, kind)
    for pair in duplicate_pairs(session, kind, distinct=distinct, kept=kept):
        if pair.p_same < PAIR_THRESHOLD:
            break  # (the pairs come likeliest first)
        # merging fixes the smaller one's facts: what a reader meets through it
        vis = min(visible(pair.a), visible(pair.b))
        item_id = f"{prefix}{pair.a}+{prefix}{pair.b}"  # pair.a < pair.b: item_id
        out.append((-round(pair.p_same * vis, 3), -pair.p_same, item_id, (pair, vis)))
    return out


def _pair_item(ranked: tuple[Pair, float], live: Live) -> ReviewItem:
    pair, vis = ranked
    kind, names = pair.kind, live[pair.kind]
    return ReviewItem(
        id=f"{ref(kind, pair.a)}+{ref(kind, pair.b)}",
        kind=PAIR,
        subjects=[Subject(kind, i, names[i], ref(kind, i)) for i in (pair.a, pair.b)],
        reason=f"probably one {kind}: {pair.reason}",
        p_wrong=pair.p_same,
        visibility=vis,
    )
