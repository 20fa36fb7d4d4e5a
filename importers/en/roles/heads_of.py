"""A person said to head a body, with no title: "NAME, who heads the X Office".

A text may introduce someone by what they do rather than by a post: "Mr NAME, who heads the
X Office", "NAME, who leads the Y Institute". That is a post at that body all the same. Its
title is the loose "head" (en_roles.txt [loose_posts]): nothing more is written, and beside
a title the text gives the same person at the same body it is that post again, no second
role (importers.en.output).
"""

from __future__ import annotations

import re

from importers.en.names import name_before
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People

_WHO_HEADS = re.compile(r",[ \t]+who[ \t]+(?:now[ \t]+)?(?:heads|leads)[ \t]+(?P<the>the[ \t]+)?")

#: What after the body makes it another's ("the X Office's delegation") or a part of it.
_NOT_THE_BODY = re.compile(r"['’]s\b|[ \t]+(?:delegation|team|mission|division|unit)\b")


def find_heads(text: str, people: People, orgs: Orgs) -> None:
    """Record "NAME, who heads|leads [the] ORG" as NAME's post of head at ORG."""
    for m in _WHO_HEADS.finditer(text):
        hit = orgs.at(m.end()) or orgs.at(m.start("the"))  # "the Polish office": its "the"
        nm = name_before(text, m.start())
        if hit is None or nm is None or _NOT_THE_BODY.match(text, hit[1]):
            continue
        people.record(text, nm, "head", org=hit[2], span=(m.end(), hit[1]), place=None)
