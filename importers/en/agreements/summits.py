"""A statement that heads of state or government issue: "President A issued a joint
declaration with President B of X".

Such a declaration is made at a summit between states, and only issued, never signed: it is
no agreement of the bodies the text is about, and no office the text names elsewhere is its
party. A statement a body issues ("the JPO and KIPO issued a joint statement") stays one.
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.agreements.model import Ctx
from importers.en.word_patterns import phrase_alternation
from importers.en.words import GOVERNMENT_TITLES, ISSUE_VERBS

#: Kinds of instrument that are issued rather than signed.
_STATEMENTS = ("joint_statement", "declaration")


@cache
def _leader_title() -> re.Pattern[str]:
    """A head of state's or government's title written as one ("President", "Prime
    Minister"), capitalised before a name."""
    titles = phrase_alternation(sorted(GOVERNMENT_TITLES))
    return re.compile(rf"\b(?i:{titles})\s+[A-Z]")


def issued_by_leaders(
    ctx: Ctx, kind: str, sentence: tuple[int, int], verbs: list[re.Match[str]]
) -> bool:
    """Whether the statement governed by `verbs` in `sentence` is one that leaders issued:
    only issued, by a subject with a leader's title, in a sentence that names no
    organisation."""
    if kind not in _STATEMENTS or not verbs:
        return False
    if any(ISSUE_VERBS.fullmatch(v.group()) is None for v in verbs):
        return False  # signed too: an instrument, whoever signed it
    ss, se = sentence
    if ctx.orgs.between(ss, se):
        return False
    return _leader_title().search(ctx.text, ss, min(v.start() for v in verbs)) is not None
