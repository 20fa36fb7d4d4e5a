"""Probable duplicates: two organisations or two people that may be one.

Candidates come from keys two names share, so that no pair of the whole list is compared:
the same folded name (with or without a place in brackets at its end: "X (Hong Kong)" / X);
the same words in another order or form ("Viet Nam's Ministry of X" /
"Ministry of X (Viet Nam)", IP = Intellectual Property), or but for "National" when both
name a country; an acronym and the name it abbreviates (of two letters, only the acronym
alone and a name); a Chinese name and its pinyin
reading (申长雨 / Shen Changyu); a Chinese name with and without its country
(中国国家知识产权局 / 国家知识产权局); a shorter form of a person's name; a body's name
cut at the comma that opens the list of its fields ("Department of Industry" /
"Department of Industry, Innovation and Science"); two Latin names a letter or two apart
(near.py); Chinese names of bodies a character apart (han_near.py); names in two scripts
(scripts.py; glossed.py: word by word); a unit with and without its body (within.py; in
English, owned.py); a person's Chinese name and its end (tails.py); an initial and a full
first name (initials.py); a mission named by two heads (missions.py); a country and its
first character; a name with its country and, in the same document, an acronym of the rest
(abridged.py), or of a unit's words after its owner's capitals, one inner word perhaps left
out (abridged.py loosely); one unit named with two names of its body in one document (owned.py);
a name and the same followed by another of the body's names ("trailing"), in one document a
name and the same less "National" and its country ("bare"), a Chinese name with and without a
Latin short form in brackets ("bracket"); a generic name ("IP Office") and the one body of a
country its text names that holds its words (generic.py); a Chinese name with and without
政府 after its country ("government"); a body's name with a title of office run into it
("Chairman X Board" / "X Board": titled.py); a name and its short form a text writes right
after it, resolved apart (apposed.py); a Chinese name and its contraction, the first
characters of its words and its head (某知局: contracted.py).
What else is known weighs in: the same country or parent, shared partners or organisations
(for), different countries or different reference entries (against), and a name that is
probably no entity at all.

Speed (the pane reads the queue again after every verdict): a Chinese personal name's
readings are the keys the search index stored at import; names are folded and keyed once
per process; pairs are put in words only when shown; and the candidates are drawn again
only when a name, a document or a link changed since the latest read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import chain, combinations
from typing import Any

from sqlmodel import Session

from store.review.abridged import abridged, loosely
from store.review.ambiguous import shared_among_countries
from store.review.apposed import apposed, read_apposed
from store.review.contracted import contracted
from store.review.generic import generic, load_countries
from store.review.glossed import glossed
from store.review.han_near import han_near
from store.review.initials import initialled
from store.review.missions import missions
from store.review.near import near
from store.review.overrun import pair_doubt
from store.review.owned import owned, renamed
from store.review.pair_keys import (
    blocking_keys,
    bracketed,
    fold,
    has_country,
    head_before_list,
    national,
    trailing_name,
    without_government,
)
from store.review.scripts import translated, transliterated
from store.review.tails import tails
from store.review.titled import titled
from store.review.within import within
from store.search.readings import options, readings
from store.search.words import acronyms
from store.text import has_han, to_simplified

MAX_BLOCK = 40  # a block larger (a word every office shares) is too common to say anything

#: why a pair is a candidate: the kind of key (_HOW) and the two names, put in words only
#: for the pairs shown
Why = tuple[str, str, str]
Candidate = tuple[tuple[int, int], float, Why]


@dataclass
class Pair:
    kind: str
    a: int
    b: int
    p_same: float
    why: Why

    @property
    def reason(self) -> str:
        """Put in words only when shown (a large base has tens of thousands of pairs)."""
        how, na, nb = self.why
        return _HOW[how][1].format(a=na, b=nb)


@dataclass
class _Entity:
    id: int
    name: str
    ref: str | None = None
    country: str | None = None
    parent: int | None = None
    names: list[str] = field(default_factory=list)  # as written
    links: set[int] = field(default_factory=set)  # partners (orgs) or role organisations
    documents: set[int] = field(default_factory=set)  # that mention it
    #: pinyin readings of its Chinese names, as the search index stored them at import
    readings: dict[str, list[str]] = field(default_factory=dict)
    #: the countries its documents name, for a body named generically only (generic.py)
    countries: frozenset[str] = frozenset()
    #: the organisations a text names right after it, or it right after them, one of the two
    #: a short form (apposed.py): other -> (its surface, the other's)
    apposed: dict[int, tuple[str, str]] = field(default_factory=dict)


def duplicate_pairs(
    session: Session, kind: str, *, distinct: set[tuple[int, int]] | None = None, kept: Any = None
) -> list[Pair]:
    """Probable duplicates among live entities of KIND, the likeliest first; pairs judged
    distinct (`distinct`, smaller id first) are left out. `kept`: the SQLite file whose
    candidates are kept between processes (kept.py)."""
    entities = _load(session, kind)
    junk: dict[int, float] = {}
    pairs = []
    for key, (base, why) in _best_of(entities, kind, kept).items():
        if distinct and key in distinct:
            continue
        a, b = key
        for i in key:
            if i not in junk:
                e = entities[i]
                junk[i] = 0.0 if e.ref else pair_doubt(kind, e.name)
        # (two capitals alone are doubted as a short form of a word, a name with a title
        # run into it as a title: the other name answers that doubt, so only its own weighs)
        doubt = (min if why[0] in ("initials", "titled") else max)(junk[a], junk[b])
        p = _weigh(entities[a], entities[b], kind, base) * (1.0 - doubt)
        if p > 0:
            pairs.append(Pair(kind, a, b, round(p, 3), why))
    return shared_among_countries(pairs, entities, has_country)  # (likeliest first)


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
        _stored_readings(session, out)
    for eid, doc in _rows(
        session,
        "SELECT DISTINCT target_id, document_id FROM mention WHERE target_type = :k",
        k=kind,
    ):
        if eid in out:
            out[eid].documents.add(doc)
    if kind == "organisation":
        load_countries(session, out)
        for eid, others in read_apposed(session).items():
            if eid in out:
                out[eid].apposed = others
    return out


#: the candidates of the latest read of each kind, with what they were drawn from: the pane
#: reads the queue again after every verdict, and a verdict changes few names
_LATEST: dict[str, tuple[Any, dict[tuple[int, int], tuple[float, Why]]]] = {}


def _best_of(
    entities: dict[int, _Entity], kind: str, kept: Any = None
) -> dict[tuple[int, int], tuple[float, Why]]:
    """Each candidate pair (smaller id first) with its likeliest key: the first key that
    gives the highest base. Drawn again only when a name, a document or a link has
    changed (in this process, or in another that kept them: `kept`)."""
    drawn_from = [
        (e.id, tuple(e.names), tuple(sorted(e.documents)), tuple(sorted(e.links)), e.readings)
        + ((tuple(sorted(e.apposed)),) if e.apposed else ())
        for e in entities.values()
    ]
    latest = _LATEST.get(kind)
    if latest is not None and latest[0] == drawn_from:
        return latest[1]
    if kept:  # (kept.py is read only by a caller that keeps)
        from store.review import kept as cache

        print_ = cache.candidates_print(drawn_from)
        found = cache.load_candidates(kept, kind, print_)
        if found is not None:
            _LATEST[kind] = (drawn_from, found)
            return found  # type: ignore[no-any-return]
    best: dict[tuple[int, int], tuple[float, Why]] = {}
    get = best.get
    for how, members in _blocks(entities, kind):  # (the loop that weighs most: kept tight)
        base, country, cut = _HOW[how][0], how == "country", how == "cut"
        for (a, na), (b, nb) in combinations(members, 2):  # a < b
            if country and has_country(na) == has_country(nb):
                continue  # two national offices share their words; only one may lack it
            if cut and bool(head_before_list(na)) == bool(head_before_list(nb)):
                continue  # one name, and the other cut from it: not two of a kind
            if how == "initials" and _two_capitals(na) == _two_capitals(nb):
                continue  # two names of two words that begin alike: no acronym in sight
            if how == "national" and national(na) == national(nb):
                continue  # the same words, or two bodies of a kind: one "national" only
            if how == "reading" and _two_han_names(na, nb):
                continue  # 盛莉 / 李程: a reading links a name to its romanisation only
            if how == "bare" and not (
                has_country(na) != has_country(nb) and entities[a].documents & entities[b].documents
            ):
                continue  # "National X of Y" / "X": both in one text only
            if how == "government" and _governed(na) == _governed(nb):
                continue  # one name, with and without 政府 after its country
            if how == "bracket" and bracketed(na) == bracketed(nb):
                continue  # one name, with and without a short form in brackets
            if how == "trailing" and not _trailed(entities[a], na, entities[b], nb):
                continue  # the other's name, then another of its names (or acronym)
            old = get((a, b))
            if old is None or base > old[0]:  # (every base is above 0)
                best[(a, b)] = (base, (how, na, nb))
    for (a, b), base, why in _other_candidates(entities, kind):
        key = (a, b) if a < b else (b, a)
        old = get(key)
        if old is None or base > old[0]:
            best[key] = (base, why)
    _LATEST[kind] = (drawn_from, best)
    if kept:
        cache.keep_candidates(kept, kind, print_, best)
    return best


def _blocks(entities: dict[int, _Entity], kind: str) -> Iterable[tuple[str, list[tuple[int, str]]]]:
    """The entities sharing each key (id order, the name that gave the key), for the keys
    two to MAX_BLOCK entities share."""
    blocks: dict[tuple[str, str], dict[int, str]] = defaultdict(dict)
    for e in entities.values():
        for n in e.names:
            for key in blocking_keys(n, kind):
                blocks[key].setdefault(e.id, n)
            if kind == "person" and has_han(n):
                for r in e.readings.get(n) or _computed_readings(n):
                    blocks[("reading", r)].setdefault(e.id, n)
    for (how, shared), members in blocks.items():
        if how in ("acronym", "initials"):
            members = {i: n for i, n in members.items() if _may_abbreviate(entities[i], shared)}
        elif how == "trailing" and not any(trailing_name(n) for n in members.values()):
            continue  # the "words" block again: _trailed keeps no pair of it
        elif how == "government" and not any(_governed(n) for n in members.values()):
            continue  # the "name" block again
        elif how == "bracket" and not any(bracketed(n) for n in members.values()):
            continue  # the "name" block again: no pair with one name bracketed
        if 2 <= len(members) <= MAX_BLOCK:
            yield how, sorted(members.items())


def _trailed(a: _Entity, na: str, b: _Entity, nb: str) -> bool:
    """Whether one name is the other's words and then a trailing name that is one of the
    other entity's names or its acronym ("Centre of X" / "Centre of X Xpat", where Xpat is
    the centre's short name): a body's short name put after its full one, not a further
    word of another body's name ("Office of Trade" / "Office of Trade Policy")."""
    for longer, other, short in ((na, b, nb), (nb, a, na)):
        last = trailing_name(longer)
        if last and len(longer.split()) > len(short.split()):
            tail = fold(last)
            return tail in {fold(n) for n in other.names} or tail in acronyms(short)
    return False


