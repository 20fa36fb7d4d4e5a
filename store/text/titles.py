"""Titles of office across languages: when two stated titles name one role.

A person's role at an organisation is often stated in English by one document ("Director
General") and in Chinese by another (总干事), or in two spellings ("Director-General"). The
table `words/titles.tsv` says which English titles a Chinese title translates; this module
answers, for two roles of one person at one organisation, whether they are one.

The rule, chosen because 局长 alone translates Commissioner, Director General, Director,
President and Chief Executive depending on the office:

- two roles sharing a title (folded, spellings and abbreviations read as their English
  title, Traditional read as Simplified) are one, whatever their dates (as before: the same
  title at the same organisation was always one role), unless their English titles differ;
- a role stated only in Chinese is one with a role holding an English title that one of its
  Chinese titles translates, when their times overlap or either is undated;
- two different English titles are never one role (a Commissioner and a Director of one
  office are both 局长 in Chinese, but two roles). Where a Chinese title could join
  either, the likelier reading (the earlier row of the table) and a dated overlap win.

No database here: the store applies the rule when it writes a role and when it merges two
entities (store/roles.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from store.text import lexicon
from store.text.chinese import to_simplified
from store.text.fold import fold
from store.text.glosses import without_glosses
from store.text.script import has_han

_FILE = "titles.tsv"


@cache
def _zh_joiners() -> re.Pattern[str]:
    """What joins two titles in one Chinese statement (党组书记、局长): the Chinese word list's
    title joiners (zh.txt [title_joiners])."""
    words = sorted(lexicon.words("zh.txt", "title_joiners"), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in words))


@dataclass(frozen=True)
class _Table:
    english: dict[str, str]  # folded spelling or abbreviation -> the English title's key
    chinese: dict[str, tuple[str, ...]]  # folded Simplified title -> English keys, table order


@cache
def _table() -> _Table:
    english: dict[str, str] = {}
    chinese: dict[str, list[str]] = {}
    for row in lexicon.table(_FILE):
        key = fold(row["title"])
        for form in (row["title"], *row["variants"], *row["abbreviations"]):
            english.setdefault(fold(form), key)
        for zh in row["zh"]:
            chinese.setdefault(fold(zh), []).append(key)
    return _Table(english, {k: tuple(v) for k, v in chinese.items()})


@cache
def _abbreviations() -> dict[str, str]:
    """Each title's short forms as written ("DG") to the title they stand for."""
    return {a: row["title"] for row in lexicon.table(_FILE) for a in row["abbreviations"]}


def title_abbreviations() -> list[str]:
    """Every title's short forms as written ("DG", "CE")."""
    return list(_abbreviations())


def title_abbreviated(word: str) -> str | None:
    """The title a short form stands for ("DG": "Director General"), else None: "the DG"
    is the person who holds the post, never a body."""
    return _abbreviations().get(word)


def is_chinese(title: str) -> bool:
    return has_han(title)


@lru_cache(maxsize=8192)
def title_key(title: str) -> str:
    """The key two spellings of one title share: "Director-General", "Director General" and
    "DG" give one key, 局長 and 局长 another."""
    if is_chinese(title):  # 局長(zhǎng), as a glossed repost writes it, is 局长
        return fold(to_simplified(without_glosses(title)))
    key = fold(title)
    return _table().english.get(key, key)


@lru_cache(maxsize=8192)
def translations(title: str) -> tuple[str, ...]:
    """The keys of the English titles a Chinese title may translate, most likely first;
    each part of a joined title counts (党组书记、局长 translates what 局长 does)."""
    if not is_chinese(title):
        return ()
    table = _table().chinese
    out: list[str] = []
    for part in [title, *_zh_joiners().split(title)]:
        for key in table.get(title_key(part), ()):
            if key not in out:
                out.append(key)
    return tuple(out)


@dataclass(frozen=True)
class Held:
    """What is known of one role: its titles (the first is shown) and its dates."""

    titles: Sequence[str]
    start: str | None = None
    end: str | None = None

    @property
    def undated(self) -> bool:
        return not self.start and not self.end

    @property
    def keys(self) -> frozenset[str]:
        return frozenset(title_key(t) for t in self.titles)

    @property
    def english_keys(self) -> frozenset[str]:
        return frozenset(title_key(t) for t in self.titles if not is_chinese(t))

    @property
    def only_chinese(self) -> bool:
        return not self.english_keys


def _share_a_title(a: Held, b: Held) -> bool:
    """A title in common, and no two English titles that differ: Commissioner and Director
    both stated as 局长 stay two roles."""
    if a.english_keys and b.english_keys:
        return bool(a.english_keys & b.english_keys)
    return bool(a.keys & b.keys)


def _before(a: str, b: str) -> bool:
    """a <= b for ISO prefixes of any precision: 2020-10 is not after 2020-10-01."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def overlap(a: Held, b: Held) -> bool:
    """Whether two roles' times could be one: either undated, or their spans meet."""
    if a.undated or b.undated:
        return True
    a_starts_in_time = not a.start or not b.end or _before(a.start, b.end)
    b_starts_in_time = not b.start or not a.end or _before(b.start, a.end)
    return a_starts_in_time and b_starts_in_time


def _rank(chinese: Held, english: Held) -> int | None:
    """How likely the Chinese-only role translates the other (0 best), or None when it does
    not: none of its titles translates an English title of the other, or their times
    cannot meet."""
    if not chinese.only_chinese or english.only_chinese or not overlap(chinese, english):
        return None
    wanted = english.english_keys
    ranks = [i for t in chinese.titles for i, key in enumerate(translations(t)) if key in wanted]
    return min(ranks) if ranks else None


def match(new: Held, held: Iterable[Held]) -> int | None:
    """Which of the roles HELD (by one person at one organisation) NEW is one role with, by
    position, or None. A shared title first; else a translation, the likeliest reading of
    the Chinese title first, a dated overlap before an undated one, then the earliest."""
    roles = list(held)
    for i, old in enumerate(roles):
        if _share_a_title(new, old):
            return i
    best: tuple[int, int, int] | None = None
    for i, old in enumerate(roles):
        rank = _rank(new, old) if new.only_chinese else _rank(old, new)
        if rank is None:
            continue
        candidate = (rank, int(new.undated or old.undated), i)
        if best is None or candidate < best:
            best = candidate
    return None if best is None else best[2]


def one_role(a: Held, b: Held) -> bool:
    return match(a, [b]) is not None


def shown_first(titles: Sequence[str]) -> list[str]:
    """The titles in the order a role shows them: the first English one, then the rest as
    they came (Director General · 总干事)."""
    first = next((i for i, t in enumerate(titles) if not is_chinese(t)), 0)
    return [*titles[first : first + 1], *titles[:first], *titles[first + 1 :]]
