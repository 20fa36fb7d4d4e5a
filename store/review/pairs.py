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
from functools import cache, lru_cache
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
    documents: set[int] = field(default_factory=set)  # that mention it (people)


def duplicate_pairs(
    session: Session, kind: str, *, distinct: set[tuple[int, int]] | None = None
) -> list[Pair]:
    """Probable duplicates among live entities of KIND, the likeliest first; pairs judged
    distinct (`distinct`, smaller id first) are left out."""
    entities = _load(session, kind)
    best: dict[tuple[int, int], tuple[float, Why]] = {}
    none: tuple[float, Why] = (0.0, ("", "", ""))
    for (a, b), base, why in _candidates(entities, kind):
        key = (min(a, b), max(a, b))
        if base > best.get(key, none)[0] and not (distinct and key in distinct):
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
            how, na, nb = why
            pairs.append(Pair(kind, a, b, round(p, 3), _HOW[how][1].format(a=na, b=nb)))
    return sorted(pairs, key=lambda x: (-x.p_same, x.a, x.b))


def _rows(session: Session, sql: str, **params: Any) -> list[Any]:
    """Rows through the DB-API cursor (SQLAlchemy's rows cost more than the query here);
    `:name` parameters as in SQLAlchemy's text()."""
    from store.search.connection import DB

    names = re.findall(r":(\w+)", sql)
    return DB(session).all(re.sub(r":\w+", "?", sql), [params[n] for n in names])


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
    if kind == "person":
        for eid, doc in _rows(
            session,
            "SELECT DISTINCT target_id, document_id FROM mention WHERE target_type = 'person'",
        ):
            if eid in out:
                out[eid].documents.add(doc)
    return out


#: why a pair is a candidate: the kind of key (_HOW) and the two names, put in words only
#: for the pairs kept
Why = tuple[str, str, str]
Candidate = tuple[tuple[int, int], float, Why]


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
            yield (a, b), _HOW[how][0], (how, na, nb)
    yield from _near(entities)
    if kind == "person":
        yield from _transliterated(entities)


#: what each kind of shared key says, and how likely it makes the pair one
_HOW = {
    "name": (0.75, "share the name {a}"),
    "words": (0.65, "the same words: {a} / {b}"),
    "acronym": (0.5, "{a} / {b}: an acronym and its name"),
    "reading": (0.6, "{a} reads {b}"),
    "country": (0.6, "{a} / {b}: one with its country, one without"),
    "short": (0.45, "{a} / {b}: a shorter form of the name"),
    "near": (0.5, "{a} / {b}: a letter or two apart"),
    "script": (0.5, "{a} / {b}: one name in two scripts?"),
}


@lru_cache(maxsize=1 << 18)
def _keys(name: str, kind: str) -> tuple[tuple[str, str], ...]:
    """The blocking keys of one name: two names sharing a key are a candidate pair (kept
    between reads: the pane reads the queue again after every verdict)."""
    return tuple(_name_keys(name, kind))


def _name_keys(name: str, kind: str) -> list[tuple[str, str]]:
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


#: a letter changed (not added) leaves two names nine tenths alike from this length on
_SAME_LENGTH = 10


def _near(entities: dict[int, _Entity]) -> Iterable[Candidate]:
    """Latin names a letter apart (Francis Gurry / Francis Gury, Tang / Tnag), found by the
    names they give with one letter taken out (symmetric deletion): two names sharing such
    a form are one letter, or two swapped, apart. Short names a letter apart are often two
    people (Li Yu, Li Yun): the pair must still be nine tenths alike."""
    blocks: dict[str, set[tuple[int, str]]] = defaultdict(set)
    for e in entities.values():
        for n in e.names:
            f = fold(n)
            if has_han(n) or len(f) < 6:
                continue
            blocks[f].add((e.id, f))
            for k in range(len(f)):
                blocks[f[:k] + f[k + 1 :]].add((e.id, f))
    seen: set[tuple[int, int]] = set()
    for members in blocks.values():
        if len(members) < 2 or len(members) > MAX_BLOCK:
            continue
        for (a, fa), (b, fb) in combinations(sorted(members), 2):
            key = (min(a, b), max(a, b))
            if a == b or fa == fb or key in seen or len(fa) == len(fb) < _SAME_LENGTH:
                continue  # (a letter changed in a short name is never nine tenths alike)
            seen.add(key)
            if SequenceMatcher(None, fa, fb).ratio() >= 0.9:  # short names a letter apart
                yield key, _HOW["near"][0], ("near", entities[a].name, entities[b].name)


_SEPARATORS = re.compile(r"[•·・.\s]+")


def _sounds(word: str) -> int:
    """How many syllables a Latin name part has, roughly: its groups of vowels."""
    return len(re.findall(r"[aeiouyàáâãäåèéêëìíîïòóôõöùúûü]+", word.casefold()))


def _could_transliterate(han: str, latin: str) -> bool:
    """马丁·格伯 / Martin Gerber: as many parts, each about as many characters as the Latin
    part has syllables."""
    hp = [p for p in _SEPARATORS.split(han) if p]
    lp = [p for p in latin.split() if p]
    if len(hp) < 2 or len(hp) != len(lp):
        return False
    return all(
        abs(len(h) - _sounds(w)) <= 1 and _starts_alike(h, w) for h, w in zip(hp, lp, strict=True)
    )


#: Latin letters a transliteration's first pinyin letter may stand for (马 Martin, 克 Cl-)
_ALIKE = {
    "k": "kcq",
    "q": "qkc",
    "x": "xsz",
    "j": "jgyd",
    "h": "hkx",
    "f": "fvp",
    "w": "wvu",
    "y": "yjie",
    "z": "zsc",
    "c": "csktz",
    "s": "szcx",
    "l": "lr",
    "t": "td",
    "d": "dt",
    "b": "bpv",
    "p": "pbf",
    "g": "gkh",
    "e": "aeiouh",
    "a": "aeiouh",
    "o": "aeiouh",
}


def _starts_alike(han: str, latin: str) -> bool:
    from pypinyin import lazy_pinyin

    first = (lazy_pinyin(han[0]) or [""])[0][:1]
    letter = latin.strip(".").casefold()[:1]
    return bool(first) and letter in _ALIKE.get(first, first)


def _transliterated(entities: dict[int, _Entity]) -> Iterable[Candidate]:
    """A foreign name in Chinese characters and the same person's Latin name, compared only
    when one document or one organisation states both (a bilingual release, a delegation)."""
    by_place: dict[tuple[str, int], list[_Entity]] = defaultdict(list)
    for e in entities.values():
        for d in e.documents:
            by_place[("d", d)].append(e)
        for o in e.links:
            by_place[("o", o)].append(e)
    seen: set[tuple[int, int]] = set()
    for members in by_place.values():
        han = [e for e in members if has_han(e.name) and _SEPARATORS.search(e.name)]
        latin = [e for e in members if not has_han(e.name)]
        if not han or not latin or len(han) * len(latin) > MAX_BLOCK * MAX_BLOCK:
            continue
        for h in han:
            for lt in latin:
                key = (min(h.id, lt.id), max(h.id, lt.id))
                if key not in seen and _could_transliterate(h.name, lt.name):
                    seen.add(key)
                    yield key, _HOW["script"][0], ("script", lt.name, h.name)


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