def _governed(name: str) -> bool:
    """Whether a Chinese name has 政府 (government) after its country (pair_keys.py)."""
    return bool(without_government(to_simplified(fold(name))))


def _two_han_names(a: str, b: str) -> bool:
    """Two names in Chinese characters that are not one name in two scripts: that one can be
    read as the other (a heteronym, the given name first) says nothing of their being one
    person; a reading is evidence between a Chinese name and a Latin one."""
    return has_han(a) and has_han(b) and to_simplified(fold(a)) != to_simplified(fold(b))


def _may_abbreviate(e: _Entity, acronym: str) -> bool:
    """A body may bear the acronym its words give unless it states acronyms of its own, none
    this one: Universiti Teknologi MARA, "UiTM", is not the UTM its words abbreviate to."""
    stated = {fold(n) for n in e.names if _acronym_like(n)}
    return not stated or acronym in stated


def _two_capitals(name: str) -> bool:
    return len(name) == 2 and name.isupper()


@cache
def _acronym_like(name: str) -> bool:
    """One token of two to eight letters, two or more of them capitals (UTM, UiTM, MinLaw)."""
    return (
        2 <= len(name) <= 8
        and name.isalpha()
        and name.isascii()
        and sum(c.isupper() for c in name) >= 2
    )


def _other_candidates(entities: dict[int, _Entity], kind: str) -> Iterable[Candidate]:
    """Pairs found otherwise than by a shared key: a letter apart, or in two scripts."""
    across = [near, han_near, translated, glossed, missions, abridged, loosely, generic]
    across += [titled, apposed, contracted]
    if kind == "person":
        across = [near, transliterated, initialled]
    found = chain.from_iterable(f(entities, MAX_BLOCK) for f in across)  # two scripts
    parts = (
        tails(entities)
        if kind == "person"
        else chain(within(entities), owned(entities), renamed(entities))
    )
    for pair, how, a_name, b_name in chain(found, parts):
        yield pair, _HOW[how][0], (how, a_name, b_name)


