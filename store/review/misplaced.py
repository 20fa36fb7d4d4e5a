"""Reference bodies a document may not mean: the text names another country right before
the words that were resolved to them, or a local level (市贸促会: the city's own council, not
the national one), or the same document names in full another country's body that the words
are the short form of ("Ministry of Justice" after "the Ministry of Justice of the Republic
of Kazakhstan").

The reference data is never doubted for its name's shape, but a short name it lists (商务部,
Ministry of Commerce, 贸促会) is every country's, or every city's: "泰国商务部" or "the Thai
Ministry of Commerce" read as China's ministry is a wrong body that looks certain. The signs
are general: the country written just before the mention differs from the body's own; a
level (zh.txt levels) stands right before a Chinese short name; another country's body
named in the same document begins with the mention's words. Only the words around
each mention are read (a window in SQL), never whole documents.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlmodel import Session

from store.text import has_han, lexicon, to_simplified

#: P(wrong) of a reference body whose mention follows another country's name; what the
#: sign was believed to say (the development sets hold too few such mentions to count)
P_WRONG = 0.7
#: characters read before a mention (the longest country name, a space or 的)
BEFORE = 14
#: spans may be off by a few characters: the surface is looked for this far around them
SLACK = 6


@dataclass(frozen=True)
class Misplaced:
    id: int
    name: str
    why: str  # what the text names that another body is meant


def misplaced_references(session: Session) -> list[Misplaced]:
    """Reference organisations every mention of which follows another country's name or a
    local level, or is the short form of another country's body the document names (one
    mention that is none of these shows the body is meant: a stray mention is no reason to
    drop it)."""
    from store.search.connection import DB

    db = DB(session)
    rows = db.all(
        "SELECT o.id, o.name, o.country, m.surface, m.document_id,"
        " substr(d.text, CASE WHEN m.start > ? THEN m.start + 1 - ? ELSE 1 END,"
        ' m."end" - m.start + ? + 2 * ?), m.start, m."end"'
        " FROM organisation o JOIN mention m ON m.target_type = 'organisation'"
        " AND m.target_id = o.id JOIN document d ON d.id = m.document_id"
        " WHERE o.ref_id IS NOT NULL AND o.country IS NOT NULL AND o.merged_into IS NULL"
        " AND m.surface != ''",
        [BEFORE + SLACK, BEFORE + SLACK, BEFORE, SLACK],
    )
    out: dict[int, Misplaced] = {}
    clean: set[int] = set()  # a mention of it that is none of these: it is meant
    short: list[tuple[int, str, str, int, str]] = []  # (maybe another country's body's)
    for oid, name, country, surface, doc, window, start, end in rows:
        if _written_with_own_country(window or "", start, end, country, surface):
            clean.add(oid)
            continue
        other = country_opening(surface, country) or country_before(surface, window or "")
        level = level_before(surface, window or "")
        if other is not None and other[0] != country:
            out.setdefault(oid, Misplaced(oid, name, f"the text names {other[1]} right before it"))
        elif level:
            out.setdefault(oid, Misplaced(oid, name, f"{level}{surface}: a local body of its own"))
        elif (window or "").find(surface) >= 0:
            if has_han(surface):
                clean.add(oid)
            else:
                short.append((oid, name, country, doc, surface))
    for oid, name, fuller in _short_forms(db, short, clean):
        out.setdefault(oid, Misplaced(oid, name, f"the short form of {fuller}, named too"))
    return [m for oid, m in out.items() if oid not in clean]


def _written_with_own_country(window: str, start: int, end: int, own: str, surface: str) -> bool:
    """The mention's own words are another form of the name that names the body's country
    ("UK IPO" where the name is "Intellectual Property Office"): the text means this body."""
    at = min(start, BEFORE + SLACK)
    said = window[at : at + end - start]
    if not said or said == surface:
        return False
    words = re.findall(r"[\w']+", said.casefold())
    own_names = _en_names_of(own)
    return any(
        " ".join(words[i : i + k]) in own_names for k in (1, 2, 3) for i in range(len(words))
    )


def level_before(surface: str, window: str) -> str:
    """The level (zh.txt levels: 市, 省...) written right before a Chinese SURFACE: 市贸促会
    is the city's council, 省市场监督管理局 the province's administration, never the
    national body whose short name follows the level."""
    at = window.find(surface)
    if at <= 0 or not has_han(surface):
        return ""
    levels = sorted(lexicon.words("zh.txt", "levels"), key=len, reverse=True)
    before = to_simplified(window[:at])
    return next((v for v in levels if before.endswith(v)), "")


def _short_forms(
    db: Any, short: list[tuple[int, str, str, int, str]], clean: set[int]
) -> list[tuple[int, str, str]]:
    """(id, name, the fuller name) of each body whose mention's words another country's body
    named in the same document begins with ("Ministry of Justice" / "Ministry of
    Justice of the Republic of Kazakhstan"); a mention that is no such form is clean."""
    from store.search.connection import chunks, marks

    docs = sorted({s[3] for s in short})
    named: dict[int, list[tuple[str, str]]] = {}
    for chunk in chunks(docs, 500):
        for doc, country, surface in db.all(
            "SELECT m.document_id, o.country, m.surface FROM mention m JOIN organisation o"
            " ON m.target_type = 'organisation' AND o.id = m.target_id WHERE"
            f" o.merged_into IS NULL AND o.country IS NOT NULL AND m.document_id IN"
            f" ({marks(len(chunk))})",
            list(chunk),
        ):
            named.setdefault(doc, []).append((country, surface))
    out = []
    for oid, name, country, doc, surface in short:
        words = " ".join(surface.casefold().split())
        fuller = next(
            (
                other
                for c, other in named.get(doc, [])
                if c != country and _holds(" ".join(other.casefold().split()), words)
            ),
            None,
        )
        if fuller is None:
            clean.add(oid)
        else:
            out.append((oid, name, fuller))
    return out


def _holds(fuller: str, words: str) -> bool:
    """FULLER is WORDS qualified by whose they are: "WORDS of ...", "WORDS (...)" ("Korean
    WORDS" is no such form: a text may name that office and another's by its bare name)."""
    return fuller.startswith((words + " of ", words + " ("))


def country_before(surface: str, window: str) -> tuple[str, str] | None:
    """(code, name) of the country named right before SURFACE in WINDOW, if any."""
    at = window.find(surface)
    if at <= 0:
        return None
    before = window[:at]
    if _has_country_start(surface):
        return None  # the surface names its own country
    zh = to_simplified(before)
    for name, code in _zh_names():
        if zh.endswith(name) or zh.endswith(name + "的"):
            return code, name
    latin = re.sub(r"(?:['’]s)?\s*$", "", before)  # "Thai ", "Cambodia's "
    hit = re.search(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})$", latin)
    if hit is not None:
        words = hit.group(1).split()
        for k in range(len(words)):
            found = _en_names().get(" ".join(words[k:]).casefold())
            if found is not None:
                return found, " ".join(words[k:])
    return None


