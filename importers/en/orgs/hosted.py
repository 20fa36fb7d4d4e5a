"""Where a name ends beside the place or body it belongs to.

A chamber of commerce abroad is named by the country it serves in, after "in" ("the X
Chamber of Commerce in China"); the name is cut before "in" by the chunker, which would
leave one chamber for every host country. A unit named with its owner ("the Design
Department of the Y Office (YO)") is cut before "of", and the owner after it is a body too.
"""

from __future__ import annotations

import re

from importers.en.orgs.chunks import Tok, has_head
from importers.en.places import country_prefix
from importers.en.words import ORG_HEADS, UNIT_HEADS
from store.text import lexicon

#: Heads of bodies named with the country they work in ("Chamber of Commerce in X").
HOSTED_HEADS = lexicon.wordset("en_orgs.txt", "hosted_heads")

HOSTED_HEAD = re.compile(rf"(?i)\b(?:{'|'.join(sorted(HOSTED_HEADS))})\b")
_IN = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?((?:[A-Z][\w’'-]*)(?:[ \t]+[A-Z][\w’'-]*){0,3})")


#: Endings of representative offices abroad ("Economic and Trade Office"), named with their post.
POSTED_OFFICE_HEADS = lexicon.words("en_orgs.txt", "posted_office_heads")


def hosted_end(text: str, name: str, end: int) -> int:
    """Where the name of a body abroad ends: after "in" and its host country, when its
    head is one such bodies have ("Chamber"), or after the one word of its city, for a
    representative office ("Economic and Trade Office in Sydney") or a body's own office
    ("the X Organization Office in Japan"); after the international body a country's office
    is accredited to (`_country_office`); `end` otherwise."""
    accredited = _ACCREDITED.match(text, end) if _country_office(name) else None
    if accredited is not None and accredited.group(1).split()[-1].casefold() in ORG_HEADS:
        return accredited.end()
    posted = name.casefold().endswith(tuple(POSTED_OFFICE_HEADS)) or _body_office(name)
    if not (HOSTED_HEAD.search(name) or posted) or " in " in name:
        return end
    m = _IN.match(text, end)
    if m is None:
        return end
    words = m.group(1).split()
    country = country_prefix(words)
    if country is not None:
        return m.start(1) + len(country)
    if posted and len(words) == 1 and not re.match(r"[ \t]+of\b", text[m.end() :]):
        return m.end()  # a city: "in Dubai and the ...", not "in the Republic of ..."
    return end


#: "to the" and an international body's name after a country's office accredited to it.
_ACCREDITED = re.compile(
    r"[ \t]+to[ \t]+the[ \t]+([A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'-]*){1,6})"
)


def _country_office(name: str) -> bool:
    """'the Qatar Office' of "the Qatar Office to the World Trade Organization": a country's
    name and "Office", the office a state keeps at an international body and names with that
    body after "to the", as it does a permanent mission."""
    words = name.split()
    return (
        len(words) >= 2
        and words[-1] == "Office"
        and country_prefix(words[:-1]) == " ".join(words[:-1])
    )


def _body_office(name: str) -> bool:
    """'the World Bank Office', 'the X Organization (XO) Office': a body's own office, named
    by the whole name of the body before "Office", as an international body names the
    office it keeps in a country ("... Office in Japan")."""
    words = re.sub(r"\s*\([^()]*\)", "", name).split()
    if len(words) < 3 or words[-1] != "Office":
        return False
    return words[-2].casefold() in ORG_HEADS and words[-2].casefold() not in UNIT_HEADS


def owner_named_after(whole: list[Tok], unit: list[Tok]) -> bool:
    """'the Design Department of the Japan Patent Office (JPO)': a unit's name cut before
    "of the" leaves its owner, a body of its own with its acronym, when the owner has a head
    noun and the unit ends with one of the heads units have."""
    if len(unit) < 2 or len(whole) <= len(unit) + 2 or whole[len(unit)].low != "of":
        return False
    if whole[len(unit) + 1].low != "the":
        return False  # "of Oman's Ministry of X": the owner is named by another finder
    rest = [t for t in whole[len(unit) + 1 :] if t.low != "the"]
    own_acronym = len(unit) >= 4 and unit[-1].text == ")" and unit[-3].text == "("
    return (unit[-1].low in UNIT_HEADS or own_acronym) and has_head(rest)
