"""Item ids and the subjects they name.

An item id is its subjects' references: `o12`, `p3` (is it an entity at all?), `a5` (an
agreement without parties or date), `r7` (the organisation of role 7), `o12+o15` (are they
one?), the smaller id first; `o12@d7`: organisation 12 as document 7 states it (a mention
item, mentions.py; `p3@d7` for a person). Any entity or fact can be judged by its id,
whether the queue lists it or not: `ipx judge o12 reject`, `ipx judge o12@d7 reject`.
"""

from __future__ import annotations

import re
from typing import Any

from sqlmodel import Session

from store.models import Agreement, Organisation, Person, Role
from store.review.model import AGREEMENT, ENTITY, PAIR, ROLE, Subject
from store.views.refs import ref

PREFIX = {"organisation": "o", "person": "p", "agreement": "a", "role": "r"}
KIND_OF = {v: k for k, v in PREFIX.items()}
_ONE = re.compile(r"([opar])(\d{1,18})")
_MENTION = re.compile(r"([op])(\d{1,18})@d(\d{1,18})")
MODEL: dict[str, Any] = {
    "organisation": Organisation,
    "person": Person,
    "agreement": Agreement,
    "role": Role,
}


class ReviewError(Exception):
    """An item or verdict that cannot be applied; the message says why in one line."""


def one_ref(kind: str, id: int) -> str:
    return f"{PREFIX[kind]}{id}"


def item_id(subjects: list[tuple[str, int]]) -> str:
    """The id of the item about these subjects (a pair's smaller id first)."""
    return "+".join(one_ref(k, i) for k, i in sorted(subjects, key=lambda s: s[1]))


def item_kind(subjects: list[tuple[str, int]]) -> str:
    if len(subjects) == 2:
        return PAIR
    return {"role": ROLE, "agreement": AGREEMENT}.get(subjects[0][0], ENTITY)


def mention_id(kind: str, id: int, document_id: int) -> str:
    """`o12@d7`: the item of one document's mention of an entity."""
    return f"{one_ref(kind, id)}@d{document_id}"


def parse_mention(text: str) -> tuple[str, int, int] | None:
    """(kind, id, document id) of a mention item id (`o12@d7`), None for any other id."""
    if "@" not in text:
        return None
    m = _MENTION.fullmatch(text.strip())
    if m is None:
        raise ReviewError(
            f"{text!r}: not a mention item id (an organisation or a person, '@d', a"
            " document's id: o12@d7)"
        )
    return KIND_OF[m.group(1)], int(m.group(2)), int(m.group(3))


def parse_item(text: str) -> list[tuple[str, int]]:
    """The subjects an item id names, checked for shape only."""
    parts = [p.strip() for p in text.strip().split("+")]
    refs = []
    for p in parts:
        m = _ONE.fullmatch(p)
        if m is None:
            raise ReviewError(
                f"{text!r}: not an item id (o12, p3, a5, r7, or a pair such as o12+o15)"
            )
        refs.append((KIND_OF[m.group(1)], int(m.group(2))))
    if len(refs) > 2:
        raise ReviewError(f"{text!r}: an item names one subject or a pair")
    if len(refs) == 2:
        (k1, i1), (k2, i2) = refs
        if k1 != k2 or k1 not in ("organisation", "person"):
            raise ReviewError(f"{text!r}: a pair is two organisations or two people")
        if i1 == i2:
            raise ReviewError(f"{text!r}: a pair of one and the same")
    return sorted(refs, key=lambda s: s[1])


def subject(session: Session, kind: str, id: int) -> Subject:
    """The subject as it is now; a ReviewError when it is gone or was merged away."""
    row = session.get(MODEL[kind], id)
    if row is None:
        raise ReviewError(f"{one_ref(kind, id)}: no such {kind} (rejected, or never there)")
    merged = getattr(row, "merged_into", None)
    if merged is not None:
        raise ReviewError(
            f"{one_ref(kind, id)}: merged into {one_ref(kind, merged)}; judge that one"
        )
    if kind == "role":
        return Subject("role", id, role_name(session, row), ref("person", row.person_id))
    name = row.title if kind == "agreement" else row.name
    return Subject(kind, id, name, ref(kind, id))


def role_name(session: Session, role: Role) -> str:
    """'Director General (Daren Tang, WIPO)': the title, its holder and organisation."""
    person = session.get(Person, role.person_id)
    org = session.get(Organisation, role.organisation_id) if role.organisation_id else None
    who = ", ".join(x for x in (person.name if person else "?", org.name if org else "") if x)
    return f"{role.title} ({who})"


def subjects_of(session: Session, text: str) -> list[Subject]:
    mention = parse_mention(text)
    if mention is not None:
        return [subject(session, mention[0], mention[1])]
    return [subject(session, k, i) for k, i in parse_item(text)]
