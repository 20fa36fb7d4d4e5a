"""Time, read for the timelines: who headed an organisation when, and every agreement by
date for the explorer's Timeline pane.

Heads are the holders of a title of office that is no lower office: a title of the title
table (`words/titles.tsv`: Director General, Commissioner, Chief Executive, President...)
without a rank word of `words/search.txt [title_ranks]` (deputy, vice, assistant...), in
any of its spellings, abbreviations or Chinese translations (局长 reads as the head titles
it translates, 副局长 as the deputy's). A Director of International Cooperation is not the
Director: only a whole title counts.

The Timeline lists the agreements `store.queries.stats.matching_agreements` selects, in its
order (oldest first, undated last), so that the pane's chart and `ipx stats --by year` count
the same agreements. It is read as a list is (store.queries.lists): the ids in SQL, the
filter's fields as the conditions the Agreements list uses (store.queries.list_filters,
held to what stats selects by tests), in one query that also gives each one's year and kind
for the chart, and the rows a page at a time (`timeline_page`). Free text is matched as
stats matches it, in Python.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlmodel import Session

from store.queries.batch import chunks, org_names
from store.queries.details import RoleInfo
from store.queries.filters import Filter, year_of
from store.queries.list_filters import narrowing
from store.queries.lists import AgreementRow
from store.queries.refs import EntityRef
from store.queries.stats import matching_agreements
from store.text import fold, lexicon
from store.text.titles import is_chinese, title_key, translations

__all__ = ["Timeline", "head_roles", "is_head", "timeline", "timeline_page", "timeline_rows"]


@cache
def _head_keys() -> frozenset[str]:
    """The keys of the titles that head an organisation: the title table's English titles
    that hold no rank word."""
    ranks = {
        entry.partition(" = ")[0].strip().casefold()
        for entry in lexicon.words("search.txt", "title_ranks")
    }
    keys = set()
    for row in lexicon.table("titles.tsv"):
        words = {w.casefold() for w in row["title"].replace("-", " ").split()}
        if not words & ranks:
            keys.add(fold(row["title"]))
    return frozenset(keys)


def is_head(titles: Sequence[str]) -> bool:
    """Whether a role with TITLES heads its organisation (the module docstring's rule)."""
    heads = _head_keys()
    for title in titles:
        if is_chinese(title):
            likely = translations(title)
            if likely and likely[0] in heads:
                return True
        elif title_key(title) in heads:
            return True
    return False


def head_roles(roles: Sequence[RoleInfo]) -> list[RoleInfo]:
    """The roles of ROLES that head their organisation, in the order given."""
    return [r for r in roles if is_head(r.titles)]


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import text

    return list(session.connection().execute(text(sql), params))


#: (year, kind): how many agreements; the year None for the undated
Counts = dict[tuple[int | None, str], int]


@dataclass
class Timeline:
    """The agreements that pass a filter: their ids, oldest first (undated last), and how
    many there are of each year and kind (the chart)."""

    ids: list[int]
    counts: Counts


_ORDER = "ORDER BY COALESCE(e.date, '9999'), e.id"  # matching_agreements' order
_READ = "SELECT e.id, SUBSTR(e.date, 1, 4), e.kind FROM agreement e WHERE {where}"


def _counted(rows: list[Any]) -> Timeline:
    """The ids of ROWS (id, the date's first four characters, kind), in order, and their
    counts by year and kind."""
    counts: Counts = {}
    for _, year, kind in rows:
        key = (year_of(year), kind or "other")
        counts[key] = counts.get(key, 0) + 1
    return Timeline([r[0] for r in rows], counts)


def timeline(session: Session, filt: Filter | None = None) -> Timeline:
    """The ids and the counts of the agreements that pass FILT, as `matching_agreements`
    selects and orders them: one query for the filter's fields; with free text, the ids
    stats matches and a query for their years and kinds."""
    if filt is not None and filt.words:  # free text: as stats matches it
        ids = matching_agreements(session, filt=filt)
        found: dict[int, Any] = {}
        for chunk in chunks(ids):
            where = f"e.id IN ({','.join(map(str, chunk))})"
            found.update((r[0], r) for r in _rows(session, _READ.format(where=where)))
        return _counted([found[i] for i in ids if i in found])
    n = narrowing(session, "agreement", filt)
    return _counted(_rows(session, _READ.format(where="1 = 1" + n.sql) + f" {_ORDER}", **n.params))


def timeline_page(session: Session, ids: Sequence[int]) -> list[AgreementRow]:
    """The rows of the agreements IDS, in that order, with the organisations taking part as
    parties. Read as plain rows (no confidence: the Timeline dims nothing)."""
    agreements: dict[int, tuple[str, str, str | None]] = {}
    parties: dict[int, list[int]] = {}
    for chunk in chunks(list(ids)):
        marks = ",".join(map(str, chunk))
        for aid, title, kind, date in _rows(
            session, f"SELECT id, title, kind, date FROM agreement WHERE id IN ({marks})"
        ):
            agreements[aid] = (title, kind or "other", date)
        for aid, oid in _rows(
            session,
            "SELECT agreement_id, organisation_id FROM agreementparty WHERE role = 'party'"
            f" AND organisation_id IS NOT NULL AND agreement_id IN ({marks}) ORDER BY id",
        ):
            parties.setdefault(aid, []).append(oid)
    names = org_names(session, sorted({o for ps in parties.values() for o in ps}))
    refs = {o: EntityRef("organisation", o, name) for o, name in names.items()}
    return [
        AgreementRow(aid, *agreements[aid], [refs[o] for o in parties.get(aid, []) if o in refs])
        for aid in ids
        if aid in agreements
    ]


def timeline_rows(session: Session, filt: Filter | None = None) -> list[AgreementRow]:
    """Every agreement that passes FILT, oldest first (undated last), with its parties."""
    return timeline_page(session, timeline(session, filt).ids)
