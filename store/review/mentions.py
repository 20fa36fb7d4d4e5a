"""One document's mention of an entity: "this mention is not that body".

An entity may be right in one document and wrong in another: a bloc or an intergovernmental
body named in passing where the text means no party of its own, a government named as the
owner of something. Rejecting the entity would destroy its right mentions, accepting it keeps
the wrong one; a mention item (`o12@d7`: organisation 12 as document 7 states it) asks about
one document's mentions only (its verdicts: mention_verdict.py).

Which (entity, document) pairs become items: those of an entity stated by another document
too, or of the reference data (an entity only one document states is asked about whole, by
its entity item, unless the reference data knows it: that item never doubts it). Each pair is
weighed by signs of that document's evidence alone, read from the store in a few grouped
queries: how many documents state the entity; how often this one does (`here:1`); whether
it holds any link here (a role held at it or by them, an agreement it is a party to, a unit
of it, all stated in this document: `links_here:0`); the form of its surface here (`form:`
`acronym` only, `adjective` or possessive, "EU-funded", "the EU's", `description` in lower
case, a `title` of office, "Controller General of X" after a person's name, else `name`); its
kind in the store (`body:igo`, `body:government` ... from the reference data or the
extractor); whether the reference data knows it; whether it is a
state's whole government (`polity`: a text names one mostly as the state it speaks of);
whether a grouping is named there only within something else or listed with states
(`named_within`, named_within.py); whether the body is named there only inside the title of
a document the text cites (`in_title`, 《某局关于某事的通知》). P(wrong) is read
from these signs as calibration.py reads an entity's, from counts of the development sets
(kinds `mention:organisation`, `mention:person` of `words/review_signals.tsv`, written by
bench/calibrate_review.py; such errors are a few in a thousand pairs, so the kinds have a floor
of their own, calibration.FLOORS). Items likelier wrong than THRESHOLD rank by P(wrong) times
what a reader meets through this document's mention; the rest wait at the tail (visibility
1); a pair likelier right than MINIMUM is no item, unless it is named there only within
something else (`named_within`, `in_title`), and a kind none of whose pairs could pass it (a
person: the development sets hold no wrong one) is not read at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any, NamedTuple

from sqlmodel import Session

from store.review.calibration import p_wrong
from store.review.items import mention_id
from store.review.model import MENTION, ReviewItem, Subject
from store.review.named_within import AFTER, BEFORE, GROUPINGS, MOST, in_title, within
from store.review.polities import is_polity
from store.review.signals import named_like_title
from store.review.visibility import Live, Visibility, fetch_rows
from store.views.refs import ref

#: a mention likelier wrong than this ranks by its visibility; below, it waits at the tail
THRESHOLD = 0.25
#: a mention likelier right than this is no item (most of a large base: a person named with
#: the post they hold, a body named in full with its agreement)
MINIMUM = 0.01
#: mentions of one entity in one document read for their form (more: it is named, not cited)
FORM_MENTIONS = 3
_ACRONYM = re.compile(r"[A-Z][A-Z&.]{1,9}")
_ADJECTIVE_AFTER = ("-", "'s", "’s", "‐")
_NOUN = {"organisation": "an organisation", "person": "an official"}
#: the sign of a grouping named within something else here (named_within.py)
WITHIN = "named_within"
#: the sign of a body named here only within a title in book-title marks (《某局关于某事的通知》)
TITLED = "in_title"
#: the sign of a state's or a region's whole government or legislature (polities.py): a
#: text names it mostly as the state it speaks of, in passing, not as a body that acts
POLITY = "polity"

Pair = tuple[str, int, int]  # (kind, entity id, document id)


@dataclass
class Here:
    """What one document says of one entity."""

    mentions: int = 0
    links: int = 0
    forms: set[str] = field(default_factory=set)
    #: most mentions here name a grouping within something else (named_within.py)
    within: bool = False
    #: every mention here lies within a title in book-title marks (named_within.in_title)
    titled: bool = False


def calibration_kind(kind: str) -> str:
    return f"mention:{kind}"


@cache
def _never(kind: str) -> bool:
    """No mention of KIND could be likelier wrong than MINIMUM, whatever its signs (the
    calibration found none of a person's wrong): none is read. (An organisation's is read
    always: a grouping named within something else is asked about below MINIMUM too.)"""
    from itertools import product

    if kind == "organisation":
        return False

    from store.review.calibration import known_signs

    bodies: list[str | None] = [
        s.split(":", 1)[1] for s in known_signs(calibration_kind(kind)) if s[:5] == "body:"
    ]
    forms = ("name", "acronym", "adjective", "description", "title")
    return all(
        _p_wrong(kind, (d, m, n, f, b, r, False, False, False)) < MINIMUM
        for d, m, n, f, b, r in product(
            (1, 2, 3), (1, 2), (0, 1), forms, bodies or [None], (True, False)
        )
    )


def candidates(session: Session, live: Live) -> tuple[dict[Pair, Here], dict[tuple[str, int], int]]:
    """Every (entity, document) pair that may be an item, with what the document says; and
    how many documents state each entity."""
    kinds = [k for k in ("organisation", "person") if not _never(k)]
    if not kinds:
        return {}, {}
    per: dict[Pair, Here] = {}
    docs: dict[tuple[str, int], int] = defaultdict(int)
    for kind, tid, did, n in fetch_rows(
        session,
        "SELECT target_type, target_id, document_id, COUNT(*) FROM mention"
        f" WHERE target_type IN ({', '.join(repr(k) for k in kinds)})"
        " GROUP BY target_type, target_id, document_id",
    ):
        if tid in live.get(kind, {}):
            per[(kind, tid, did)] = Here(int(n))
            docs[(kind, tid)] += 1
    refs = reference_ids(session)
    out = {p: h for p, h in per.items() if docs[(p[0], p[1])] > 1 or p[1] in refs.get(p[0], ())}
    for kind, sql in _LINKS:
        if kind not in kinds:
            continue
        for eid, did in fetch_rows(session, sql):
            h = out.get((kind, eid, did))
            if h is not None:
                h.links += 1
    _read_forms(session, out, _groupings(session, out))
    return out, docs


def _groupings(session: Session, pairs: dict[Pair, Here]) -> set[Pair]:
    """The pairs of a body of a grouping's kind stated a few times here (named_within.py)."""
    ids = {
        r[0]
        for r in fetch_rows(
            session,
            "SELECT id FROM organisation WHERE kind IN"
            f" ({', '.join(repr(k) for k in sorted(GROUPINGS))})",
        )
    }
    return {
        p for p, h in pairs.items() if p[0] == "organisation" and p[1] in ids and h.mentions <= MOST
    }


