"""An instrument named without a verb, then signed in the next sentence.

"1. A new memorandum on design examination between A and B. C and D signed it on 4 May.":
an item of a list of outcomes names the instrument in a phrase of its own (a "renewed" or
"new" before the noun is part of its title, not the verb of a sentence), and the sentence
after it, in the same paragraph, signs it. The phrase is then the agreement that "signed it"
means; `afterwards.signed_it` gives it its signatories and its day. A phrase that says the
instrument is not signed, or a "signed it" that is negated, adds nothing.
"""

from __future__ import annotations

import re

from importers.en.agreements.afterwards import signed_it
from importers.en.agreements.dating import Opening
from importers.en.agreements.kinds import NOUN_RE
from importers.en.agreements.lists import ListItem
from importers.en.agreements.model import Ctx, Found
from importers.en.agreements.signings import in_sentence
from importers.en.words import GENERIC_AGREEMENT_NOUNS, NOT_SIGNED_RE
from importers.guarded import guarded
from store.text.sentences import sentence_spans

#: "<subject> signed it", "... signed the memorandum": the verb that points back.
_SIGNED_IT = guarded(
    r"(?<!\bnot\s)(?<!\bnever\s)\b(?:signed|initialled|initialed|inked)\s+(?:it\b|(?:the|this)\s+(?:"
    + "|".join(GENERIC_AGREEMENT_NOUNS)
    + r"|MoU|MOU)\b)",
    re.IGNORECASE,
)


def signs_phrase_before(ctx: Ctx, ss: int, se: int, para: Opening) -> list[Found]:
    """The agreement the sentence before ss..se names with no verb, when this sentence
    signs it ("C signed it on 4 May"): found here, then given its signatories and day."""
    if _SIGNED_IT.search(ctx.text, ss, se) is None or NOT_SIGNED_RE.search(ctx.text, ss, se):
        return []
    before = _sentence_before(ctx.text, ss)
    if before is None or NOUN_RE.search(ctx.text, *before) is None:
        return []
    item = ListItem(span=before)  # a phrase of its own, as an item of a list is
    out = in_sentence(ctx, *before, para, ctx.found, item=item)
    if len(out) != 1:
        return []  # "it" is one instrument: a sentence that names two does not say which
    ctx.found.append(out[0])
    signed_it(ctx, ss, se)
    ctx.found.pop()
    return out


def _sentence_before(text: str, ss: int) -> tuple[int, int] | None:
    """The sentence right before `ss` in its paragraph, if any."""
    ps = text.rfind("\n\n", 0, ss)
    ps = 0 if ps < 0 else ps + 2
    spans = [(s, e) for s, e in sentence_spans(text, lang="en", start=ps, end=ss) if e <= ss]
    spans = [
        (s, e)
        for s, e in spans
        if text[s:e].strip() and not re.fullmatch(r"\s*\d{1,2}[.)]\s*", text[s:e])
    ]
    return spans[-1] if spans else None
