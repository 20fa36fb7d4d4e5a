"""One long name written twice in one text, once with a word more: "General Secretariat of the
Cooperation Council for the Arab States of the Gulf" and "... for the States of the Gulf".

A writer who spells a long name out twice may drop or add a qualifier; with seven words or
more in common and the same head, the two forms name one body. Short names are left apart,
because there one word makes another body ("Ministry of Industry", "Ministry of Light
Industry"), and so is a word that names a country. A bare "General Secretariat" is the one
"General Secretariat of X" the text names.
"""

from __future__ import annotations

from importers.en.orgs.chunks import GENERAL_HEADS
from importers.en.orgs.model import OrgEntry, Orgs, merge
from importers.en.words import COUNTRY_OF

#: Words two forms must share before one word more is taken for a variant, not a new body.
_SHARED_WORDS = 7


def join_inserted_words(orgs: Orgs) -> None:
    """Merge two bodies of one text whose names differ by one capitalised word inserted
    after the first word of the longer name's shared part."""
    for short in list(orgs.entries):
        if short.ref is not None or short not in orgs.entries:
            continue
        longer = next(
            (e for e in orgs.entries if e is not short and e.ref is None and _one_more(short, e)),
            None,
        )
        if longer is not None and (
            short.country is None or longer.country in (None, short.country)
        ):
            merge(orgs, longer, short)


def _one_more(short: OrgEntry, long: OrgEntry) -> bool:
    shorts = [f.casefold().split() for f in short.forms if "(" not in f]
    longs = [f.split() for f in long.forms if "(" not in f]
    return any(_inserted(s, w) for s in shorts for w in longs)


def _inserted(short: list[str], long: list[str]) -> bool:
    """`long` is `short` with one capitalised word, no country's, inserted inside it."""
    if len(short) < _SHARED_WORDS or len(long) != len(short) + 1:
        return False
    for k in range(1, len(short)):
        word = long[k]
        if [w.casefold() for w in long[:k] + long[k + 1 :]] == short:
            return word[:1].isupper() and word.casefold() not in COUNTRY_OF
    return False


def join_bare_general_heads(orgs: Orgs) -> None:
    """'the General Secretariat' after "the General Secretariat of the X Council": a head
    with "General" and no field of its own ("Secretariat General", "Directorate General")
    names again the one body of that head the text names with its owner."""
    for short in list(orgs.entries):
        words = short.name.casefold().split()
        if short.ref is not None or len(words) != 2 or "general" not in words:
            continue
        if not set(words) & GENERAL_HEADS:
            continue
        lead = f"{short.name.casefold()} of "
        fulls = [
            e
            for e in orgs.entries
            if e is not short and any(f.casefold().startswith(lead) for f in e.forms)
        ]
        if len(fulls) == 1:
            merge(orgs, fulls[0], short)