#: links of an entity stated in one document: (entity, document) rows, once per link
_LINKS = (
    (
        "organisation",
        "SELECT DISTINCT r.organisation_id, m.document_id FROM role r JOIN mention m"
        " ON m.target_type = 'role' AND m.target_id = r.id WHERE r.organisation_id IS NOT NULL",
    ),
    (
        "organisation",
        "SELECT DISTINCT p.organisation_id, m.document_id FROM agreementparty p JOIN mention m"
        " ON m.target_type = 'agreement' AND m.target_id = p.agreement_id"
        " WHERE p.organisation_id IS NOT NULL",
    ),
    (
        "organisation",
        "SELECT DISTINCT o.parent_id, m.document_id FROM organisation o JOIN mention m"
        " ON m.target_type = 'organisation' AND m.target_id = o.id WHERE o.parent_id IS NOT NULL",
    ),
    (
        "person",
        "SELECT DISTINCT r.person_id, m.document_id FROM role r JOIN mention m"
        " ON m.target_type = 'role' AND m.target_id = r.id",
    ),
    (
        "person",
        "SELECT DISTINCT p.person_id, m.document_id FROM agreementparty p JOIN mention m"
        " ON m.target_type = 'agreement' AND m.target_id = p.agreement_id"
        " WHERE p.person_id IS NOT NULL",
    ),
)


def reference_ids(session: Session) -> dict[str, set[int]]:
    return {
        "organisation": {
            r[0]
            for r in fetch_rows(session, "SELECT id FROM organisation WHERE ref_id IS NOT NULL")
        },
        "person": set(),
    }


