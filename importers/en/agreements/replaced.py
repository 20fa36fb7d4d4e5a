"""The earlier instrument that the agreement just signed replaces or builds on.

"It replaces the memorandum signed in 2015", "..., which supersedes a 2015 memorandum", "it
implements the MoU the two offices signed in 2016": the instrument replaced or carried out
is an agreement of its own, signed by the same parties at the date the
sentence gives it, not the new one named again (which a definite title alone would be).
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.agreements.dating import date_in
from importers.en.agreements.model import Ctx, Found, named_last
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
    return re.compile(
        rf"\b(?:{verbs})\s+(?:the|their|its|an?)\s+(?:(?:earlier|previous|former|old|first)\s+)?$",
        re.IGNORECASE,
    )


@cache
def _building() -> re.Pattern[str]:
    """A verb that builds on an earlier instrument rather than replacing it."""
    verbs = "|".join(
        re.escape(v).replace(r"\ ", r"\s+") for v in lexicon.words(_FILE, "building_verbs")
    )
    return re.compile(rf"(?:{verbs})\b", re.IGNORECASE)


def replaced_instrument(
    ctx: Ctx, where: tuple[int, int, int, int], title: str, kind: str, found: list[Found]
) -> Found | None:
    """The instrument a replacing verb governs ("replaces the memorandum of 2015"), as an
    earlier agreement of the parties of the one named last, when the sentence dates it
    before that one; else None (`where`: the sentence's start and end, the title's)."""
    ss, se, s, e = where
    verb = _replacing().search(ctx.text, max(ss, s - 60), s)
    if verb is None:
        return None
    clause = re.match(r"[^,;]*", ctx.text[e:se])
    if _building().match(verb.group()) and not SIGN_VERBS.search(clause.group() if clause else ""):
        return None  # "builds on the 2023 memorandum, which remains in force": recalled only
    newer = named_last(found)
    if newer is None or not newer.parties:
        return None
    # "signed in March 2015", else a year the title holds ("a 2015 memorandum", "the MoU of 2015")
    year = re.search(r"\b(?:19|20)\d\d\b", ctx.text[s : e + 9])
    date = date_in(ctx.text[s:se], None, ctx.doc_date) or (year.group() if year else None)
    if date is None or (newer.date is not None and date[:4] >= newer.date[:4]):
        return None
    parties = list(newer.parties)
    return Found(title=title, kind=kind, date=date, parties=parties, span=(s, e), earlier=True)
