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
from importers.en.roles.portfolio import Title
from importers.en.titles import TITLE


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