def _read_forms(session: Session, pairs: dict[Pair, Here], groupings: set[Pair]) -> None:
    """The form of each surface of the few pairs stated at most FORM_MENTIONS times here
    that hold no link here (what else the signs could not doubt much anyway); and whether
    a grouping's few mentions here name it within something else (GROUPINGS)."""
    formed = {p for p, h in pairs.items() if h.mentions <= FORM_MENTIONS and not h.links}
    wanted = formed | groupings
    if not wanted:
        return
    read: dict[Pair, list[tuple[str, str, str]]] = defaultdict(list)
    titled: dict[Pair, list[bool]] = defaultdict(list)
    docs = sorted({p[2] for p in wanted})
    for chunk in (docs[i : i + 500] for i in range(0, len(docs), 500)):
        marks = ",".join(str(int(d)) for d in chunk)
        for kind, tid, did, surface, after, before in fetch_rows(
            session,
            "SELECT m.target_type, m.target_id, m.document_id, m.surface,"
            f' substr(d.text, m."end" + 1, {AFTER}), CASE WHEN m.start >= {BEFORE}'
            f" THEN substr(d.text, m.start - {BEFORE - 1}, {BEFORE})"
            " ELSE substr(d.text, 1, m.start) END"
            " FROM mention m JOIN document d ON d.id = m.document_id"
            f" WHERE m.document_id IN ({marks}) AND m.target_type IN ('organisation', 'person')",
        ):
            if (kind, tid, did) in formed:
                pairs[(kind, tid, did)].forms.add(form_of(surface or "", (after or "")[:2]))
                titled[(kind, tid, did)].append(in_title(after or ""))
            if (kind, tid, did) in groupings:
                read[(kind, tid, did)].append((surface or "", after or "", before or ""))
    for p, surfaces in read.items():
        pairs[p].within = within(surfaces)
    for p, each in titled.items():
        pairs[p].titled = all(each)


def form_of(surface: str, after: str) -> str:
    """How a surface names its entity: an adjective or a possessive, an acronym only, a
    description in lower case, a title of office ("Controller General of X", a person's post
    the extraction took for the office of that name, but not a body named for its chief or
    portfolio, "the Prime Minister's Office": signals.named_like_title), else a name."""
    if after.startswith(_ADJECTIVE_AFTER) or surface.endswith(("'s", "’s")):
        return "adjective"
    if _ACRONYM.fullmatch(surface):
        return "acronym"
    if surface[:1].isascii() and surface[:1].islower():
        return "description"
    if named_like_title(surface) is not None:
        return "title"
    return "name"


def _profile(
    documents: int, here: Here, body: str | None, reference: bool, polity: bool = False
) -> tuple[Any, ...]:
    """What the signs read, in a few values (a base has few combinations: each is weighed
    once)."""
    forms = here.forms or {"name"}
    form = "name" if "name" in forms or len(forms) > 1 else next(iter(forms))
    return (
        min(documents, 3),
        min(here.mentions, 2),
        min(here.links, 1),
        form,
        body,
        reference,
        polity,
        here.within,
        here.titled,
    )


@cache
def _signs(kind: str, profile: tuple[Any, ...]) -> tuple[str, ...]:
    documents, mentions, links, form, body, reference, polity, within_, titled = profile
    out = [
        "documents:1" if documents <= 1 else "documents:2" if documents == 2 else "documents:3+",
        "here:1" if mentions <= 1 else "here:2+",
        "links_here:0" if not links else "links_here:1+",
        f"form:{form}",
        f"reference:{'yes' if reference else 'no'}",
    ]
    if kind == "organisation":
        out.append(f"body:{body or 'none'}")
    if polity:
        out.append(POLITY)
    if within_:
        out.append(WITHIN)
    if titled:
        out.append(TITLED)
    return tuple(out)


def mention_signs(session: Session, live: Live) -> tuple[dict[Pair, list[str]], dict[Pair, Here]]:
    """The signs of every candidate pair, and what each pair's document says."""
    pairs, profiles = _profiles(session, live)
    return {p: list(_signs(p[0], profiles[p])) for p in pairs}, pairs


