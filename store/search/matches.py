"""How a hit matched, and what a hit is.

A match class follows from the probe (raw, fuzzy, typo) and the tier of the key it found.
Classes rank best first (`RANK`: a person's surname and a name's first word share a rank);
within a rank a match that covers more of the name comes first, then an entity that more
documents mention (`order`, used alike to keep an entity's best match and to rank hits).
"""

from __future__ import annotations

from dataclasses import dataclass

from store.search.heads import split_head
from store.search.keys import (
    T_ACRONYM,
    T_FUZZY,
    T_HEAD,
    T_HETERONYM,
    T_INITIALS,
    T_NAME,
    T_PART,
    T_PARTY,
    T_SURNAME,
    T_WORD,
)

KINDS = ("organisation", "person", "agreement")

# match classes, best first (a worse class has a larger number: max() is the worse one)
EXACT, ACRONYM, HEAD, SURNAME, PREFIX, PART, WORDS, INITIALS, HETERONYM, FUZZY, TYPO = range(11)
#: where a class ranks; classes of one rank are ordered by coverage, then documents
RANK = {
    EXACT: 0,
    ACRONYM: 1,
    HEAD: 2,
    SURNAME: 2,
    PREFIX: 3,
    PART: 4,
    WORDS: 5,
    INITIALS: 6,
    HETERONYM: 7,
    FUZZY: 7,
    TYPO: 8,
}
#: the score of each rank (a hit's score adds at most 9.1 for coverage and documents)
BASE = {0: 100.0, 1: 90.0, 2: 80.0, 3: 70.0, 4: 60.0, 5: 50.0, 6: 40.0, 7: 30.0, 8: 20.0}
HOW = {
    EXACT: "exact",
    ACRONYM: "acronym",
    HEAD: "first word",
    SURNAME: "surname",
    PREFIX: "prefix",
    PART: "part",
    WORDS: "words",
    INITIALS: "initials",
    HETERONYM: "heteronym",
    FUZZY: "fuzzy",
    TYPO: "typo",
}
TIER_CLASS = {
    T_NAME: PREFIX,
    T_PART: PART,
    T_INITIALS: INITIALS,
    T_HETERONYM: HETERONYM,
    T_FUZZY: FUZZY,
    T_WORD: WORDS,
    T_PARTY: WORDS,
    T_HEAD: HEAD,
    T_SURNAME: SURNAME,
    T_ACRONYM: INITIALS,  # an acronym key the query only starts
}
MIN_ACRONYM = 3  # letters of a query that is taken as an acronym (he, li are syllables too)


@dataclass
class Hit:
    kind: str  # "organisation" | "person" | "agreement"
    id: int
    name: str  # display name
    aliases: list[str]  # every other name (all scripts)
    score: float  # higher is better
    matched: str  # the name or title that matched
    #: exact | acronym | first word | surname | prefix | part | words | initials | heteronym
    #: | fuzzy | typo | role (matches.py HOW; role: roles.py)
    how: str
    #: what tells namesakes apart (store.search.context): "Director General, WIPO, since
    #: 2020", "IP office, Singapore", "MoU, IPOS / CNIPA, 2017-02"; "" when nothing is known
    context: str = ""


class Cand:
    """A candidate entity: its best match so far (a plain class: cheaper to import)."""

    __slots__ = ("cls", "cover", "name_id", "key", "docs", "dist")

    def __init__(
        self,
        cls: int,
        cover: float,  # how much of the name (or of the part, word) the query covers
        name_id: int | None,
        key: str,
        *,
        docs: int = 0,  # documents that mention the entity
        dist: int = 0,  # edits (typo)
    ) -> None:
        self.cls, self.cover, self.name_id, self.key = cls, cover, name_id, key
        self.docs, self.dist = docs, dist


def order(c: Cand) -> tuple[int, int, float, int]:
    """Sort key of a candidate, best first: its class's rank, fewer edits, more of the name
    covered (to two places, so that near-equal covers leave it to documents), more
    documents."""
    return (RANK[c.cls], c.dist, -round(min(c.cover, 1.0), 2), -c.docs)


def classify(probe: str, key: str, tier: int) -> tuple[int, float]:
    """(class, coverage) of a key that starts with `probe`, found as typed.

    A head key ("shen 011") the probe is the word of is a first word or a surname, covering
    the probe's share of the name; one it only starts is a prefix (the name starts with the
    probe) or, for a surname that ends the name, a part. A whole name is exact; a computed
    acronym the probe is, an acronym (from three letters); any other key covers the probe's
    share of the key (of the name for a whole-name key, of the part or word for the rest).
    """
    if tier in (T_HEAD, T_SURNAME):
        word, length = split_head(key)
        cover = len(probe) / length
        if word == probe:
            return (HEAD if tier == T_HEAD else SURNAME), cover
        return (PREFIX if tier == T_HEAD else PART), cover
    if key == probe and tier == T_NAME:
        return EXACT, 1.0
    if key == probe and tier == T_ACRONYM and len(probe) >= MIN_ACRONYM:
        return ACRONYM, 1.0
    return TIER_CLASS.get(tier, PREFIX), len(probe) / max(len(key), 1)
