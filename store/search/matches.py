"""How a hit matched, and what a hit is.

A match class follows from the probe (raw, fuzzy, typo) and the tier of the key it found;
classes are ranked best first, and within a class entities that more documents mention
rank first (ranking.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from store.search.keys import T_FUZZY, T_HETERONYM, T_INITIALS, T_NAME, T_PART, T_PARTY, T_WORD

KINDS = ("organisation", "person", "agreement")

# match classes, best first
EXACT, PREFIX, WORDS, INITIALS, HETERONYM, FUZZY, TYPO = range(7)
BASE = {
    EXACT: 100.0,
    PREFIX: 80.0,
    WORDS: 70.0,
    INITIALS: 60.0,
    HETERONYM: 40.0,
    FUZZY: 40.0,
    TYPO: 20.0,
}
HOW = {
    EXACT: "exact",
    PREFIX: "prefix",
    WORDS: "words",
    INITIALS: "initials",
    HETERONYM: "heteronym",
    FUZZY: "fuzzy",
    TYPO: "typo",
}
TIER_CLASS = {
    T_NAME: PREFIX,
    T_PART: PREFIX,
    T_INITIALS: INITIALS,
    T_HETERONYM: HETERONYM,
    T_FUZZY: FUZZY,
    T_WORD: WORDS,
    T_PARTY: WORDS,
}


@dataclass
class Hit:
    kind: str  # "organisation" | "person" | "agreement"
    id: int
    name: str  # display name
    aliases: list[str]  # every other name (all scripts)
    score: float  # higher is better
    matched: str  # the name or title that matched
    how: str  # exact | prefix | initials | heteronym | fuzzy | typo | words | role
    #: what tells namesakes apart (store.search.context): "Director General, WIPO, since
    #: 2020", "IP office, Singapore", "MoU, IPOS / CNIPA, 2017-02"; "" when nothing is known
    context: str = ""


class Cand:
    """A candidate entity: its best match so far (a plain class: cheaper to import)."""

    __slots__ = ("cls", "cover", "name_id", "key", "docs", "dist")

    def __init__(
        self,
        cls: int,
        cover: float,  # how much of the matched key the query covers (tie-break)
        name_id: int | None,
        key: str,
        *,
        docs: int = 0,  # documents that mention the entity
        dist: int = 0,  # edits (typo)
    ) -> None:
        self.cls, self.cover, self.name_id, self.key = cls, cover, name_id, key
        self.docs, self.dist = docs, dist
