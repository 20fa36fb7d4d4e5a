"""Rows of many entities read at once, in chunks that stay under the parameter limit of
SQLite, so that a list of thousands costs a handful of queries rather than thousands.
"""

from __future__ import annotations

import re

from sqlmodel import Session, col, select

from store.models import AgreementParty, Name, Organisation


def chunks(ids: list[int], n: int = 900) -> list[list[int]]:
    return [ids[i : i + n] for i in range(0, len(ids), n)]


def names_for(session: Session, kind: str, ids: list[int]) -> dict[int, list[Name]]:
    """The names of each entity, in id order."""
    out: dict[int, list[Name]] = {}
    for chunk in chunks(ids):
        q = (
            select(Name)
            .where(Name.entity_type == kind, col(Name.entity_id).in_(chunk))
            .order_by(col(Name.id))
        )
        for n in session.exec(q):
            out.setdefault(n.entity_id, []).append(n)
    return out


def acronyms_of(session: Session, ids: set[int] | list[int]) -> dict[int, str]:
    """{organisation id: its short name} for those of IDS that have one."""
    names = names_for(session, "organisation", sorted(ids))
    found = {eid: acronym_of(ns) for eid, ns in names.items()}
    return {eid: acr for eid, acr in found.items() if acr}


def org_names(session: Session, ids: list[int]) -> dict[int, str]:
    """The display name of each organisation."""
    out: dict[int, str] = {}
    for chunk in chunks(ids):
        q = select(Organisation.id, Organisation.name).where(col(Organisation.id).in_(chunk))
        out.update({i: n for i, n in session.exec(q) if i is not None})
    return out


def parties_of(
    session: Session, agreement_ids: list[int] | None = None
) -> dict[int, list[AgreementParty]]:
    """The parties, signatories and witnesses of each agreement (of all when ids is None)."""
    out: dict[int, list[AgreementParty]] = {}
    groups = chunks(agreement_ids) if agreement_ids is not None else [None]
    for chunk in groups:
        q = select(AgreementParty).order_by(col(AgreementParty.id))
        if chunk is not None:
            q = q.where(col(AgreementParty.agreement_id).in_(chunk))
        for p in session.exec(q):
            out.setdefault(p.agreement_id, []).append(p)
    return out


def _looks_like_acronym(text: str) -> bool:
    """IPOS, IPVN, EnterpriseSG: short, and at least two capitals (not a word like Shanghai)."""
    return (
        re.fullmatch(r"[A-Z][A-Za-z0-9&]{1,11}", text) is not None
        and sum(c.isupper() for c in text) >= 2
    )


def acronym_of(names: list[Name]) -> str | None:
    """The short name to show in lists: a current acronym, else any, else a short name that
    looks like one."""
    current = [n for n in names if n.kind == "acronym" and not n.valid_to]
    any_acr = current or [n for n in names if n.kind == "acronym"]
    if any_acr:
        return any_acr[0].text
    short = [n for n in names if _looks_like_acronym(n.text)]
    return short[0].text if short else None
