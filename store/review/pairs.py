"""Probable duplicates: two organisations or two people that may be one.

Candidates come from keys two names share, so that no pair of the whole list is compared:
the same folded name; the same words in another order or form ("Viet Nam's Ministry of X" /
"Ministry of X (Viet Nam)", IP = Intellectual Property); an acronym and the name it
abbreviates; a Chinese name and its pinyin reading (申长雨 / Shen Changyu); a Chinese name
with and without its country (中国国家知识产权局 / 国家知识产权局); a shorter form of a
person's name; two Latin names a letter or two apart. What else is known weighs in: the
same country or parent, shared partners or organisations (for), different countries or
different reference entries (against), and a name that is probably no entity at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from functools import cache
from itertools import combinations
from typing import Any

from sqlmodel import Session

from store.review.signals import organisation_doubt, person_doubt
from store.search.readings import options, readings
from store.search.words import STOPWORDS, acronyms, word_set, words_of
from store.text import fold, has_han, lexicon, to_simplified

#: a block larger than this (a word every office shares) is too common to say anything
MAX_BLOCK = 40


@dataclass
class Pair:
    kind: str
    a: int
    b: int
    p_same: float
    reason: str


@dataclass
class _Entity:
    id: int
    name: str
    ref: str | None = None
    country: str | None = None
    parent: int | None = None
    names: list[str] = field(default_factory=list)  # as written
    links: set[int] = field(default_factory=set)  # partners (orgs) or role organisations


def duplicate_pairs(
    session: Session, kind: str, *, distinct: set[tuple[int, int]] | None = None
) -> list[Pair]:
    """Probable duplicates among live entities of KIND, the likeliest first; pairs judged
    distinct (`distinct`, smaller id first) are left out."""
    entities = _load(session, kind)
    best: dict[tuple[int, int], tuple[float, str]] = {}
    for (a, b), base, why in _candidates(entities, kind):
        key = (min(a, b), max(a, b))
        if base > best.get(key, (0.0, ""))[0] and not (distinct and key in distinct):
            best[key] = (base, why)
    doubt = organisation_doubt if kind == "organisation" else person_doubt
    junk: dict[int, float] = {}
    for key in best:
        for i in key:
            if i not in junk:
                e = entities[i]
                junk[i] = 0.0 if e.ref else doubt(e.name)[0]
    pairs = []
    for (a, b), (base, why) in best.items():
        p = _weigh(entities[a], entities[b], kind, base) * (1.0 - max(junk[a], junk[b]))
        if p > 0:
            pairs.append(Pair(kind, a, b, round(p, 3), why))
    return sorted(pairs, key=lambda x: (-x.p_same, x.a, x.b))


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    from sqlalchemy import text

    return list(session.connection().execute(text(sql), params))


def _load(session: Session, kind: str) -> dict[int, _Entity]:
    if kind == "organisation":
        rows = _rows(
            session,
            "SELECT id, name, ref_id, country, parent_id FROM organisation"
            " WHERE merged_into IS NULL",
        )
        out = {r[0]: _Entity(r[0], r[1], r[2], r[3], r[4]) for r in rows}
        links = _rows(
            session,
            "SELECT a.organisation_id, b.organisation_id FROM agreementparty a"
            " JOIN agreementparty b ON a.agreement_id = b.agreement_id"
            " WHERE a.organisation_id IS NOT NULL AND b.organisation_id IS NOT NULL"
            " AND a.organisation_id != b.organisation_id",
        )
    else:
        rows = _rows(session, "SELECT id, name, ref_id FROM person WHERE merged_into IS NULL")
        out = {r[0]: _Entity(r[0], r[1], r[2]) for r in rows}
        links = _rows(
            session,
            "SELECT person_id, organisation_id FROM role WHERE organisation_id IS NOT NULL",
        )
    for owner, other in links:
        if owner in out:
            out[owner].links.add(other)
    for eid, text in _rows(
        session, "SELECT entity_id, text FROM name WHERE entity_type = :k", k=kind
    ):
        if eid in out:
            out[eid].names.append(text)
    for e in out.values():
        e.names = list(dict.fromkeys([e.name, *e.names]))
    return out


Candidate = tuple[tuple[int, int], float, str]


def _candidates(entities: dict[int, _Entity], kind: str) -> Iterable[Candidate]:
    blocks: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for e in entities.values():
        for n in e.names:
            for key in _keys(n, kind):
                blocks[key].setdefault(e.id, n)
    for (how, _key), members in blocks.items():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for (a, na), (b, nb) in combinations(sorted(members.items()), 2):
            if how == "country" and _has_country(na) == _has_country(nb):
                continue  # two national offices share their words; only one may lack it
            yield (a, b), *_said(how, na, nb)
    yield from _near(entities)


#: what each kind of shared key says, and how likely it makes the pair one
_HOW = {
    "name": (0.75, "share the name {a}"),
    "words": (0.65, "the same words: {a} / {b}"),
    "acronym": (0.5, "{a} / {b}: an acronym and its name"),
    "reading": (0.6, "{a} reads {b}"),
    "country": (0.6, "{a} / {b}: one with its country, one without"),
    "short": (0.45, "{a} / {b}: a shorter form of the name"),
}


def _said(how: str, a: str, b: str) -> tuple[float, str]:
    p, text = _HOW[how]
    return p, text.format(a=a, b=b)


def _keys(name: str, kind: str) -> list[tuple[str, str]]:
    """The blocking keys of one name: two names sharing a key are a candidate pair."""
    folded = fold(name)
    if not folded:
        return []
    keys = [("name", folded)]
    if has_han(name):
        simple = to_simplified(fold(name))
        if kind == "person":
            keys += [("reading", r) for r in _han_readings(simple)]
        else:
            core = _without_country(simple)
            keys += [("country", core)] if core else []
        return keys
    words = {w for w in word_set(re.sub(r"['’]s\b", "", name)) if len(w) > 1}  # Viet Nam's
    if len(words) >= 2:
        keys.append(("words", " ".join(sorted(words))))
    if kind == "organisation":  # Ministry of Commerce / Ministry of Commerce of Cambodia
        rest = _without_country_words(name)
        if len(rest) >= 2:
            keys.append(("country", " ".join(sorted(rest))))
    if kind == "person":
        keys.append(("reading", folded))
        tokens = name.casefold().split()
        if len(tokens) >= 3:  # Daren Tang Heng Shim holds Daren Tang
            keys.append(("short", fold(" ".join(tokens[:2]))))
        if len(tokens) == 2:
            keys.append(("short", folded))
    else:
        if name.isupper() and 2 <= len(folded) <= 8:
            keys.append(("acronym", folded))
        keys += [("acronym", a) for a in acronyms(name) if len(a) >= 3]
    return keys


def _han_readings(han: str) -> list[str]:
    """Pinyin readings of a Chinese personal name, surname first and given name first."""
    out = []
    for r in readings(options(han, person=True), 2):  # the likely reading and one other
        out.append("".join(r))
        if len(r) >= 2:
            out.append("".join(r[1:] + r[:1]))
    return out


def _without_country(han: str) -> str:
    """中国国家知识产权局 without its country: 国家知识产权局 (empty when no country leads)."""
    for c in sorted(_zh_countries(), key=len, reverse=True):
        if han.startswith(c) and len(han) - len(c) >= 4:
            return han[len(c) :]
    return han if len(han) >= 4 else ""


@cache
def _country_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every English name and demonym of a country as words, by first word (longest
    first)."""
    rows = lexicon.table("countries.tsv")
    phrases = {tuple(words_of(n)) for r in rows for n in r["en"] if words_of(n)}
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for ph in sorted(phrases, key=len, reverse=True):
        out[ph[0]].append(ph)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _without_country_words(name: str) -> frozenset[str]:
    """The words of a Latin name less the country it names, if any."""
    words = [w for w in words_of(re.sub(r"['’]s\b", "", name)) if len(w) > 1]
    phrases = _country_phrases()
    for i, w in enumerate(words):
        for ph in phrases.get(w, ()):
            if tuple(words[i : i + len(ph)]) == ph:
                return frozenset(words[:i] + words[i + len(ph) :]) - STOPWORDS
    return frozenset(words) - STOPWORDS


