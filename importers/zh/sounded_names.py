"""An official of a body abroad named by sound after the title: 某国专利局局长 + a name of
four characters that transliterations use; a foreign leader named by sound before the title.

A transliterated name that opens with a character that is also a Chinese family name (爱, 安,
马) reads, by the rules for Chinese names, as that family name and two characters, cutting
the last syllable off (a name of four characters is read whole only from five on). When the
role is at a body of a country whose officials do not bear names in Chinese characters (not
China's regions, Singapore, Malaysia, Japan, Korea or Viet Nam), the name is a transliteration
and runs on to where a name may end.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.names import boundary, transliterated_run, transliteration_end
from importers.zh.orgs.mention import Mention
from importers.zh.sounds import transliterated

#: Shortest run read whole after the title of a body abroad: a family name and two
#: characters are already the Chinese reading, so the transliteration must be longer.
_SHORTEST = 4


@cache
def _han_name_countries() -> frozenset[str]:
    return zh_lex.wordset("han_name_countries")


@cache
def _sounded_unions() -> frozenset[str]:
    return zh_lex.wordset("sounded_unions")


def _of_sounded_union(org: Mention) -> bool:
    """A body of a union whose officials are all named by sound (the European Commission):
    abroad, though its reference entry has no country."""
    ref = org.ref
    return ref is not None and bool({ref.id, ref.parent} & _sounded_unions())


def org_country(org: Mention) -> str | None:
    """The country of a body: from its reference entry, else from the country its name
    begins with."""
    code = org.ref.country if org.ref is not None else None
    if code is None:
        code = next((c for n, c in zh_lex.countries().items() if org.name.startswith(n)), None)
    return code


def sounded_name(text: str, name: str, at: int, org: Mention | None) -> str | None:
    """The whole transliterated name at `at` that `name` (read as a Chinese name) cuts
    short, when `org` is a body of a country whose officials are named by sound; else None."""
    if org is None:
        return None
    code = org_country(org)
    abroad = code is not None and code not in _han_name_countries()
    if not abroad and not _of_sounded_union(org):
        return None
    whole = transliterated_run(text, at, least=_SHORTEST)
    if whole is None or len(whole) <= len(name) or not whole.startswith(name):
        return None
    return whole


#: The longest transliterated name read before a leader's title.
_LONGEST_LEADER = 6


@cache
def _leader_titles() -> re.Pattern[str]:
    return re.compile(alternation(zh_lex.words("state_titles")))


def sounded_leaders(text: str) -> list[tuple[int, int, str]]:
    """某某总理今年访华: a name written by sound (no Chinese family name opens it) that opens
    a clause right before the title of a head of state or government, the polite order of a
    mention in passing; (start, end, title) of each. The country is not said, so no
    government is the post's (a Chinese name so placed is one of China's leaders)."""
    out = []
    for m in _leader_titles().finditer(text):
        p = m.start()
        for s in range(max(0, p - _LONGEST_LEADER), p - 2):
            if s > 0 and text[s - 1] not in boundary():
                continue
            if transliteration_end(text, s) >= p and transliterated(text[s:p]):
                out.append((s, p, m.group()))
                break
    return out
