"""Which stored agreement an agreement fact reports, or a new one.

Two reports are one agreement when the other language's extractor made it in this same
bilingual document, or when another document reported it: the same parties, a compatible
kind and date, and a similar title or the same exact day. Two agreements one extractor
found in one document are never the same (it already told them apart).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from sqlmodel import Session

from importers.facts import AgreementFact
from store import sql, writer
from store.models import Agreement
from store.text import fold

#: Kinds one report may call what another calls by another of them.
_LOOSE_KINDS = frozenset({"mou", "agreement", "other"})


@dataclass
class MadeHere:
    """The agreements this document reported so far: id -> (extractor tag, parties)."""

    agreements: dict[int, tuple[str, set[int]]] = field(default_factory=dict)

    def add(self, aid: int, tag: str, parties: set[int]) -> None:
        known = self.agreements.get(aid, (tag, set()))
        self.agreements[aid] = (known[0], known[1] | parties)


def resolve_agreement(
    session: Session, fact: AgreementFact, *, parties: set[int], here: MadeHere
) -> int:
    """The stored agreement this fact reports (its date made more precise when the fact's
    is), or a new one; `parties` are the resolved organisations of the fact."""
    tag = fact.parties[0].split(":", 1)[0] if fact.parties and ":" in fact.parties[0] else ""
    aid = _told_in_other_language(session, fact, tag=tag, parties=parties, here=here)
    if aid is None:
        aid = _same_agreement(session, fact, reported=set(here.agreements), parties=parties)
    if aid is None:
        ag = writer.new_agreement(session, fact.title, fact.kind, date=fact.date, place=fact.place)
        assert ag.id is not None
        aid = ag.id
    elif fact.date and len(fact.date) > len(_date_of(session, aid) or ""):
        existing = session.get(Agreement, aid)
        if existing is not None:
            existing.date = fact.date
            session.add(existing)
    here.add(aid, tag, parties)
    return aid


def _compatible(fact: AgreementFact, a: Agreement | _Stored) -> bool:
    """Kinds and dates that may describe one agreement ("2019" and "2019-05-12")."""
    date = fact.date
    if a.date and date and not (a.date.startswith(date) or date.startswith(a.date)):
        return False
    return fact.kind == a.kind or {fact.kind, a.kind} <= _LOOSE_KINDS


class _Stored(NamedTuple):
    """What matching reads of a stored agreement."""

    title: str
    kind: str
    date: str | None


def _told_in_other_language(
    session: Session, fact: AgreementFact, *, tag: str, parties: set[int], here: MadeHere
) -> int | None:
    """In a bilingual document the English and the Chinese extractor report the same
    agreement: one of the same kind and date that the other language's extractor made here,
    sharing a party, with the parties of one among the other's; or, when the parties differ
    by the names of each language, the only one of that exact day sharing a party."""
    if not tag:
        return None
    loose: list[int] = []
    for aid, (other_tag, theirs) in here.agreements.items():
        if other_tag == tag or not (parties & theirs):
            continue
        a = session.get(Agreement, aid)
        if a is None or not _compatible(fact, a):
            continue
        if parties <= theirs or theirs <= parties:
            return aid
        if (
            len(parties) == len(theirs)
            and fact.date
            and len(fact.date) == 10
            and a.date == fact.date
        ):
            loose.append(aid)
    # one party each language names its own way (香港设计中心 / Hong Kong Design Centre):
    # the one agreement of the other language of that very day sharing a party
    return loose[0] if len(loose) == 1 else None


def _same_agreement(
    session: Session, fact: AgreementFact, *, reported: set[int], parties: set[int]
) -> int | None:
    """An agreement another document already reported (`reported`: the ones this document
    did): same parties, compatible kind and date, and a similar title or the same exact date.
    """
    date = fact.date
    for aid in sorted(_candidates(session, date, parties) - reported):
        a = _stored(session, aid)
        if a is None or _parties_of(session, aid) != parties or not _compatible(fact, a):
            continue
        exact_day = bool(a.date and date and a.date == date and len(date) >= 7)
        if _similar_titles(fact.title, a.title) or exact_day:
            return aid
    return None


def _candidates(session: Session, date: str | None, parties: set[int]) -> set[int]:
    """Agreements of one of the parties or, with none, of the same date."""
    if parties:
        return {
            aid
            for (aid,) in sql.rows(
                session,
                "SELECT agreementparty.agreement_id FROM agreementparty"
                " WHERE agreementparty.organisation_id = ? AND agreementparty.role = ?",
                [min(parties), "party"],
            )
        }
    same_date, params = sql.equals("agreement.date", date)
    return {
        aid
        for (aid,) in sql.rows(
            session, f"SELECT agreement.id FROM agreement WHERE {same_date}", params
        )
    }


def _stored(session: Session, aid: int) -> _Stored | None:
    got = sql.rows(session, "SELECT title, kind, date FROM agreement WHERE id = ?", [aid])
    return _Stored(*got[0]) if got else None


def _date_of(session: Session, aid: int) -> str | None:
    stored = _stored(session, aid)
    return stored.date if stored else None


def _parties_of(session: Session, aid: int) -> set[int | None]:
    return {
        oid
        for (oid,) in sql.rows(
            session,
            "SELECT agreementparty.organisation_id FROM agreementparty"
            " WHERE agreementparty.agreement_id = ? AND agreementparty.role = ?",
            [aid, "party"],
        )
    }


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"\w+", title.casefold()) if len(w) > 2} or {fold(title)}


def _similar_titles(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa and fb and (fa in fb or fb in fa):
        return True
    wa, wb = _title_words(a), _title_words(b)
    return len(wa & wb) / len(wa | wb) >= 0.5