def _has_country(name: str) -> bool:
    if has_han(name):
        simple = to_simplified(fold(name))
        return _without_country(simple) != simple
    plain = words_of(re.sub(r"['’]s\b", "", name))
    return _without_country_words(name) != {w for w in plain if len(w) > 1} - STOPWORDS


def _zh_countries() -> set[str]:
    return {n for r in lexicon.table("countries.tsv") for n in r["zh"] if n}


def _near(entities: dict[int, _Entity]) -> Iterable[Candidate]:
    """Latin names a letter or two apart (Francis Gurry / Francis Gury), compared only
    within the names that start alike and are about as long."""
    blocks: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for e in entities.values():
        for n in e.names:
            f = fold(n)
            if not has_han(n) and len(f) >= 6:
                blocks[f[:3]].append((e.id, f))
    for members in blocks.values():
        if len(members) > MAX_BLOCK:
            continue
        for (a, fa), (b, fb) in combinations(members, 2):
            if a == b or fa == fb or abs(len(fa) - len(fb)) > 2:
                continue
            near = SequenceMatcher(None, fa, fb)
            if near.real_quick_ratio() >= 0.9 and near.quick_ratio() >= 0.9 and near.ratio() >= 0.9:
                yield (a, b), 0.5, f"{entities[a].name} / {entities[b].name}: a letter or two apart"


def _weigh(a: _Entity, b: _Entity, kind: str, base: float) -> float:
    """The pair's probability of being one entity, from the shared key's and what else is
    known of both."""
    if a.ref and b.ref and a.ref != b.ref:
        return 0.0  # the reference data tells them apart
    if a.country and b.country and a.country != b.country:
        return 0.0
    wrong = 1.0 - base
    if a.country and a.country == b.country:
        wrong *= 0.7
    if a.parent and a.parent == b.parent:
        wrong *= 0.7
    if a.links & b.links:
        wrong *= 0.5  # shared partners, or roles at one organisation
    elif kind == "person" and a.links and b.links:
        wrong = 1 - (1 - wrong) * 0.5  # officials of different organisations: namesakes?
    return 1.0 - wrong  # (a name that is probably no entity weighs against: see above)
