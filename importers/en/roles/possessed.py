"""A body the text calls someone's own: "the Department of X, Minister Husic's department".

An organisation put in apposition with "<title> <surname>'s department" (or ministry, office,
agency) is the one that person heads: a role the text states without a body is held there.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from importers.en.titles import TITLE

_OWN_BODY = re.compile(
    r"\)?,[ \t]+(?:the[ \t]+)?(?:(?P<title>[A-Z][\w-]*(?:[ \t][A-Z][\w-]*){0,3})[ \t]+)?"
    r"(?P<name>[A-Z][\w’'-]+)['’]s[ \t]+(?:own[ \t]+)?(?:department|ministry|office|agency)\b"
)


def find_own_bodies(text: str, people: People, orgs: Orgs) -> None:
    """Give the body the text names as a person's own to that person's roles stated bare."""
    for _start, end, org in list(orgs.mentions):
        m = _OWN_BODY.match(text, end)
        if m is None or (m.group("title") and not TITLE.fullmatch(m.group("title"))):
            continue
        word = m.group("name")
        owners = [p for p in people.entries if word in p.name.split()]
        if len(owners) != 1:
            continue
        for r in people.roles:
            if r.person is owners[0] and r.org is None:
                r.org, r.bare = org, False
