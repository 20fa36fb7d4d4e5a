"""A body a text names generically, and the one body of the text's country that name fits
(review pairs.py asks for them): a text about one country's office calls it "the IP Office"
or "the Patent Office" throughout, and another text names the same office in full ("the
Ruritanian National Office for Intellectual Property"). The generic name bears no country,
so no key of its words meets the full name (pair_keys.py), and shared among every state's
office it would say nothing (ambiguous.py). What tells which office it is: the countries
its own text names. When exactly one body of the knowledge base, of a country that text
names, holds every word of the generic name (an abbreviation read both ways: IP and
intellectual property), the two are proposed as one.

A generic name is a Latin name of two to four words, bearing no country, made of a body's
head word (review.txt head_synonyms: office, agency, centre ...) and words that say what
it does (review.txt topic_words: patent, intellectual property, IP) only. Only the texts of
such names are read.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from store.search.connection import DB, chunks, marks
from store.search.words import STOPWORDS, word_set, words_of
from store.text import has_han, lexicon
from store.text.places import place_counts

if TYPE_CHECKING:
    from sqlmodel import Session

    from store.review.pairs import _Entity

#: a candidate pair: its ids (smaller first), the kind of key (pairs._HOW), the two names
Found = tuple[tuple[int, int], str, str, str]


@cache
def _heads() -> frozenset[str]:
    """Head words of a body's name (review.txt head_synonyms, every word of its groups)."""
    groups = lexicon.words("review.txt", "head_synonyms")
    return frozenset(w for g in groups for w in g.split("="))


@cache
def _topics() -> frozenset[str]:
    return frozenset(lexicon.words("review.txt", "topic_words"))


@lru_cache(maxsize=1 << 14)
def generic_name(name: str) -> bool:
    """ "IP Office", "the Patent Office": a head word and what the body does, no more."""
    from store.review.pair_keys import has_country

    tokens = name.split()
    if has_han(name) or not 2 <= len(tokens) <= 4 or name.isupper() or has_country(name):
        return False
    words = [w for w in words_of(name) if w not in STOPWORDS]
    heads = [w for w in words if w in _heads()]
    return len(heads) == 1 and all(w in _heads() or w in _topics() for w in words)


@lru_cache(maxsize=1 << 10)
def text_countries(text: str) -> frozenset[str]:
    """The codes of the countries and regions a text names (by name or demonym; once per
    text and process: the pane reads the queue again after every verdict)."""
    return frozenset(place_counts(text))


def load_countries(session: Session, entities: dict[int, _Entity]) -> None:
    """Set `countries` on each countryless entity with a generic name: the countries its
    documents name."""
    wanted = [e for e in entities.values() if e.country is None and _generic(e)]
    read: dict[int, frozenset[str]] = {}
    db = DB(session)
    for chunk in chunks(sorted({d for e in wanted for d in e.documents}), 500):
        sql = f"SELECT id, text FROM document WHERE id IN ({marks(len(chunk))})"
        for did, text in db.all(sql, chunk):
            read[did] = text_countries(text or "")
    for e in wanted:
        e.countries = frozenset().union(*(read.get(d, frozenset()) for d in e.documents))


@lru_cache(maxsize=1 << 14)
def _latin_words(name: str) -> frozenset[str]:
    """A name's word set (search words.word_set), once per name and process: the pane reads
    the queue again after every verdict."""
    return frozenset(word_set(name))


def _generic(e: _Entity) -> bool:
    return generic_name(e.name) and not any(has_han(n) for n in e.names)


def generic(entities: dict[int, _Entity], max_block: int) -> Iterable[Found]:
    """Each generic body and the one body of a country its texts name that holds its words."""
    by_country: dict[str, list[_Entity]] = {}
    for e in entities.values():
        if e.country:
            by_country.setdefault(e.country, []).append(e)
    for g in entities.values():
        if g.country is not None or not g.countries or not _generic(g):
            continue
        want = word_set(g.name)
        fits = [
            b
            for c in sorted(g.countries)
            for b in by_country.get(c, [])
            if any(want <= _latin_words(n) for n in b.names if not has_han(n))
        ]
        if len(fits) == 1:
            b = fits[0]
            yield (min(g.id, b.id), max(g.id, b.id)), "generic", g.name, b.name
