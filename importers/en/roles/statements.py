"""A bare title quoted from a body's statement is held at that body.

Wire reports name who issued a statement ("the X Office said in a statement") and then
quote its officer by title alone ("the statement quoted the chairman NAME as saying"):
that officer speaks for the issuer, not for the body the report is mostly about.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import RoleEntry
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

_NOUNS = phrase_alternation(lexicon.words("en_roles.txt", "statement_nouns"))
_ISSUING = phrase_alternation(lexicon.words("en_roles.txt", "statement_verbs"))
_QUOTING = phrase_alternation(lexicon.words("en_roles.txt", "quoting_verbs"))

#: "the statement quoted the " right before a bare title.
_QUOTED = re.compile(rf"(?i)\bthe[ \t]+(?:{_NOUNS})[ \t]+(?:{_QUOTING})[ \t]+(?:the[ \t]+)?$")
#: " (ACR) said in a statement" right after a body's name.
_ISSUED = re.compile(
    rf"(?:[ \t]+\([^()\n]{{1,20}}\))?[ \t]+(?:{_ISSUING})[ \t]+in[ \t]+(?:a|its|an)[ \t]+"
    rf"(?:\w+[ \t]+)?(?:{_NOUNS})\b"
)


def statement_issuer(text: str, r: RoleEntry, orgs: Orgs) -> OrgEntry | None:
    """The body that issued the statement quoting a bare title's holder: the last one
    the text says issued a statement before the title."""
    if _QUOTED.search(text, max(0, r.span[0] - 40), r.span[0]) is None:
        return None
    issuers = [e for s, x, e in orgs.mentions if x <= r.span[0] and _ISSUED.match(text, x)]
    return issuers[-1] if issuers else None