#: what each kind of shared key says, and how likely it makes the pair one
_HOW = {
    "name": (0.75, "share the name {a}"),
    "words": (0.65, "the same words: {a} / {b}"),
    "acronym": (0.5, "{a} / {b}: an acronym and its name"),
    "initials": (0.45, "{a} / {b}: two capitals and the name they stand for?"),
    "reading": (0.6, "{a} reads {b}"),
    "country": (0.6, "{a} / {b}: one with its country, one without"),
    "short": (0.45, "{a} / {b}: a shorter form of the name"),
    "near": (0.5, "{a} / {b}: a letter or two apart"),
    "bracket": (0.7, "{a} / {b}: the same name, once with a short form in brackets"),
    "trailing": (0.6, "{a} / {b}: a name, then the same with another of its names after it"),
    "han_near": (0.5, "{a} / {b}: a character apart"),
    "script": (0.5, "{a} / {b}: one name in two scripts?"),
    "translated": (0.45, "{a} / {b}: one body named in two languages?"),
    "glossed": (0.55, "{a} / {b}: one body named in two languages, word for word?"),
    "cut": (0.5, "{a} / {b}: a name cut short at a comma?"),
    "national": (0.5, "{a} / {b}: one body of its country, once named 'national'?"),
    "bare": (0.5, "{a} / {b}: one text names it in full, then without 'national' and its country?"),
    "heads": (0.45, "{a} / {b}: the same words, one head or scope word for another?"),
    "mission": (0.5, "{a} / {b}: one sender's mission in one place, named two ways?"),
    "initial": (0.55, "{a} / {b}: its country named in full, then by its first character?"),
    "within": (0.55, "{a} / {b}: named in full, then by its last part?"),
    "owned": (0.55, "{a} / {b}: named with its body, then alone?"),
    "renamed": (0.6, "{a} / {b}: one unit named with two names of its body?"),
    "tail": (0.6, "{a} / {b}: a name given in full, then by its last characters?"),
    "part": (0.6, "{a} / {b}: a name given in full with its dots, then by one part?"),
    "initialled": (0.6, "{a} / {b}: a first name given in full, then by its initial?"),
    "abridged": (0.55, "{a} / {b}: named with its country, then by an acronym of the rest?"),
    "government": (0.6, "{a} / {b}: the same name, once with 'government' after its country?"),
    "generic": (0.5, "{a} / {b}: a generic name, in a text that names the country of {b}?"),
    "loosely": (0.5, "{a} / {b}: a unit after its owner's acronym, then by an acronym of its own?"),
    "titled": (0.6, "{a} / {b}: the body's name with a title of office run into it?"),
    "apposed": (0.6, "{a} / {b}: a name, and its short form written right after it?"),
    "contracted": (0.5, "{a} / {b}: a Chinese name and its contraction?"),
}


