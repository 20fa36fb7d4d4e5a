"""A signing's day counted from the story's day, which a day stated later replaces.

"A and B signed an MoU on Friday" (or "yesterday") gives no day of its own: it is counted
back from the day the story is dated, which may be the day it was posted rather than
written. "The MoU was signed on 22 June" afterwards states the day, and that one is the
signing's (`dedup.date_anaphor` takes it in place of a day the agreement only took so).
"""

from __future__ import annotations

import re

from importers.en.agreements.dating import date_in
from importers.en.agreements.model import Ctx, Found, named_last
from store.text.sentences import sentence_bounds


def counted_day(ctx: Ctx, found: list[Found], kind: str) -> tuple[str, ...]:
    """The day of the agreement of `kind` named last, when its own sentence gives it only by
    a word counted from the story's day ("on Friday", "yesterday"): no figure there."""
    f = named_last(found, kind)
    if f is None or f.date is None or len(f.date) != 10:
        return ()
    text = ctx.text
    s, e = f.span
    start, end = sentence_bounds(text, s, e)
    sentence = text[start:end]
    if re.search(r"\d", sentence):
        return ()  # "on Friday, 21 June": a day it states
    year = ctx.year or ctx.doc_year
    if date_in(sentence, year, ctx.doc_date, ctx.today) != f.date:
        return ()
    return (f.date,)
