"""What the explorer's Review pane asks of review beyond the queue and the verdicts: the
fields of its edit form with their current values, the form's text turned into an edit's
change, and the one line that says what a verdict did.

The form is typed text (a name, a title, a date as people write it, parties by name), so
the words are checked here, once, into what `judge.judge(..., "edit", change=...)` takes:
a date through store.text.dates, organisations through store.queries.find. A value that
cannot be used is a ReviewError naming the field and the value, in one line.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlmodel import Session, col, select

from store.models import Agreement, AgreementParty, Organisation, Role
from store.review.items import ReviewError
from store.review.model import Subject

#: how the form writes an agreement's parties: names in one line, set off by this
PARTY_SEPARATOR = ";"
#: what the pane says a verdict did
DONE = {
    "accept": "Accepted",
    "reject": "Rejected",
    "merge": "Merged",
    "distinct": "Marked as not the same:",
    "edit": "Edited",
}


@dataclass(frozen=True)
class EditField:
    """One field of the edit form: KEY as an edit's change names it, its LABEL, the VALUE it
    holds now, and a HINT on how to write it."""

    key: str  # name, title, date, parties, organisation
    label: str
    value: str
    hint: str = ""


def edit_fields(session: Session, subject: Subject) -> list[EditField]:
    """What the form edits for SUBJECT: an entity's name; an agreement's title, date and
    parties; a role's title, start and organisation."""
    if subject.kind in ("organisation", "person"):
        return [EditField("name", "Name", subject.name)]
    if subject.kind == "agreement":
        ag = session.get(Agreement, subject.id)
        if ag is None:
            raise ReviewError(f"a{subject.id}: no such agreement (rejected, or never there)")
        parties = [_org_name(session, oid) for oid in _party_ids(session, subject.id)]
        return [
            EditField("title", "Title", ag.title),
            EditField("date", "Date", ag.date or "", "2017, 2017-02, 3 February 2017"),
            EditField(
                "parties",
                "Parties",
                f"{PARTY_SEPARATOR} ".join(parties),
                f"organisations by name or acronym, set off by {PARTY_SEPARATOR}",
            ),
        ]
    role = session.get(Role, subject.id)
    if role is None:
        raise ReviewError(f"r{subject.id}: no such role (rejected, or never there)")
    org = _org_name(session, role.organisation_id) if role.organisation_id else ""
    return [
        EditField("title", "Title", role.title),
        EditField("date", "Since", role.start or "", "2017, 2017-02, 3 February 2017"),
        EditField("organisation", "Organisation", org, "a name or acronym; empty for none"),
    ]


def _party_ids(session: Session, agreement_id: int) -> list[int]:
    rows = session.exec(
        select(AgreementParty.organisation_id)
        .where(
            col(AgreementParty.agreement_id) == agreement_id,
            col(AgreementParty.role) == "party",
            col(AgreementParty.organisation_id).is_not(None),
        )
        .order_by(col(AgreementParty.id))
    )
    return [oid for oid in rows if oid is not None]


def _org_name(session: Session, oid: int) -> str:
    org = session.get(Organisation, oid)
    return org.name if org else f"o{oid}"


def edit_change(session: Session, fields: list[EditField], typed: dict[str, str]) -> dict[str, Any]:
    """The change an edit makes: the fields whose TYPED text differs from what they held,
    as judge() takes them (a date as ISO, organisations as ids). Empty when nothing
    changed."""
    change: dict[str, Any] = {}
    for f in fields:
        text = " ".join(typed.get(f.key, f.value).split())
        if text == " ".join(f.value.split()):
            continue
        if f.key in ("name", "title"):
            if not text:
                raise ReviewError(f"{f.label}: it cannot be empty")
            change[f.key] = text
        elif f.key == "date":
            change["date"] = _date(f.label, text)
        elif f.key == "parties":
            names = [n.strip() for n in text.split(PARTY_SEPARATOR) if n.strip()]
            change["parties"] = [organisation_named(session, n) for n in names]
        elif f.key == "organisation":
            none = not text or text.casefold() == "none"
            change["organisation"] = None if none else organisation_named(session, text)
    return change


def _date(label: str, text: str) -> str:
    """TEXT as an ISO date or its prefix ('' clears it)."""
    from store.text.dates import iso_prefix

    if not text:
        return ""
    found = iso_prefix(text)
    if found is None:
        raise ReviewError(f"{label} {text!r}: not a date (2017, 2017-02 or 3 February 2017)")
    return found


def organisation_named(session: Session, name: str) -> int:
    """The organisation NAME means (a name, an acronym, an id such as o12)."""
    from store.queries import find

    found = [e for e in find(session, name, "organisation") if e.kind == "organisation"]
    if not found:
        raise ReviewError(f"{name!r}: no organisation of that name or id")
    return found[0].id


def verdict_line(action: str, item: str, title: str) -> str:
    """'Rejected o12 (Ministry of State)': what the pane says once a verdict is applied."""
    return f"{DONE[action]} {item} ({title})"


def undo_line(action: str, item: str, by: str) -> str:
    return f"Undid {action} of {item} by {by}"
