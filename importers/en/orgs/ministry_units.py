"""A body named with the ministry it belongs to: "the Patent Centre of the Ministry of
Economy of the Republic of X", "Head of Copyright Service of Ministry of Culture of Y".

The benchmark lists such a centre, service, agency, committee or office and its ministry as
two organisations, the first qualified by the ministry's country ("Patent Centre (X)"), and
the head's role is held at the first. A name written this way is still the body's full
official name, so the centre also bears it (and its short name): a gold that keeps the whole
phrase as one name matches it too. Units proper ("X Department of the Ministry"), whose heads
are the unit-head words, are left to importers.en.orgs.units. So is an office named by its
function ("the Press Office of the Ministry of X", "Head of the Information Office of the
Ministry of Y": importers.en.words.UNIT_FUNCTION_WORDS): a unit of the ministry, whose head's
role is held at the ministry with the office in the title.
"""

from __future__ import annotations

import re

from importers.en.orgs.chunks import FIELD_UNIT_HEADS, Tok, has_head
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import COUNTRIES, ORG_HEADS
from store.text import fold, lexicon

#: "Ministry": the parent whose "of" ends the name of a body it owns.
_OWNING_HEADS = lexicon.wordset("en_orgs.txt", "owning_ministry_heads")

_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def owning_ministry_at(name: list[Tok]) -> int:
    """The index of the "of" before "[the] Ministry ..." that ends the name of a body the
    ministry owns, or 0: the words before it must hold a head noun that is no unit head
    (a department or division of a ministry is a unit, read elsewhere)."""
    for k in range(2, len(name) - 2):
        if name[k].low != "of":
            continue
        m = k + 2 if name[k + 1].low == "the" else k + 1
        if m >= len(name) or not name[m].cap or name[m].low not in _OWNING_HEADS:
            continue
        if _body_of_its_own(" ".join(t.text for t in name[:k])) and has_head(name[m:]):
            return k
    return 0


def qualify_ministry_bodies(text: str, orgs: Orgs) -> None:
    """A body written right before "of [the] Ministry ... of COUNTRY" is that country's: it
    is named "Body (Country)", by its short name and by the whole phrase as written."""
    for s, e, entry in sorted(orgs.mentions, key=lambda m: m[:2]):
        if entry.country or entry.ref or entry.kind == "government":
            continue
        if entry.name.split()[0].casefold() in _OWNING_HEADS:
            continue  # a ministry of a ministry: none
        link = _OF.match(text, e)
        parent = orgs.at(link.end()) if link else None
        if parent is None or parent[2] is entry or not parent[2].country:
            continue
        if parent[2].name.split()[0].casefold() not in _OWNING_HEADS:
            continue
        short = re.sub(r"\s+", " ", text[s:e]).strip()
        if not _body_of_its_own(short):
            continue
        whole = re.sub(r"\s+", " ", text[s : parent[1]]).strip()
        bracketed = f"{short} ({COUNTRIES[parent[2].country][0]})"
        for form in (short, whole, bracketed):
            entry.add_form(form)
            orgs.by_name.setdefault(fold(form), entry)
        entry.name = bracketed
        entry.country = parent[2].country


def _body_of_its_own(name: str) -> bool:
    """A name whose last head noun is no unit head: "Patent Centre", not "X Department"."""
    heads = [w for w in name.casefold().split() if w in ORG_HEADS or w.rstrip(".") in ORG_HEADS]
    return bool(heads) and heads[-1] not in FIELD_UNIT_HEADS


def ministry_body(body: OrgEntry, owner: OrgEntry) -> bool:
    """Whether `body`, written before "of" `owner`, is a body of its own that the ministry
    owns (qualified by `qualify_ministry_bodies`): a post there is held at the body, not at
    the ministry with the body in the title, as a unit's would be."""
    return (
        owner.name.split()[0].casefold() in _OWNING_HEADS
        and body.country is not None
        and body.country == owner.country
        and body.name.split()[0].casefold() not in _OWNING_HEADS
        and _body_of_its_own(body.name)
    )