def _profiles(session: Session, live: Live) -> tuple[dict[Pair, Here], dict[Pair, tuple[Any, ...]]]:
    pairs, documents = candidates(session, live)
    kinds = {
        r[0]: (r[1], r[2] is not None)
        for r in fetch_rows(session, "SELECT id, kind, ref_id FROM organisation")
    }
    out = {}
    for p, h in pairs.items():
        body, reference = (
            kinds.get(p[1], (None, False)) if p[0] == "organisation" else (None, False)
        )
        polity = p[0] == "organisation" and _polity(live["organisation"].get(p[1], ""))
        out[p] = _profile(documents[(p[0], p[1])], h, body, reference, polity)
    return pairs, out


#: (a base has few polities among many names: each name is read once a process)
_polity = lru_cache(maxsize=1 << 16)(is_polity)


class MentionDoubt(NamedTuple):
    """A mention item before it is made (the queue makes an item only when it is shown)."""

    kind: str
    id: int
    document: int
    path: str
    signs: tuple[str, ...]
    p_wrong: float
    visibility: float
    tail: bool


@cache
def _p_wrong(kind: str, profile: tuple[Any, ...]) -> float:
    return round(p_wrong(calibration_kind(kind), list(_signs(kind, profile))), 3)


def ranked_mentions(session: Session, live: Live) -> list[tuple[float, float, str, Any]]:
    """Every candidate pair likelier wrong than MINIMUM as (-score, -p_wrong, item id, the
    doubt it is made from: `mention_item`)."""
    pairs, profiles = _profiles(session, live)
    paths = {r[0]: r[1] for r in fetch_rows(session, "SELECT id, path FROM document")}
    out = []
    for (kind, eid, did), profile in profiles.items():
        p = _p_wrong(kind, profile)
        h = pairs[(kind, eid, did)]
        if p < MINIMUM and not (h.within or h.titled):  # (asked all the same)
            continue
        tail = p < THRESHOLD
        seen = 1 if tail else Visibility(1, h.mentions, h.links).visibility
        sign_list = _signs(kind, profile)
        doubt = MentionDoubt(kind, eid, did, paths.get(did, "?"), sign_list, p, seen, tail)
        out.append((-round(p * seen, 3), -p, mention_id(kind, eid, did), doubt))
    return out


def mention_item(d: MentionDoubt, live: Live) -> ReviewItem:
    return ReviewItem(
        id=mention_id(d.kind, d.id, d.document),
        kind=MENTION,
        subjects=[Subject(d.kind, d.id, live[d.kind][d.id], ref(d.kind, d.id))],
        reason=f"{_reason(d.kind, d.signs, d.tail)} (d{d.document}: {_short(d.path)})",
        p_wrong=d.p_wrong,
        visibility=d.visibility,
        to_confirm=d.tail,
        document=(d.document, d.path),
    )


def _short(path: str) -> str:
    return path.replace("\\", "/").rsplit("/", 1)[-1]


_SAID = {
    "here:1": "named once here",
    "links_here:0": "no role, agreement or unit of it here",
    "form:adjective": "named as an adjective or a possessive",
    "form:acronym": "its acronym only",
    "form:description": "described rather than named",
    "form:title": "named only by a title of office: a post, not the body",
    "body:igo": "an intergovernmental body",
    "body:government": "a government",
    WITHIN: "named within an event's, a group's or its members' name",
    POLITY: "a state's whole government or legislature: the state it speaks of?",
    TITLED: "named only within the title of a document it cites",
}


def _reason(kind: str, sign_list: tuple[str, ...], tail: bool) -> str:
    said = [_SAID[s] for s in sign_list if s in _SAID]
    head = f"{_NOUN[kind]} here to confirm" if tail else f"probably not {_NOUN[kind]} here"
    return f"{head}: {', '.join(said) or 'stated by other documents too'}"


def sources_of_mention(session: Session, item: ReviewItem, limit: int = 3) -> list[Any]:
    """The sentences of the item's document that state its entity, with their spans."""
    from sqlmodel import col, select

    from store.models import Document, Mention
    from store.queries.sources import document_sources

    assert item.document is not None
    s = item.subjects[0]
    doc = session.get(Document, item.document[0])
    if doc is None:
        return []
    spans = session.exec(
        select(Mention.start, Mention.end, Mention.surface)
        .where(
            Mention.target_type == s.kind,
            Mention.target_id == s.id,
            Mention.document_id == doc.id,
        )
        .order_by(col(Mention.start))
    ).all()
    return list(document_sources(doc, [(a, b, c) for a, b, c in spans]))[:limit]
