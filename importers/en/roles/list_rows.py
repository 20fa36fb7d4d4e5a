"""The organisation a table row or a list item gives the title in it.

A table row "Kenya Industrial Property Institute, Managing Director NAME" opens with its
organisation; a list item "NAME, Registrar, Brunei Darussalam Intellectual Property Office"
closes with it, perhaps after a unit ("Head, Services and Investment Division") or a
function ("General Manager, International Policy and Cooperation.") that stays in the title.
Kept apart from the readers of the words right around a title (anchors.py): these read the
layout of a row or item, commas and columns.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.anchors import CAP
from importers.en.words import (
    COUNTRY_QUALIFIED_HEADS,
    HONORIFICS,
    INTERNAL_UNIT_HEADS,
    UNIT_FUNCTION_NOUNS,
)


def row_org(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The organisation a table row or list line opens with: "Kenya Industrial Property
    Institute, Managing Director NAME", "African Union Commission, Dr. NAME, Head of ...".
    Only a short line that starts with the organisation and a comma."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    if (le if le >= 0 else len(text)) - ls > 200:
        return None
    lead = re.match(r"[ \t]*", text[ls:pos])
    hit = orgs.at(ls + (lead.end() if lead else 0))
    if hit is None:
        return None
    rest = text[hit[1] : pos]
    if re.match(r"(?:\t|[ ]{2,})\S", rest) and "," in rest:
        return hit[2]  # a column of the row: "Secretariat     Mr NAME, Head, X Division"
    if _ADDRESSED_ROW.match(rest) and "," in rest:
        return hit[2]  # the same row with its columns run together: "Secretariat Mr NAME, ..."
    if (
        re.fullmatch(r"\s*(?:\([^()]{1,15}\))?\s*,\s*(?:[^,;:\n]{0,60},\s*|[^,;:\n]{0,12})", rest)
        is None
    ):
        return None
    return hit[2]


_ADDRESSED_ROW = re.compile(rf"[ \t]+{HONORIFICS}[ \t]")

_QUALIFIER = re.compile(r"[ \t]+\((?![A-Z]{2,}\))[A-Z][^()\n,]{2,50}\)")

_LISTED_UNIT = re.compile(
    rf",[ \t]+((?:{CAP}[ \t]+(?:(?:and|&)[ \t]+)?){{0,5}}"
    rf"(?:Division|Unit|Section|Branch|Team|Group))(?=[ \t]*(?:,|\n|$))"
)


#: " XO)": a body's acronym right after a title, closing the brackets the title is in
#: ("NAME (Director General XO)").
_BARE_ACRONYM = re.compile(r"[ \t]+(?=[A-Z]{2,10}\))")


def listed_org(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, str] | None:
    """The organisation of a list item "NAME, Title, ORG": the one named after the title and
    a comma ("Registrar, Brunei Darussalam Intellectual Property Office"). A qualifier in
    brackets ("Director (International Engagement)") and a unit closing the item ("Head,
    Services and Investment Division") stay in the title; the organisation of such a unit is
    the one after it or the one the line opens with. Returns (organisation, title addition)."""
    extra = ""
    q = _QUALIFIER.match(text, pos)
    if q:
        extra, pos = q.group(), q.end()
    inside = _unit_inside(text, pos, orgs)
    if inside is not None:
        return inside
    unit = _LISTED_UNIT.match(text, pos) or _listed_part(text, pos, orgs)
    if unit:
        extra += f", {unit.group(1)}"
        orgs.unit_spans.update(
            (a, b) for a, b, _ in orgs.mentions if unit.start(1) <= a < unit.end()
        )
        pos = unit.end()
    m = re.match(r",[ \t]*(?:the[ \t]+)?", text[pos:]) or _BARE_ACRONYM.match(text[pos:])
    hit = orgs.at(pos + m.end()) if m else None
    if hit is not None:
        return hit[2], re.sub(r"\s+", " ", extra)
    if unit:
        row = row_org(text, pos, orgs)
        if row is not None:
            return row, re.sub(r"\s+", " ", extra)
    return None


#: ", International Directorate in ": a unit after the title's comma, then the link to the
#: body that holds it.
_UNIT_IN = re.compile(
    rf",[ \t]+((?:{CAP}[ \t]+(?:(?:and|&)[ \t]+)?){{1,5}}"
    rf"(?:{'|'.join(w.capitalize() for w in sorted(INTERNAL_UNIT_HEADS))}))"
    r"[ \t]+(?:in|of|at|within)[ \t]+(?:the[ \t]+)?"
)


def _unit_inside(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, str] | None:
    """'NAME, Managing Director, Trade Directorate in X Export': the unit after the title's
    comma stays in the title, the post is held at the body named after "in" (or "of",
    "at"); the unit is no body of its own. Returns (organisation, title addition)."""
    m = _UNIT_IN.match(text, pos)
    hit = orgs.at(m.end()) if m else None
    if m is None or hit is None:
        return None
    orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if m.start(1) <= a < m.end(1))
    return hit[2], ", " + " ".join(m.group(1).split())


_LISTED_PART = re.compile(
    rf",[ \t]+((?:{CAP}[ \t]+(?:(?:of|and|&|for)[ \t]+)?){{0,5}}{CAP})(?=,[ \t]*(?:the[ \t]+)?\S)"
)


def _listed_part(text: str, pos: int, orgs: Orgs) -> re.Match[str] | None:
    """The part of an organisation a list item names between the title and the organisation
    that closes the item: "Director, Hague Registry, WIPO", "Vice-Chair, Design Committee,
    Japan X Association (JX)". The part stays in the title."""
    m = _LISTED_PART.match(text, pos)
    if m is None:
        return None
    own = orgs.at(m.start(1))
    if own is not None and (own[2].ref is not None or own[2].country or own[1] != m.end(1)):
        return None  # "Director, WIPO, Geneva": the body itself, not a part of one
    if m.group(1).split()[0].casefold() in COUNTRY_QUALIFIED_HEADS:
        return None  # "Department of Intellectual Property, Ministry of X": a national body
    after = re.match(r",[ \t]*(?:the[ \t]+)?", text[m.end() :])
    hit = orgs.at(m.end() + after.end()) if after else None
    if hit is None or not _ITEM_END.match(text, hit[1]):
        return None
    return m


#: Where a list item ends after its organisation: the line's end, or a comma, semicolon or
#: full stop before the next item or words ("..., IP Australia, and Mr NAME").
_ITEM_END = re.compile(r"[ \t]*(?:\([^()\n]{1,15}\))?[ \t]*(?:\n|$|[,;.](?:\s|$))")


_LISTED_FUNCTION = re.compile(
    rf",[ \t]*\n?[ \t]*((?:{CAP}[ \t]+(?:(?:and|&|for)[ \t]+(?:the[ \t]+)?)?){{0,5}}{CAP})"
    r"(?=[ \t]*(?:[.;\n]|$))"
)


def listed_function(text: str, pos: int) -> str:
    """The function that closes a list item or a sentence after a title, with no body named:
    "NAME, General Manager, International Policy and Cooperation." The function stays in
    the title (", International Policy and Cooperation"); "" if there is none."""
    m = _LISTED_FUNCTION.match(text, pos)
    if m is None or not _is_function(m.group(1).casefold().split()):
        return ""
    return ", " + " ".join(m.group(1).split())


def _is_function(words: list[str]) -> bool:
    """Words that name a function ("Policy and Cooperation") or a unit ("IP Sector",
    "Division for Africa"), which a title may go on with."""
    if any(w in UNIT_FUNCTION_NOUNS for w in words):
        return True
    return words[-1] in INTERNAL_UNIT_HEADS or (words[0] in INTERNAL_UNIT_HEADS and "for" in words)
