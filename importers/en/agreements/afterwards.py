"""A later sentence about the agreement named before: who signed it, and on which day.

"A and B concluded a memorandum of understanding. Deputy Commissioner C signed it for A in
Tashkent on 12 December.": the second sentence names no agreement of its own, but gives the
first its signatory and its day. The day counts when it agrees with what the agreement is
dated by already (the month of a review's heading, the year of a report): a sentence that
dates something else ("signed it in 2019, and renewed it today") moves nothing.
"""

from __future__ import annotations

import re

from importers.en.agreements.dating import date_in
from importers.en.agreements.dedup import dates_compatible
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, named_in_paragraph, named_last
from importers.en.agreements.signers import add_signatories, persons_in
from importers.en.words import GENERIC_AGREEMENT_NOUNS

#: "<subject> signed it", "... signed the memorandum", "... initialled the plan".
_SIGNED_IT = re.compile(
    r"\b(?:signed|initialled|initialed|inked)\s+(?:it|(?:the|this|that)\s+(?:new\s+)?(?:"
    + "|".join(GENERIC_AGREEMENT_NOUNS)
    + r"|MoU|MOU)s?)\b",
    re.IGNORECASE,
)


def signed_it(ctx: Ctx, ss: int, se: int) -> bool:
    """Whether the sentence at ss..se signs the agreement named last again ("C signed it
    on 12 December"); if so, that agreement takes its signatories and its day."""
    m = _SIGNED_IT.search(ctx.text, ss, se)
    if m is None:
        return False
    noun = NOUN_RE.search(m.group())
    target = (noun and named_last(ctx.found, kind_of(noun))) or named_last(ctx.found)
    if target is None or not named_in_paragraph(ctx.text, target, ss):
        return False  # only an agreement its own paragraph named before
    signers = persons_in(ctx, ss, m.start())
    add_signatories(ctx, target, [p for p in signers if p not in target.signatories])
    date = date_in(ctx.text[ss:se], ctx.year or ctx.doc_year, ctx.doc_date)
    if (
        date
        and dates_compatible(target.date, date)
        and (target.date is None or len(date) > len(target.date))
    ):
        target.date = date
    return True