def country_opening(surface: str, own: str) -> tuple[str, str] | None:
    """(code, name) of the country the surface itself opens with, when the body's own
    country (OWN) is named nowhere in it: 某国智慧局 read as another country's office whose
    short name it shares (中国香港 names Hong Kong, and is no other country's)."""
    zh = to_simplified(surface)
    if any(name in zh for name in _zh_names_of(own)):
        return None
    hit = next(((c, n) for n, c in _zh_names() if zh.startswith(n)), None)
    if hit is None:
        first = re.sub(r"['’]s\b", "", surface).split()[:3]
        hit = next(
            (
                (_en_names()[" ".join(first[:k]).casefold()], " ".join(first[:k]))
                for k in (3, 2, 1)
                if " ".join(first[:k]).casefold() in _en_names()
            ),
            None,
        )
    if hit is None or hit[0] == own:
        return None
    words = re.findall(r"[\w']+", surface.casefold())
    own_names = _en_names_of(own)
    if any(" ".join(words[i : i + k]) in own_names for k in (1, 2, 3) for i in range(len(words))):
        return None
    return hit


def _has_country_start(surface: str) -> bool:
    zh = to_simplified(surface)
    if any(zh.startswith(n) for n, _ in _zh_names()):
        return True
    first = surface.split()[:3]
    return any(" ".join(first[:k]).casefold() in _en_names() for k in (1, 2, 3))


@cache
def _zh_names() -> tuple[tuple[str, str], ...]:
    """Chinese country names of two characters or more, longest first, with their code."""
    rows = lexicon.table("countries.tsv")
    names = {(n, r["code"]) for r in rows for n in r["zh"] if len(n) >= 2}
    return tuple(sorted(names, key=lambda x: -len(x[0])))


@cache
def _zh_names_of(code: str) -> tuple[str, ...]:
    return tuple(n for n, c in _zh_names() if c == code)


@cache
def _en_names_of(code: str) -> frozenset[str]:
    return frozenset(n for n, c in _en_names().items() if c == code)


@cache
def _en_names() -> dict[str, str]:
    """English country names and demonyms, folded, with their code."""
    rows = lexicon.table("countries.tsv")
    return {n.casefold(): r["code"] for r in rows for n in r["en"] if n}
