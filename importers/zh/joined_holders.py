"""Holders who share what the text writes once: one title, or one body.

Two holders of one title joined by 与/和/及 (某所高级研究员甲·乙博士和丙·丁博士): a title
written once before two names joined by a conjunction is held by both, as a title before a
、-list of names is. The second name stands alone, with no title of its own, so it
is read only where its form is sure: a transliterated name with a middle dot, or a Chinese
name with a family name, followed by the same form of address (博士, 先生) as the first.
Without that address the words after the conjunction may be anything (a body, a second
clause), and nothing is read.

Officials of one body listed name first (某协会甲会长、乙副会长、丙秘书长): the body is
written once, before the first item; each later item of the 、-list, a name and its title
with nothing before the name, holds its title at the body of the item before it, as items
written title first do (`roles._list_org`).
"""

from __future__ import annotations

import re

from importers.zh import lex as zh_lex
from importers.zh.names import DOTS, plausible_name, surname_length
from importers.zh.roles import PersonHit
from store.text import HAN

#: The longest Chinese name (family name included) read after the conjunction.
LONGEST_CHINESE = 4


def joined_holders(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """A hit for each name joined to a titled name by a conjunction, with its title and body."""
    taken = [(h.start, h.end) for h in hits]
    out: list[PersonHit] = []
    for hit in hits:
        if hit.title is None or hit.alias_of is not None or hit.bodiless:
            continue
        second = _joined_name(text, hit.end)
        if second is None or any(s < second[1] and second[0] < e for s, e in taken):
            continue
        start, end = second
        joined = PersonHit(start, end, text[start:end], title=hit.title, org=hit.org)
        joined.span_start = hit.span_start
        out.append(joined)
        taken.append(second)
    return out


def _joined_name(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the name after the address and conjunction that follow a name ending at
    `at`, when that name ends with the same address."""
    address = next((w for w in zh_lex.words("honorifics") if text.startswith(w, at)), None)
    if address is None:
        return None
    at += len(address)
    if at >= len(text) or text[at] not in zh_lex.chars("conjunctions"):
        return None
    start = at + 1
    shape = rf"[{HAN}]{{1,8}}(?:[{DOTS}][{HAN}]{{1,10}}?)+|[{HAN}]{{2,{LONGEST_CHINESE}}}?"
    m = re.compile(rf"(?:{shape})(?={re.escape(address)})").match(text, start)
    if m is None or not plausible_name(m.group(0)):
        return None
    dotted = any(c in DOTS for c in m.group(0))
    if not dotted and not surname_length(text, start):
        return None
    return start, m.end()


def listed_after_names(text: str, hits: list[PersonHit]) -> None:
    """Give each name-then-title item of a 、-list with no body the body of the item before
    it, when that item is a name-then-title too (甲会长、乙副会长)."""
    by_end: dict[int, PersonHit] = {}
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.title is None or not text.startswith(hit.title, hit.end):
            continue
        end = hit.end + len(hit.title)
        before = by_end.get(hit.start - 1)
        if hit.org is None and before is not None and text[hit.start - 1] == "、":
            hit.org = before.org
        if hit.org is not None:
            by_end[end] = hit
