"""A party's organs named with "of" the committee they belong to.

"the Standing Committee of the Political Bureau of the X Central Committee", "the Political
Bureau of the X Central Committee": a party's political bureau (and a governing organ of it)
is no organisation of its own, but the committee at the end of the chain is.
"""

from __future__ import annotations

from importers.en.orgs.chunks import Tok, has_head
from importers.en.orgs.units import governing
from importers.en.words import ORGAN_HEADS
from store.text import lexicon

_PARTY_ORGANS = lexicon.wordset("en_orgs.txt", "party_organs")


def organ_owner(name: list[Tok]) -> list[Tok] | None:
    """The body a chain of organs ends in, or None when `name` opens with no organ or the
    chain holds no party organ: "Executive Committee of the X Union" is an organ the
    benchmark names as such, so only a party's chain is cut to its committee."""
    rest, party = name, False
    while True:
        of = next((k for k, t in enumerate(rest) if t.low == "of"), None)
        words = [t.text for t in rest[:of]] if of else []
        if not words or not _is_organ(words):
            break
        after = rest[of + 1 :] if of else []
        while after and after[0].low == "the":
            after = after[1:]
        if len(after) < 2 or not has_head(after):
            break
        rest, party = after, party or " ".join(words).casefold() in _PARTY_ORGANS
    return rest if party else None


def _is_organ(words: list[str]) -> bool:
    """'Standing Committee', 'Executive Council', 'Political Bureau': a governing organ."""
    if " ".join(words).casefold() in _PARTY_ORGANS:
        return True
    return words[-1].casefold() in ORGAN_HEADS and len(words) > 1 and governing(words)
