"""Names cut short before "and": "the Directorate-General for Trade and Economic Security"
read as "Directorate-General for Trade". A body's name that ends with its field (a
portfolio or topic word), not its head word, and runs on in the text with "and" and more
capitalised words, a field among them, that are no body of their own (no head word, no
acronym, no country, no honorific) was most likely cut at the "and" its own name holds. Two
bodies named together ("X Office and Y Agency", "CNIPA and EUIPO", "the Ministry of Trade
and Thailand's ...") are not flagged. Likewise a body's or a person's span that stops inside
a joined name: before "-Garafil" of a double surname, before "·本·..." of a transliterated
name; or a Chinese person's span that stops at a line break inside a name the same document
states whole (某某 + a break + 海, where 某某海 is named elsewhere in it).

Only the words right after each mention are read (a window in SQL), never whole documents;
a name one of whose mentions runs on otherwise is meant as it stands. The words are data
(en_orgs.txt heads, en_titles.txt portfolios and review.txt topics, countries.tsv, the
honorifics of en_people.txt).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlmodel import Session

from store.review.signals import honorific_words
from store.text import has_han, lexicon
from store.text.script import HAN

#: P(wrong) of a name every mention of which runs on over "and" into a field's words: what
#: the sign was believed to say (the development sets hold too few such names to count)
P_WRONG = 0.55
#: characters read after a mention
AFTER = 60
#: characters of a Chinese name a line break may leave after it (某某 + 海: a given name's)
MAX_REST = 2
#: the capitalised words after "and": one to four, then no further capitalised word
_RUN = re.compile(r"^\s+and\s+((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?=$|[^\w'’-]|\s+[a-z(])")


#: a name's span that ends inside a joined name: "-Garafil" of a double surname, "·本·..."
#: of a transliterated one (the span stopped at the joint)
_JOINED = re.compile(rf"^(?:[-‐‑][A-Z][a-zA-Z\u00c0-\u024f'’]*|\s*[·•‧・∙⋅]\s*[{HAN}]+)")


@dataclass(frozen=True)
class CutShort:
    id: int
    name: str
    kind: str
    why: str


@cache
def _set(file: str, section: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words(file, section))


@cache
def _heads() -> frozenset[str]:
    return _set("en_orgs.txt", "org_heads") | _set("en_orgs.txt", "unit_heads")


@cache
def _topical() -> frozenset[str]:
    """Fields a body's name ends with ("... for Agriculture"), not its rank ("State")."""
    topics = _set("en_titles.txt", "portfolio_words") | _set("review.txt", "topic_words")
    return topics - _set("review.txt", "rank_words")


@cache
def _countries() -> frozenset[str]:
    return frozenset(n.casefold() for r in lexicon.table("countries.tsv") for n in r["en"] if n)


def runs_on(name: str, after: str) -> str | None:
    """The words after "and" in AFTER (the text right after the name) that the name would
    hold had it not been cut, or None when AFTER names something else or nothing."""
    words = name.split()
    if not words or words[-1].casefold().strip(".,") not in _topical():
        return None  # the name ends with no field ("Hyundai Motor and Sony"): two names
    hit = _RUN.match(after)
    if hit is None:
        return None
    run = hit.group(1).split()

    folded = [w.strip("'’").casefold() for w in run]
    if any(w.isupper() and len(w) > 1 for w in run) or any(w in _heads() for w in folded):
        return None  # an acronym or a head word: a body of its own
    if not any(w in _topical() for w in folded):
        return None  # no field after "and" either
    if folded[0].rstrip(".") in honorific_words() or re.sub(r"['’]s$", "", folded[0]) in (
        _countries()
    ):
        return None  # a person, or a country (a second body, or a place)
    if any(" ".join(folded[: k + 1]) in _countries() for k in range(len(folded))):
        return None
    return " ".join(run)


def joined_on(after: str) -> str | None:
    """The rest of a joined name right after a span ("-Garafil", "·本"), or None."""
    hit = _JOINED.match(after)
    return hit.group(0).strip() if hit else None


def broken_on(surface: str, after: str, whole: frozenset[str]) -> str | None:
    """The rest of a Chinese name a line break split ("某某 海、"): the characters after the
    break that make SURFACE one of the names the same document states WHOLE, or None."""
    if not has_han(surface) or not after[:1].isspace():
        return None
    rest = after.lstrip()
    for size in range(1, MAX_REST + 1):
        if surface + rest[:size] in whole:
            return rest[:size]
    return None


def cut_short_names(session: Session) -> list[CutShort]:
    """Organisations and people no reference entry backs every mention of which stops
    before the rest of its name: over "and" (bodies), inside a joined name (both), at a
    line break inside a name the same document states whole (people)."""
    from store.search.connection import DB

    out: dict[tuple[str, int], CutShort] = {}
    clean: set[tuple[str, int]] = set()
    for kind in ("organisation", "person"):
        rows = DB(session).all(
            f'SELECT o.id, o.name, m.surface, substr(d.text, m."end" + 1, ?), m.document_id'
            f" FROM {kind} o JOIN mention m ON m.target_type = ? AND m.target_id = o.id"
            " JOIN document d ON d.id = m.document_id WHERE o.ref_id IS NULL"
            " AND o.merged_into IS NULL AND m.surface != '' AND m.\"end\" > 0",
            [AFTER, kind],
        )
        named = _names_by_document(rows) if kind == "person" else {}
        for oid, name, surface, after, doc in rows:
            why = _cut_why(kind, surface, after or "", named.get(doc, frozenset()))
            if why is None:
                clean.add((kind, oid))
            else:
                out.setdefault((kind, oid), CutShort(oid, name, kind, why))
    return [c for key, c in out.items() if key not in clean]


def _cut_why(kind: str, surface: str, after: str, named: frozenset[str]) -> str | None:
    """Why one mention's span (SURFACE, AFTER it in the text) looks cut short, or None;
    NAMED: the people its document states."""
    joined = joined_on(after)
    if joined is not None:
        return f"cut short inside a joined name (…{joined})"
    if kind == "person":
        rest = broken_on(surface, after, named)
        return None if rest is None else f"cut short at a line break inside {surface}{rest}"
    rest = runs_on(surface, after)
    return None if rest is None else f"cut short before 'and {rest}'"


def _names_by_document(rows: list[Any]) -> dict[int, frozenset[str]]:
    """The surfaces each document states (ROWS: id, name, surface, after, document)."""
    out: dict[int, set[str]] = {}
    for _id, _name, surface, _after, doc in rows:
        out.setdefault(doc, set()).add(surface)
    return {doc: frozenset(names) for doc, names in out.items()}
