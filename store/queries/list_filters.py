"""A Filter's fields as SQL conditions on each list, so that at a million names a filter by
year, kind, party or country reads only what passes (the free text narrows the loaded rows,
as the filter bar always did: tui.widgets.entity_table).

What each field means in each list (`e` is the list's table):

- agreements: all fields, as `ipx stats` counts them (store.queries.stats): dated in the
  years; of one of the agreement kinds; with a party of one of the organisation kinds, and
  one in one of the countries; with every named party taking part (an organisation as a
  party, a person as a signatory or witness);
- organisations: its own kind and country; the years, agreement kinds and parties ask for an
  agreement it is a party to that passes them (kind:mou: party to an MoU; party:CNIPA: its
  partners, CNIPA itself left out);
- officials: a role held in the years, at an organisation of the kind, in the country, at
  the named party (every party named: a role at each); agreement kinds do not apply.

Kinds that are agreement kinds are read as such (`programme`, `other`), as stats reads them.
The SQL is the same on SQLite and PostgreSQL: dates are ISO prefixes, so a year range is a
string range and an undated row falls outside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from store.queries.filters import AGREEMENT_KINDS, Filter

__all__ = ["Narrowing", "narrowing", "relevant"]


@dataclass
class Narrowing:
    """SQL to AND into a list's WHERE (`e` is the list's table) and its named parameters."""

    where: list[str] = field(default_factory=list)
    params: dict[str, Any] = field(default_factory=dict)

    @property
    def sql(self) -> str:
        return "".join(f" AND {w}" for w in self.where)

    def values(self, prefix: str, values: list[Any]) -> str:
        """Bind VALUES as named parameters; the SQL of an IN list (never empty)."""
        if not values:
            return "NULL"
        names = []
        for v in values:
            name = f"{prefix}{len(self.params)}"
            self.params[name] = v
            names.append(f":{name}")
        return ", ".join(names)


def _ids(ids: set[int]) -> str:
    """An IN list of integer ids, inlined (ids come from the store, never from the user)."""
    return ", ".join(str(int(i)) for i in sorted(ids)) or "NULL"


def _named(session: Session, party: str) -> tuple[set[int], set[int]]:
    """The organisations and people a typed party means, by the rule `ipx stats` uses."""
    from store.queries.stats import _named as named  # one rule for the lists and the counts

    return named(session, party)


def _dated(n: Narrowing, column: str, filt: Filter) -> list[str]:
    """A stored date (an ISO prefix) within the filter's years."""
    out = []
    if filt.year_from is not None:
        out.append(f"{column} >= {n.values('y', [f'{filt.year_from:04d}'])}")
    if filt.year_to is not None:
        out.append(f"{column} < {n.values('y', [f'{filt.year_to + 1:04d}'])}")
    return out


def _held(n: Narrowing, filt: Filter) -> list[str]:
    """A role (`r`) held at some time in the filter's years: begun before the range ends,
    not ended before it begins, and dated at one end at least."""
    if filt.year_from is None and filt.year_to is None:
        return []
    out = ['(r.start IS NOT NULL OR r."end" IS NOT NULL)']
    if filt.year_to is not None:
        out.append(f"(r.start IS NULL OR r.start < {n.values('y', [f'{filt.year_to + 1:04d}'])})")
    if filt.year_from is not None:
        out.append(f'(r."end" IS NULL OR r."end" >= {n.values("y", [f"{filt.year_from:04d}"])})')
    return out


def _org_kinds(filt: Filter) -> list[str]:
    """The kinds that are organisation kinds only (an agreement kind is read as one)."""
    return sorted(filt.kinds - AGREEMENT_KINDS)


def _countries(filt: Filter) -> list[str]:
    return sorted(c.upper() for c in filt.countries)


def _taking_part(agreement: str, orgs: set[int], people: set[int]) -> str:
    """The agreement AGREEMENT has one of ORGS as a party or one of PEOPLE among its people."""
    return (
        f"{agreement} IN (SELECT agreement_id FROM agreementparty WHERE (role = 'party'"
        f" AND organisation_id IN ({_ids(orgs)})) OR person_id IN ({_ids(people)}))"
    )


