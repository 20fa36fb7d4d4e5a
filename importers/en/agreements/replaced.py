"""The earlier instrument that the agreement just signed replaces or builds on.

"It replaces the memorandum signed in 2015", "..., which supersedes a 2015 memorandum", "it
implements the MoU the two offices signed in 2016": the instrument replaced or carried out
is an agreement of its own, signed by the same parties at the date the
sentence gives it, not the new one named again (which a definite title alone would be).
"It replaced three earlier agreements, of 1999, 2006 and 2013 respectively": as many
earlier agreements as the count says, one at each year the sentence gives, when the years
are as many.
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.agreements.dating import date_in
from importers.en.agreements.kinds import singular
from importers.en.agreements.model import Ctx, Found, named_last
from importers.en.agreements.one_each import COUNT_VALUES
from importers.en.words import SIGN_VERBS
from store.text import lexicon

_FILE = "en_agreements.txt"


@cache
def _replacing() -> re.Pattern[str]:
    """A replacing verb and the determiner (and adjectives) of the title right after it."""
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"\s+")
        for v in sorted(
            (*lexicon.words(_FILE, "replacing_verbs"), *lexicon.words(_FILE, "building_verbs")),
            key=len,
        )[::-1]
    )
    counts = "|".join(sorted(COUNT_VALUES, key=len, reverse=True))
    return re.compile(
        rf"\b(?:{verbs})\s+(?:the|their|its|an?|(?P<count>\d{{1,2}}|{counts}))\s+"
        r"(?:(?:earlier|previous|former|old|first)\s+)?$",
        re.IGNORECASE,
    )


@cache
def _building() -> re.Pattern[str]:
    """A verb that builds on an earlier instrument rather than replacing it."""
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"\s+") for v in lexicon.words(_FILE, "building_verbs")
    )
    return re.compile(rf"(?:{verbs})\b", re.IGNORECASE)


def replaced_instruments(
    ctx: Ctx, where: tuple[int, int, int, int], title: str, kind: str, found: list[Found]
) -> list[Found]:
    """The instruments a replacing verb governs ("replaces the memorandum of 2015"), as
    earlier agreements of the parties of the one named last, when the sentence dates them
    before that one; else none (`where`: the sentence's start and end, the title's)."""
    ss, se, s, e = where
    verb = _replacing().search(ctx.text, max(ss, s - 60), s)
    if verb is None:
        return []
    clause = re.match(r"[^,;]*", ctx.text[e:se])
    if _building().match(verb.group()) and not SIGN_VERBS.search(clause.group() if clause else ""):
        return []  # "builds on the 2023 memorandum, which remains in force": recalled only
    newer = named_last(found)
    if newer is None or not newer.parties:
        return []
    if verb.group("count"):  # "three earlier agreements of 1999, 2006 and 2013": each one
        dates = _counted_years(ctx.text[e:se], verb.group("count"))
        adjectives = ctx.text[verb.end("count") : s].split()
        title = " ".join([*adjectives, singular(title)])
    else:
        # "signed in March 2015", else a year the title holds ("a 2015 memorandum", "the MoU
        # of 2015")
        year = re.search(r"\b(?:19|20)\d\d\b", ctx.text[s : e + 9])
        date = date_in(ctx.text[s:se], None, ctx.doc_date) or (year.group() if year else None)
        dates = [date] if date else []
    if not dates or any(newer.date is not None and d[:4] >= newer.date[:4] for d in dates):
        return []
    return [
        Found(
            title=title, kind=kind, date=d, parties=list(newer.parties), span=(s, e), earlier=True
        )
        for d in dates
    ]


def _counted_years(after: str, count: str) -> list[str]:
    """The years after a counted title, one per instrument counted ("two ... in 2001 and
    2009"); none when the years are not as many as the count."""
    years = re.findall(r"\b(?:19|20)\d\d\b", after)
    n = int(count) if count.isdigit() else COUNT_VALUES.get(count.casefold(), 0)
    return years if n > 1 and len(years) == n else []
