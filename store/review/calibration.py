"""P(wrong) of an organisation or a person from the signs it shows, calibrated on the
development sets.

`words/review_signals.tsv` holds, per kind and sign, how many names of the development sets
showing it were wrong and how many right (written by bench/calibrate_review.py; the row
`*` counts every name), and a prior: what the sign was believed to say before anything was
counted (blank: nothing beyond the base rate). A sign's own P(wrong) is its counts shrunk
towards its prior by PRIOR_WEIGHT pseudo-names; the signs are combined as in naive Bayes,
each one's log-odds against the base rate added, DAMPING times (the signs are not
independent: a fragment is often also seen once, unlinked), so that no product of many weak
signs makes a certainty.

Structural signs (what the store knows besides the name, `structure_signs`): seen in one
document or more, one mention or more, linked (a party, a signatory, a role's organisation,
a parent of others) or not, another name (an acronym, a name in another script) or not, a
country or not, a weak pattern or a strong one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from math import exp, log

from store.text import lexicon

TABLE = "review_signals.tsv"
PRIOR_WEIGHT = 4.0
DAMPING = 0.7
#: nothing stated by a document is certain, nor certainly wrong
FLOOR, CEILING = 0.02, 0.98
#: one document's mention of an entity others state too (mentions.py) is wrong a few times in
#: a thousand: at FLOOR, no sign could tell one such mention from another
FLOORS = {"mention:organisation": 0.002, "mention:person": 0.002}
#: a fact's doubt (fact_signs.py) is never certain either way
FLOORS |= {"role": 0.01, "agreement": 0.01}


def _floor(kind: str) -> float:
    return FLOORS.get(kind, FLOOR)


#: a pattern weaker than this (Mention.confidence) is a weak one
WEAK_PATTERN = 0.8


@dataclass(frozen=True)
class Profile:
    """What the store knows of one organisation or person besides its name's shape."""

    documents: int = 0
    mentions: int = 0
    links: int = 0
    other_names: bool = False  # an acronym, or a name in another script
    country: bool = False
    pattern: float | None = None


def structure_signs(kind: str, p: Profile, plain: bool = False) -> list[str]:
    """The structural signs of a profile: one value of each feature. PLAIN: the name's shape
    shows no doubt (`shape:none`): what little is known of such a name (named once, in no
    agreement or role) is weighed by how often such names were wrong, not as if the shape
    had been doubted too."""
    signs = ["shape:none"] if plain else []
    signs += [
        "documents:1" if p.documents <= 1 else "documents:2+",
        "mentions:1" if p.mentions <= 1 else "mentions:2+",
        "links:0" if not p.links else "links:1+",
        "other_names:no" if not p.other_names else "other_names:yes",
    ]
    if kind == "organisation":
        signs.append("country:no" if not p.country else "country:yes")
    if p.pattern is not None:
        signs.append("pattern:weak" if p.pattern < WEAK_PATTERN else "pattern:strong")
    return signs


@dataclass(frozen=True)
class _Row:
    prior: float | None
    wrong: int
    right: int


@cache
def _rows() -> dict[tuple[str, str], _Row]:
    out = {}
    for r in lexicon.table(TABLE):
        prior = float(r["prior"]) if r["prior"] else None
        out[(r["kind"], r["sign"])] = _Row(prior, int(r["wrong"] or 0), int(r["right"] or 0))
    return out


def _logit(p: float) -> float:
    return log(p / (1 - p))


@cache
def base_rate(kind: str) -> float:
    """The share of wrong names of KIND in the development sets."""
    row = _rows().get((kind, "*"))
    if row is None or row.wrong + row.right == 0:
        return 0.1
    return min(max(row.wrong / (row.wrong + row.right), _floor(kind)), CEILING)


@cache
def sign_p(kind: str, sign: str) -> float:
    """P(wrong) of a name of KIND showing SIGN, read alone."""
    base = base_rate(kind)
    row = _rows().get((kind, sign))
    if row is None:
        return base
    return _shrunk(kind, row, base if row.prior is None else row.prior)


def _shrunk(kind: str, row: _Row, prior: float) -> float:
    """A row's counts shrunk towards PRIOR (weighed as PRIOR_WEIGHT names), within bounds."""
    p = (row.wrong + PRIOR_WEIGHT * prior) / (row.wrong + row.right + PRIOR_WEIGHT)
    return min(max(p, _floor(kind)), CEILING)


def p_wrong(kind: str, signs: list[str]) -> float:
    """P(wrong) of a name of KIND showing all these signs."""
    return _p_wrong(kind, tuple(signs))


@cache
def _p_wrong(kind: str, signs: tuple[str, ...]) -> float:
    """(A base has few combinations of signs: each is weighed once.)"""
    base = base_rate(kind)
    odds = _logit(base) + DAMPING * sum(_logit(sign_p(kind, s)) - _logit(base) for s in signs)
    return min(max(1 / (1 + exp(-odds)), _floor(kind)), CEILING)


@cache
def fact_p(kind: str, sign: str) -> float:
    """P(wrong) of a role or an agreement showing SIGN (fact_signs.py): its counts shrunk
    towards its prior, alone (a fact shows one cell, not signs to combine); 0.0 for a sign
    nothing doubts (no row, or no prior: counted to be seen, not read)."""
    row = _rows().get((kind, sign))
    if row is None or row.prior is None:
        return 0.0
    return _shrunk(kind, row, row.prior)


def known_signs(kind: str) -> list[str]:
    """The signs the table has a row for (bench/calibrate_review.py writes every one)."""
    return [s for k, s in _rows() if k == kind]
