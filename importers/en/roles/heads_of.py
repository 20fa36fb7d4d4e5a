"""A person said to head a body, with no title: "NAME, who heads the X Office", "the head of
the X Office, NAME,".

A text may introduce someone by what they do rather than by a post: "Mr NAME, who heads the
X Office", "NAME, who leads the Y Institute", or name them in apposition to "the head of" a
body. That is a post at that body all the same. Its title is the loose "head" (en_roles.txt
[loose_posts]): nothing more is written, and beside a title the text gives the same person at
the same body it is that post again, no second role (importers.en.output).
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People

_WHO_HEADS = re.compile(r",[ \t]+who[ \t]+(?:now[ \t]+)?(?:heads|leads)[ \t]+(?P<the>the[ \t]+)?")

_HEAD_OF = re.compile(r"\b[Tt]he[ \t]+head[ \t]+of[ \t]+(?P<the>the[ \t]+)?")
#: The apposition's comma after the body, and the one that closes the name.
_COMMA = re.compile(r",(?=[ \t])")
_CLOSED = re.compile(r"[ \t]*,")

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


def find_head_appositions(text: str, people: People, orgs: Orgs) -> None:
    """Record "the head of [the] ORG, NAME," as NAME's post of head at ORG: the name set off
    by commas on both sides, so that "the head of ORG, and NAME" or a list goes unread."""
    for m in _HEAD_OF.finditer(text):
        hit = orgs.at(m.end()) or orgs.at(m.start("the"))
        comma = _COMMA.match(text, hit[1]) if hit is not None else None
        if hit is None or comma is None:
            continue
        nm = name_after(text, comma.end())
        if nm is None or not _CLOSED.match(text, nm[1]):
            continue
        people.record(text, nm, "head", org=hit[2], span=(m.end(), hit[1]), place=None)
