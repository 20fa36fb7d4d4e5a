"""Counterparts the next sentence lists: "signed MoUs with each of them. They were A, Title of
X; B, Title of Y".

A head may sign "with each representative" (each guest, each of them) of a group the text
lists in the sentence right after ("These representatives included NAME, Title of X; NAME,
Title of Y; ..."). The bodies that list names are the counterparts, one agreement with each
when the noun is plural, as for a list after a colon (colon_lists.py); a listed guest with
no body (an ambassador named only with his posting) adds none.
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.agreements.model import Ctx, unique
from importers.en.orgs.model import OrgEntry
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon
from store.text.sentences import sentence_spans


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = lexicon.words
    each = phrase_alternation(words("en_agreements.txt", "each_phrases"))
    leads = phrase_alternation(words("en_agreements.txt", "list_lead_ins"))
    verbs = phrase_alternation(words("en_agreements.txt", "list_verbs"))
    return (
        # "each representative.", "each of them.", "every partner": the sentence ends there
        # ("with each other" is the signers' own pair)
        re.compile(rf"(?:{each})(?!\s+other\b)(?:\s+[a-z][\w-]*){{0,2}}\s*[.;]?\s*", re.IGNORECASE),
        # "These representatives included", "They were:"
        re.compile(
            rf"\s*(?:{leads})(?:\s+[a-z][\w-]*){{0,2}}?\s+(?:{verbs})\b:?\s*", re.IGNORECASE
        ),
    )


def each_listed(ctx: Ctx, ws: int, se: int) -> list[OrgEntry] | None:
    """The bodies listed by the sentence after the one whose "with" at `ws` ends on "each
    <noun>" (ending at `se`); None when the "with" names its counterparts itself or no such
    list follows."""
    each, lead = _patterns()
    text = ctx.text
    if not each.fullmatch(text, ws, se):
        return None
    para_end = text.find("\n\n", se)
    para_end = len(text) if para_end < 0 else para_end
    spans = sentence_spans(text, lang="en", start=se, end=para_end)
    if not spans:
        return None
    ls, le = spans[0]
    opened = lead.match(text, ls, le)
    if opened is None:
        return None
    bodies: list[OrgEntry] = []
    pos = opened.end()
    for s, e, entry in ctx.orgs.between(opened.end(), le):
        if s < pos:
            continue  # a name inside one already listed
        bodies.append(entry)
        pos = e
    listed = unique(bodies)
    return listed if len(listed) > 1 else None