def _agreement_terms(
    n: Narrowing, filt: Filter, parties: list[tuple[set[int], set[int]]], a: str
) -> list[str]:
    """What the agreement `a` must satisfy: years, agreement kinds, parties."""
    terms = _dated(n, f"{a}.date", filt)
    kinds = sorted(filt.agreement_kinds)
    if kinds:
        terms.append(f"{a}.kind IN ({n.values('k', kinds)})")
    for orgs, people in parties:
        terms.append(_taking_part(f"{a}.id", orgs, people))
    return terms


def _org_terms(n: Narrowing, filt: Filter, o: str) -> list[str]:
    """What the organisation `o` must satisfy: kinds and countries."""
    terms = []
    kinds = _org_kinds(filt)
    if kinds:
        terms.append(f"{o}.kind IN ({n.values('k', kinds)})")
    countries = _countries(filt)
    if countries:
        terms.append(f"UPPER({o}.country) IN ({n.values('c', countries)})")
    return terms


def _orgs_where(terms: list[str]) -> str:
    """The ids of the organisations that satisfy TERMS (a scan of organisations, the
    smallest table a kind or a country narrows)."""
    return f"(SELECT o.id FROM organisation o WHERE {' AND '.join(terms)})"


def _agreements(n: Narrowing, filt: Filter, parties: list[tuple[set[int], set[int]]]) -> None:
    n.where += _agreement_terms(n, filt, parties, "e")
    for term in _org_terms(n, filt, "o"):  # each on its own: any party of a kind, any in a country
        n.where.append(
            "e.id IN (SELECT ap.agreement_id FROM agreementparty ap WHERE ap.role = 'party'"
            f" AND ap.organisation_id IN {_orgs_where([term])})"
        )


def _organisations(n: Narrowing, filt: Filter, parties: list[tuple[set[int], set[int]]]) -> None:
    n.where += _org_terms(n, filt, "e")
    terms = _agreement_terms(n, filt, parties, "a")
    if terms:
        n.where.append(
            "e.id IN (SELECT ap.organisation_id FROM agreementparty ap JOIN agreement a"
            " ON a.id = ap.agreement_id WHERE ap.role = 'party' AND " + " AND ".join(terms) + ")"
        )
    named = set().union(*(orgs for orgs, _ in parties)) if parties else set()
    if named:  # partners of a party, not the party itself
        n.where.append(f"e.id NOT IN ({_ids(named)})")


def _officials(n: Narrowing, filt: Filter, parties: list[tuple[set[int], set[int]]]) -> None:
    role = _held(n, filt)
    orgs = _org_terms(n, filt, "o")
    if orgs:
        role.append(f"r.organisation_id IN {_orgs_where(orgs)}")
    if role:
        n.where.append(f"e.id IN (SELECT r.person_id FROM role r WHERE {' AND '.join(role)})")
    for named, _people in parties:
        at = " AND ".join([f"r.organisation_id IN ({_ids(named)})", *_held(n, filt)])
        n.where.append(f"e.id IN (SELECT r.person_id FROM role r WHERE {at})")


def relevant(kind: str, filt: Filter) -> Filter:
    """The part of FILT's fields that narrows the list of KIND (no free text): a change of
    the rest leaves the list as it is (kind:mou says nothing of the officials)."""
    from dataclasses import replace

    fields = replace(filt, text="")
    if kind == "person":
        return replace(fields, kinds=fields.kinds - AGREEMENT_KINDS)
    return fields


def narrowing(session: Session, kind: str, filt: Filter | None) -> Narrowing:
    """The SQL that narrows the list of KIND ('organisation', 'person', 'agreement') to what
    FILT's fields let through (its free text is not SQL: see the module docstring)."""
    n = Narrowing()
    if filt is None:
        return n
    parties = [_named(session, p) for p in filt.parties]
    {"agreement": _agreements, "organisation": _organisations, "person": _officials}[kind](
        n, filt, parties
    )
    return n
