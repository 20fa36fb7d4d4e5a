"""Titled names listed one after another, each title written before its holder; posts listed.

"Director of the X Office (XO) NAME, Deputy Head of the Y Agency (YA) NAME2, and ...": the
title after a comma opens the next item of the list, so it is the next name's, not the one
the comma follows ("NAME, Title of Y" would read it so).
"""

from __future__ import annotations

import re

from importers.en.names import NAME_TOKEN, name_after, valid_token
from importers.en.orgs.model import Orgs
from importers.en.roles.anchors import org_after_unit
from importers.en.roles.model import People
from importers.en.roles.portfolio import Title
from importers.en.titles import TITLE
from importers.en.words import HONORIFICS


def opens_next_name(text: str, t: Title, orgs: Orgs) -> bool:
    """Whether a capitalised title after a comma is followed by its own holder: right after
    it ("NAME, Commissioner Lee and ...") or after the body it is held at ("NAME, Deputy
    Head of the Y Agency (YA) NAME2")."""
    if not t.text[:1].isupper():
        return False
    follows = NAME_TOKEN.match(text, t.end + 1) if text[t.end : t.end + 1] == " " else None
    if follows is not None and valid_token(follows.group()):
        return True
    unit = org_after_unit(text, t.end, orgs)
    return unit is not None and name_after(text, unit[1]) is not None


def listed_post(text: str, nm: tuple[int, int], title: str) -> bool:
    """Whether what reads as a name before ", Title and Title" is a post of the same list:
    "posts including Chief Examiner, Head of Unit and Director" lists three
    posts; a "name" that ends in a title's word before a list of titles is the first."""
    words = text[nm[0] : nm[1]].split()
    return bool(re.search(r"\s(?:and|&)\s", title)) and bool(TITLE.fullmatch(words[-1]))


#: ", Mr. " right after a title: a form of address opens the title's own holder.
_ADDRESSED_NEXT = re.compile(rf",[ \t]+(?:{HONORIFICS})[ \t]+")


def titled_in_turn(text: str, t: Title, nm: tuple[int, int], people: People) -> bool:
    """Whether a title between two names is the second's: "the Minister of X, Ms. NAME,
    the Ambassador for Y, Mr. NAME2": the list writes each title before its holder, so
    when the name before the title already had its own title written before it and a
    form of address opens the name after, the title goes with the name after it."""
    nxt = _ADDRESSED_NEXT.match(text, t.end)
    if nxt is None or name_after(text, nxt.end() - 1) is None:
        return False
    return any(
        r.person.spans
        and nm in r.person.spans
        and r.span[1] <= nm[0]
        and not re.search(r"[.;\n]\s", re.sub(HONORIFICS, "", text[r.span[1] : nm[0]]))
        for r in people.roles
    )


def titled_surname(text: str, nm: tuple[int, int], people: People) -> bool:
    """Whether what reads as a two-word name is a title and the family name of a person
    named before in full ("Ambassador Mohamed" after "Mr. Justin Mohamed"): a re-mention
    of that person, whose title is not a name's first word."""
    words = text[nm[0] : nm[1]].split()
    if len(words) != 2 or not TITLE.fullmatch(words[0]):
        return False
    return any(
        len(f.split()) > 1 and f.split()[-1] == words[1] and s[1] <= nm[0]
        for p in people.entries
        for f in p.forms
        for s in p.spans[:1]
    )
