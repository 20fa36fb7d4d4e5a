"""From candidates to hits: the classes that can reach the first places, ranked by class,
then by how much of the name the query covers, then by how many documents mention the
entity (matches.order), with its display name and other names.

Only the classes that can reach the first `limit` places are ranked, and at most `RANKED`
candidates (for broad prefixes: the closest keys).
"""

from __future__ import annotations

import math

from store.search.connection import DB, chunks, marks
from store.search.context import contexts
from store.search.matches import BASE, HOW, RANK, Cand, Hit, order
from store.search.probes import Ref, Searcher

RANKED = 150  # candidates ranked at most (or 3 x limit), the best by matches.order


def _contenders(s: Searcher) -> list[tuple[Ref, Cand]]:
    """The best candidates, best first, up to the rank of the `limit`-th."""
    by_rank = sorted(s.cands.items(), key=lambda kv: order(kv[1]))
    keep: list[tuple[Ref, Cand]] = []
    boundary = None
    cap = max(RANKED, 3 * s.limit)
    for ref, c in by_rank:
        if (boundary is not None and RANK[c.cls] > boundary) or len(keep) >= cap:
            break
        keep.append((ref, c))
        if len(keep) >= s.limit and boundary is None:
            boundary = RANK[c.cls]
    return keep


def _display(db: DB, refs: list[Ref]) -> dict[Ref, str]:
    """Display names of the entities still there (not merged away or deleted since indexing)."""
    by_type: dict[str, list[int]] = {}
    for etype, eid in refs:
        by_type.setdefault(etype, []).append(eid)
    display: dict[Ref, str] = {}
    for etype, ids in by_type.items():
        for chunk in chunks(ids, 500):
            if etype == "agreement":
                q = f"SELECT id, title FROM agreement WHERE id IN ({marks(len(chunk))})"
            elif etype in ("person", "organisation"):
                q = (
                    f"SELECT id, name FROM {etype} WHERE id IN ({marks(len(chunk))})"
                    " AND merged_into IS NULL"
                )
            else:
                continue
            for eid, name in db.all(q, chunk):
                display[(etype, eid)] = name
    return display


def _score(c: Cand) -> float:
    """A figure that orders hits as matches.order does: the rank's base, less 10 an edit,
    plus 9 for a whole name covered (in steps of 0.09), plus less than 0.09 for documents."""
    return (
        BASE[RANK[c.cls]]
        - 10.0 * c.dist
        + 9.0 * round(min(c.cover, 1.0), 2)
        + 0.089 * (1.0 - 1.0 / (1.0 + math.log1p(c.docs)))
    )


class Ranked:
    """One entity to show, with how it matched: the name row that matched (`name_id`) or the
    words to show as matched (`matched`, a role search's role)."""

    __slots__ = ("ref", "score", "how", "name_id", "matched")

    def __init__(
        self, ref: Ref, score: float, how: str, name_id: int | None = None, matched: str = ""
    ) -> None:
        self.ref, self.score, self.how = ref, score, how
        self.name_id, self.matched = name_id, matched


def finish(s: Searcher) -> list[Hit]:
    """The hits of a search, best first, at most `limit`."""
    if not s.cands:
        return []
    keep = _contenders(s)
    display = _display(s.db, [ref for ref, _ in keep])
    ranked = sorted(
        ((ref, c) for ref, c in keep if ref in display), key=lambda t: (order(t[1]), t[0])
    )
    rows = [Ranked(ref, _score(c), HOW[c.cls], c.name_id) for ref, c in ranked[: s.limit]]
    return make_hits(s.db, rows, display)


def make_hits(db: DB, rows: list[Ranked], display: dict[Ref, str] | None = None) -> list[Hit]:
    """Hits for `rows`, in their order: display name, every other name, what matched, and the
    context that tells namesakes apart. Entities merged away or deleted are left out."""
    if display is None:
        display = _display(db, [r.ref for r in rows])
    rows = [r for r in rows if r.ref in display]
    names = _names(db, [r.ref for r in rows], [r.name_id for r in rows])
    about = contexts(db.raw, [r.ref for r in rows])
    hits = []
    for r in rows:
        shown = display[r.ref]
        aliases: list[str] = []
        for t in names.get(r.ref, []):
            if t != shown and t not in aliases:
                aliases.append(t)
        matched = r.matched or shown
        if r.name_id:
            matched = names.get(("name", r.name_id), [shown])[0]
        hits.append(
            Hit(
                r.ref[0],
                r.ref[1],
                shown,
                aliases,
                round(r.score, 4),
                matched,
                r.how,
                context=about.get(r.ref, ""),
            )
        )
    return hits


def _names(db: DB, refs: list[Ref], name_ids: list[int | None]) -> dict[Ref, list[str]]:
    """Names of each entity (in id order), and ('name', id) -> [text] for matched names."""
    out: dict[Ref, list[str]] = {}
    by_type: dict[str, list[int]] = {}
    for etype, eid in refs:
        if etype != "agreement":
            by_type.setdefault(etype, []).append(eid)
    for etype, ids in by_type.items():
        for eid, nid, text in db.all(
            f"SELECT entity_id, id, text FROM name WHERE entity_type || '' = ? AND entity_id IN"
            f" ({marks(len(ids))}) ORDER BY id",
            [etype, *ids],
        ):
            out.setdefault((etype, eid), []).append(text)
            out[("name", nid)] = [text]
    missing = sorted({n for n in name_ids if n and ("name", n) not in out})
    if missing:
        for nid, text in db.all(
            f"SELECT id, text FROM name WHERE id IN ({marks(len(missing))})", missing
        ):
            out[("name", nid)] = [text]
    return out
