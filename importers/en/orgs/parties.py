"""Organisations known only as the parties an agreement's title names.

"a Licensing Agreement between Acme Technologies (Malaysia) Sdn. Bhd. and Universiti
Sains Malaysia", "a Memorandum of Understanding between X and the Y Exchange": a company,
a university written in Malay or any body whose name has no English head noun is still an
organisation when a signed document is said to be "between" it and another. Each side of
"between A and B" that no other finder has named becomes one, with its company suffix
("Sdn. Bhd.", "Co., Ltd.") and without the acronym set after it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.orgs.tokens import Tok
from importers.en.titles import TITLE
from importers.en.words import (
    COMPANY_HEADS,
    COUNTRY_OF,
    DOCUMENT_NOUNS,
    GENERIC_AGREEMENT_NOUNS,
    GENERIC_TITLE_WORDS,
    HEADLINE_WORDS,
    HONORIFIC_WORDS,
    ON_HEADS,
    ORG_HEADS,
)
from importers.guarded import guarded
from store.text import lexicon
from store.text.dates import MONTH_RE
from store.text.sentences import closes_abbreviation, sentence_bounds

#: A noun of a signed document, then "between" in the same clause.
_BETWEEN = guarded(
    r"\b(?:"
    + "|".join(sorted({*GENERIC_AGREEMENT_NOUNS, *DOCUMENT_NOUNS}, key=len)[::-1])
    + r")s?\b[^;:.\n]{0,80}?\bbetween\s+",
    re.IGNORECASE,
)

#: Function words a title-case headline or treaty title capitalises ("Agreement Between A And
#: B"): no word of a name (chunks.py reads the caps breakers among them so too).
_HEADLINE = "|".join(w.capitalize() for w in sorted(HEADLINE_WORDS))
#: A capitalised word of a name, with the stop of an abbreviation ("Sdn.", "Co.").
_WORD = rf"(?!(?:{_HEADLINE})\b)[A-Z][\w’'&-]*\.?"
#: A name: capitalised words joined by connectors, a bracketed place or acronym inside it
#: ("Huawei Technologies (Malaysia) Sdn. Bhd."), and a suffix after a comma (", Ltd."), never
#: a month (a list's line "MoU between A and B, March 2019": when, not a part of B's name).
#: As in chunks.py, a name crosses a line break only after a connector: a headline's last
#: word and the sentence under it ("... and the X Office (XO)\nOn Monday") are two things.
_NAME = re.compile(
    rf"(?:the\s+)?(?P<name>{_WORD}(?:[ \t]+(?:(?:of|for|de|du|der)\s+(?:the\s+)?)?{_WORD}"
    rf"|[ \t]+\([A-Z][\w ]*\)|,\s*(?!{MONTH_RE}(?:\s|$))(?={_WORD}(?:[\s;,)]|$)){_WORD})*)"
)

#: Only the parties' names before a name after "between": "the X Office (XO), the Y Office and
#: the " (or a dash between them), so the name is one of the parties, not a body the sentence
#: names later.
_PARTY_LIST = re.compile(
    rf"(?:{_NAME.pattern}(?:\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+|\s*[—–-]\s*))*"
    r"(?:the\s+)?"
)

#: What a company's name may go on with after another finder has ended it: the rest of its
#: legal form (", Ltd.", ". Bhd."), stops and commas between abbreviations.
_LEGAL = re.compile(rf"(?:[.,]*\s*(?!(?:{_HEADLINE})\b)[A-Z][a-z]{{0,4}}\.?)+$")

#: An acronym in brackets right after the name: "(UTM)".
_ACRONYM = re.compile(r"\s+\([A-Z][A-Za-z]{1,9}\)$")


def find_named_parties(text: str, orgs: Orgs) -> None:
    """Each side of "<document> between A and B" that is a name no finder has covered: a
    name with a head noun or a company's legal form of its own, or the counterpart of a
    body ("between MIDA and the China Technology Exchange")."""
    for m in _BETWEEN.finditer(text):
        first = _NAME.match(text, m.end())
        if first is None:
            continue
        joined = _AND.match(text, first.end())
        second = _NAME.match(text, joined.end()) if joined else None
        sides = [s for s in (_side(text, orgs, first), _side(text, orgs, second)) if s]
        if len(sides) != 2:
            continue  # "between A, B and C", "between 2020 and 2024": no pair of names
        for side, other in (sides, sides[::-1]):
            if side.entry is None and not side.refused and (side.headed or other.body):
                _add(orgs, side)


#: The last words of places' names.
_PLACE_HEADS = lexicon.wordset("en_agreements.txt", "place_heads")

#: "and" between the two sides.
_AND = re.compile(r"\s+[Aa]nd\s+")


@dataclass
class _Side:
    """One side of "between": its name, where it is, and what it already is."""

    name: str
    start: int
    end: int
    acronym: str | None
    entry: OrgEntry | None  # the body another finder has named there
    headed: bool  # a head noun or a legal form of its own: "Universiti", "Sdn. Bhd."
    refused: bool  # a country, a person, "the Parties": never a body here

    @property
    def body(self) -> bool:
        return self.entry is not None or (self.headed and not self.refused)


def _side(text: str, orgs: Orgs, m: re.Match[str] | None) -> _Side | None:
    """The side a name match gives; None when there is none."""
    if m is None:
        return None
    name, s = m.group("name"), m.start("name")
    acronym = _ACRONYM.search(name)
    if acronym is not None:
        name = name[: acronym.start()]
    name = re.sub(r",$", "", name.rstrip()).rstrip()
    stop = re.search(r"[A-Za-z]\.(?=\s)", name)
    if stop is not None and not closes_abbreviation(name[: stop.end()]):
        name = name[: stop.end()]  # "and NIIP. The memorandum": the sentence ends there
    if name.endswith(".") and not closes_abbreviation(name):
        name = name[:-1]  # the stop that ends the sentence
    e = s + len(name)
    if e <= s:
        return None
    words = name.split()
    lows = [w.casefold().rstrip(".,") for w in words]
    refused = (
        name.casefold() in COUNTRY_OF
        or all(w in GENERIC_TITLE_WORDS for w in lows)  # "between the Parties"
        or TITLE.match(name) is not None  # "between Director Li and ..."
        or words[0].rstrip(".") in HONORIFIC_WORDS  # "between Mr Tan and ..."
        or any(w.endswith(("'s", "’s")) for w in lows)  # an owner before a name
        or len(words) < 2  # one word: a place or a person as often as a body
        or lows[-1] in _PLACE_HEADS  # "Guangdong Province"
    )
    inside = [(a, b, o) for a, b, o in orgs.mentions if a < e and s < b]
    entry = inside[0][2] if inside else None
    cut = inside[0] if len(inside) == 1 and inside[0][0] == s and inside[0][1] < e else None
    if cut is not None and _LEGAL.match(text, cut[1], e):
        orgs.add(name, s, e, into=cut[2])  # "Brightway Co" read without ", Ltd."
        cut[2].name = name
    headed = any(w in ORG_HEADS for w in lows) or lows[-1] in COMPANY_HEADS
    short = acronym.group().strip(" ()") if acronym else None
    return _Side(name, s, e, short, entry, headed, refused)


def _add(orgs: Orgs, side: _Side) -> None:
    kind = "company" if side.name.split()[-1].casefold() in COMPANY_HEADS else None
    entry = orgs.add(side.name, side.start, side.end, kind=kind)
    if side.acronym is not None:
        orgs.add(side.acronym, into=entry)


def before_subject(text: str, name: list[Tok]) -> list[Tok]:
    """'a Memorandum of Understanding between the X Office and the Y Office on the Common
    Aim of ...': after a signed document's "between", an "on" after a party's head opens the
    document's subject, not the "on" complement some names have ("Office on Drugs and
    Crime"), so the party's name ends before it."""
    k = next((k for k, t in enumerate(name) if t.low == "on" and k >= 2), 0)
    if not k or name[k - 1].low not in ON_HEADS:
        return name
    start = name[0].start
    found = list(_BETWEEN.finditer(text, sentence_bounds(text, start, start)[0], start))
    between = found[-1] if found else None  # the last "between" before the name
    if between is None or not _PARTY_LIST.fullmatch(text, between.end(), start):
        return name  # "The agreement between the two offices was welcomed by the X Agency on"
    return name[:k]
