"""How many agreements, by year, kind, partner country or partner: what `ipx stats` prints
and the explorer's charts draw, narrowed by the same Filter the filter bar parses.

Counting rules (so every chart and `ipx stats` agree with the knowledge base):

- An agreement counts once per bucket it falls in. By year and by kind that is one bucket;
  by partner, once for each organisation among its parties (with an organisation given:
  once for each *other* party, so an agreement with parties A and B counts once for A's
  partner B); by country, once for each country among those parties' countries (two partners
  from one country count the country once). Parties with no country (most IGOs) add no
  country.
- Only organisations taking part as a party count as partners; signatories and witnesses
  are people.
- Undated agreements count in a last "undated" year bucket, unless a year range is set
  (then they do not pass the filter).

Years come chronologically (undated last); every other count comes largest first, then by
name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlmodel import Session

from store.queries.batch import acronyms_of, chunks
from store.queries.filters import AGREEMENT_KINDS, Filter, year_of
from store.queries.refs import EntityRef, follow_merges, parse_ref
from store.text import fold
from store.views.labels import UNDATED, agreement_kind

__all__ = ["BY", "Count", "agreement_counts", "matching_agreements"]

By = Literal["year", "kind", "country", "partner"]

#: what agreements can be counted by
BY: tuple[By, ...] = ("year", "kind", "country", "partner")


@dataclass
class Count:
    """One bar: a year ('2017', or 'undated'), a kind code ('mou'), an ISO country code or a
    partner's name; how many agreements; the first and last year among them (None when all
    are undated); for a partner, the reference to it."""

    key: str
    count: int
    first_year: int | None = None
    last_year: int | None = None
    ref: EntityRef | None = None


@dataclass
class _Org:
    id: int
    name: str
    kind: str | None
    country: str | None


@dataclass
class _Agreement:
    id: int
    title: str
    kind: str
    date: str | None
    orgs: list[int] = field(default_factory=list)  # organisations taking part as parties
    people: list[int] = field(default_factory=list)  # signatories and witnesses


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import text

    return list(session.connection().execute(text(sql), params))


def _party_agreements(session: Session, org_id: int) -> list[int]:
    rows = _rows(
        session,
        "SELECT DISTINCT agreement_id FROM agreementparty"
        " WHERE organisation_id = :org AND role = 'party'",
        org=org_id,
    )
    return [r[0] for r in rows]


def _load(session: Session, ids: list[int] | None) -> list[_Agreement]:
    """The agreements (all, or those of IDS) with their parties, in date order."""
    groups: Iterable[list[int] | None] = chunks(ids) if ids is not None else [None]
    out: dict[int, _Agreement] = {}
    for chunk in groups:
        where = f" WHERE {{col}} IN ({','.join(map(str, chunk))})" if chunk is not None else ""
        for aid, title, kind, date in _rows(
            session, "SELECT id, title, kind, date FROM agreement" + where.format(col="id")
        ):
            out[aid] = _Agreement(aid, title, kind or "other", date)
        for aid, org, person, role in _rows(
            session,
            "SELECT agreement_id, organisation_id, person_id, role FROM agreementparty"
            + where.format(col="agreement_id")
            + " ORDER BY id",
        ):
            a = out.get(aid)
            if a is None:
                continue
            if org is not None and role == "party" and org not in a.orgs:
                a.orgs.append(org)
            if person is not None and person not in a.people:
                a.people.append(person)
    return sorted(out.values(), key=lambda a: (a.date or "9999", a.id))


def _orgs(session: Session, ids: set[int]) -> dict[int, _Org]:
    """The organisations of IDS by id; one merged away stands for the one it lives in now
    (merges move party rows, so this is only a safeguard)."""
    out: dict[int, _Org] = {}
    for chunk in chunks(sorted(ids)):
        for oid, name, kind, country, merged in _rows(
            session,
            "SELECT id, name, kind, country, merged_into FROM organisation"
            f" WHERE id IN ({','.join(map(str, chunk))})",
        ):
            out[oid] = _Org(oid, name, kind, country)
            if merged is not None:
                live = follow_merges(session, "organisation", oid)
                row = _rows(
                    session, "SELECT name, kind, country FROM organisation WHERE id = :id", id=live
                )
                if row:
                    out[oid] = _Org(live, *row[0])
    return out


# ------------------------------------------------------------------ the filter


def _keys(text: str) -> set[str]:
    """The folded forms of a name as typed, in both Chinese scripts when it has Han."""
    from store.text.script import has_han

    keys = {fold(text)}
    if has_han(text):
        from store.text.chinese import to_simplified, to_traditional

        keys |= {fold(to_simplified(text)), fold(to_traditional(text))}
    return {k for k in keys if k}


def _named(session: Session, party: str) -> tuple[set[int], set[int]]:
    """The organisations and people a typed party means: an id (o12, p3), else every entity
    one of whose names (primary, alias, acronym, previous...) is the typed one, folded."""
    parsed = parse_ref(party)
    if parsed and parsed[0] in ("organisation", "person"):
        live = follow_merges(session, *parsed)
        return ({live}, set()) if parsed[0] == "organisation" else (set(), {live})
    keys = sorted(_keys(party))
    if not keys:
        return set(), set()
    marks = ",".join(f":k{i}" for i in range(len(keys)))
    found: dict[str, set[int]] = {"organisation": set(), "person": set()}
    for kind, eid in _rows(
        session,
        f"SELECT DISTINCT entity_type, entity_id FROM name WHERE folded IN ({marks})",
        **{f"k{i}": k for i, k in enumerate(keys)},
    ):
        if kind in found:
            found[kind].add(follow_merges(session, kind, eid))
    return found["organisation"], found["person"]


def _free_text(a: _Agreement, orgs: dict[int, _Org], acronyms: dict[int, str]) -> str:
    """What the Agreements list shows of A (title, kind, date, parties) and the parties'
    acronyms, folded word by word as the filter bar compares it."""
    texts = [a.title, agreement_kind(a.kind), a.date or UNDATED]
    for oid in a.orgs:
        org = orgs.get(oid)
        texts += [org.name if org else "", acronyms.get(oid, "")]
    return " ".join(w for w in (fold(word) for word in " ".join(texts).split()) if w)


class _Test:
    """FILT made ready to test agreements: typed parties looked up once."""

    def __init__(self, session: Session, filt: Filter, orgs: dict[int, _Org]) -> None:
        self.filt = filt
        self.orgs = orgs
        self.parties = [_named(session, p) for p in filt.parties]
        self.org_kinds = filt.kinds - AGREEMENT_KINDS
        self.words = filt.words
        self.acronyms = acronyms_of(session, set(orgs)) if self.words else {}

    def passes(self, a: _Agreement) -> bool:
        f = self.filt
        if not f.in_years(a.date):
            return False
        if f.agreement_kinds and a.kind not in f.agreement_kinds:
            return False
        party_orgs = [self.orgs[o] for o in a.orgs if o in self.orgs]
        if self.org_kinds and not any(o.kind in self.org_kinds for o in party_orgs):
            return False
        if f.countries and not any(o.country in f.countries for o in party_orgs):
            return False
        live = {o.id for o in party_orgs}
        for orgs, people in self.parties:
            if not (orgs & live or people & set(a.people)):
                return False
        if self.words:
            key = _free_text(a, self.orgs, self.acronyms)
            return all(w in key for w in self.words)
        return True


def _selected(
    session: Session, org_id: int | None, filt: Filter | None
) -> tuple[list[_Agreement], dict[int, _Org]]:
    ids = _party_agreements(session, org_id) if org_id is not None else None
    agreements = _load(session, ids)
    orgs = _orgs(session, {o for a in agreements for o in a.orgs})
    for a in agreements:  # parties as the organisations they are now
        a.orgs = list(dict.fromkeys(orgs[o].id if o in orgs else o for o in a.orgs))
    live = {o.id: o for o in orgs.values()}
    if filt is not None and filt.active:
        test = _Test(session, filt, live)
        agreements = [a for a in agreements if test.passes(a)]
    return agreements, live


def matching_agreements(
    session: Session, *, org_id: int | None = None, filt: Filter | None = None
) -> list[int]:
    """The ids of the agreements ORG_ID is a party to (all, without it) that pass FILT,
    oldest first (undated last): what every count below counts."""
    if org_id is not None:
        org_id = follow_merges(session, "organisation", org_id)
    return [a.id for a in _selected(session, org_id, filt)[0]]


# ------------------------------------------------------------------ counting


def _buckets(a: _Agreement, by: By, org_id: int | None, orgs: dict[int, _Org]) -> list[str | int]:
    """The buckets agreement A counts in."""
    if by == "year":
        year = year_of(a.date)
        return [str(year) if year is not None else UNDATED]
    if by == "kind":
        return [a.kind]
    partners = [o for o in a.orgs if o != org_id]
    if by == "partner":
        return list(partners)
    countries = (orgs[o].country for o in partners if o in orgs)
    return list(dict.fromkeys(c.upper() for c in countries if c))


def _order(by: By, counts: list[Count]) -> list[Count]:
    if by == "year":
        return sorted(counts, key=lambda c: (c.key == UNDATED, c.key))
    return sorted(counts, key=lambda c: (-c.count, c.key.casefold(), c.key))


def agreement_counts(
    session: Session,
    *,
    by: By,
    org_id: int | None = None,
    filt: Filter | None = None,
) -> list[Count]:
    """How many agreements fall in each bucket of BY, among those ORG_ID is a party to (all,
    without it) that pass FILT; the rules are in the module docstring."""
    if by not in BY:
        raise ValueError(f"{by}: cannot count by that (one of {', '.join(BY)})")
    if org_id is not None:
        org_id = follow_merges(session, "organisation", org_id)
    agreements, orgs = _selected(session, org_id, filt)
    years: dict[str | int, list[int]] = defaultdict(list)
    counts: dict[str | int, int] = defaultdict(int)
    for a in agreements:
        year = year_of(a.date)
        for bucket in _buckets(a, by, org_id, orgs):
            counts[bucket] += 1
            if year is not None:
                years[bucket].append(year)
    out = []
    for bucket, n in counts.items():
        ys = years.get(bucket)
        first, last = (min(ys), max(ys)) if ys else (None, None)
        if by == "partner":
            org = orgs.get(int(bucket))
            name = org.name if org else "?"
            out.append(Count(name, n, first, last, EntityRef("organisation", int(bucket), name)))
        else:
            out.append(Count(str(bucket), n, first, last))
    return _order(by, out)
