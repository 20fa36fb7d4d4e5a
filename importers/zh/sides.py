"""Sides of a cooperation: 巴方, 中方, 双方, 对方 name a party, never a person.

Chinese reports of a signing call each party by a side: a country's initial and 方 (巴方 is
the Brazilian side, 中方 the Chinese one), or a determiner and 方 (双方, 对方, 各方). jieba
tags some of them as names (巴方), so a rule that reads a name before a title would make a
person of the side. A side is never a person; before a title (巴方局长) it names the body of
that country the text names, whose head the title is.
"""

from __future__ import annotations

from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.collective import body_of, initials
from importers.zh.orgs.mention import Mention


@cache
def _nouns() -> tuple[str, ...]:
    return zh_lex.people_lexicon("side_nouns")


@cache
def _openers() -> frozenset[str]:
    return frozenset(zh_lex.people_lexicon("side_openers"))


def side_initial(word: str) -> str | None:
    """The country initial of a side (巴 of 巴方), "" for a side named by a determiner
    (双方, 对方), None when `word` is no side."""
    noun = next((n for n in _nouns() if word.endswith(n) and len(word) > len(n)), None)
    if noun is None:
        return None
    head = word[: -len(noun)]
    if head in initials():
        return head
    return "" if head in _openers() else None


def is_side(word: str) -> bool:
    """巴方, 双方, 对方: a side of a cooperation, not a person's name."""
    return side_initial(word) is not None


def side_before(text: str, ts: int, orgs: list[Mention]) -> Mention | None:
    """巴方局长: the body of the country whose side stands right before the title at `ts`,
    when the text names exactly one body of that country."""
    for k in (2, 3):
        initial = side_initial(text[max(0, ts - k) : ts]) if ts >= k else None
        if initial:
            return body_of(initial, orgs)
    return _side_and_kind(text, ts, orgs) or _kind_side(text, ts, orgs)


def _side_and_kind(text: str, ts: int, orgs: list[Mention]) -> Mention | None:
    """蒙方研究院院长: a country's side and the head noun of its body (中心, 局) before the
    title name the one body of that country the text names, when its name ends with that
    noun: the title is its head's."""
    for kind in _kinds():
        side_end = ts - len(kind)
        if side_end < 2 or not text.endswith(kind, 0, ts):
            continue
        initial = next(
            (i for k in (2, 3) if (i := side_initial(text[max(0, side_end - k) : side_end]))),
            None,
        )
        body = body_of(initial, orgs) if initial else None
        if body is not None and body.name.endswith(kind):
            return body
    return None


@cache
def _kinds() -> tuple[str, ...]:
    """The head nouns of bodies' names (中心, 局), the longest first."""
    return tuple(longest_first(zh_lex.words("org_suffixes")))


def _kind_side(text: str, ts: int, orgs: list[Mention]) -> Mention | None:
    """署方副署长, 局方局长: a side named by the last character of a body's kind (署, 局)
    is the body of that kind the text named last before it."""
    if ts < 2 or text[ts - 1] not in _nouns() or text[ts - 2] not in zh_lex.chars("headed_ends"):
        return None
    kind = text[ts - 2]
    named = [o for o in orgs if o.end <= ts - 2 and o.name.endswith(kind)]
    return named[-1] if named else None