def _stored_readings(session: Session, entities: dict[int, _Entity]) -> None:
    """The readings of each Chinese personal name, from the keys the search index stored at
    import (store/search/keys.py: the likely reading, another reading of a heteronym, the
    surname), so that no name is read again at queue time: each reading, and the same with
    the given name first (Changyu Shen)."""
    texts = {
        i: text
        for i, text in _rows(session, "SELECT id, text FROM name WHERE entity_type = 'person'")
        if has_han(text)
    }
    found: dict[tuple[int, str], list[str]] = defaultdict(list)
    surnames: dict[tuple[int, str], str] = {}
    for eid, name_id, key, tier in _rows(
        session,
        "SELECT entity_id, name_id, key, tier FROM searchkey WHERE entity_type = 'person'"
        " AND tier IN (0, 3, 8) AND name_id IS NOT NULL",
    ):
        text = texts.get(name_id)
        if text is None or eid not in entities:
            continue
        if tier == 8:
            surnames[(eid, text)] = key.split(" ")[0]
        elif key.isascii() and key.isalpha() and len(key) > len(text):  # not the initials
            found[(eid, text)].append(key)
    for (eid, text), keys in found.items():
        surname = surnames.get((eid, text), "")
        turned = [k[len(surname) :] + surname for k in keys if surname and k.startswith(surname)]
        entities[eid].readings[text] = list(dict.fromkeys([*keys, *turned]))


@lru_cache(maxsize=1 << 16)
def _computed_readings(name: str) -> tuple[str, ...]:
    """A Chinese personal name's readings when the index stored none (kept between reads)."""
    return tuple(_han_readings(to_simplified(fold(name))))


def _han_readings(han: str) -> list[str]:
    """Pinyin readings of a Chinese personal name, surname first and given name first."""
    out = []
    for r in readings(options(han, person=True), 2):  # the likely reading and one other
        out.append("".join(r))
        if len(r) >= 2:
            out.append("".join(r[1:] + r[:1]))
    return out


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
