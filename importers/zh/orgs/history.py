"""A body's earlier names as its history tells them: renamed (更名为) and rebuilt on an
earlier body of its kind (在A基础上组建B).

A history section (历史沿革) names one body by each name it has borne, one per line, often
without repeating the subject: 2009年，甲局设立某某援助中心。2014年，更名为某某服务中心。
Each of those names is the same body as the one it became, not a body of its own. A renaming
with no subject before it renames the body named last before it that has the new name's
kind (its organisation suffix), in that sentence or the one before; a body built on another
is one with it only when both are of one kind (a centre on a centre), since a university on
which an institute is built goes on existing. The words are in store/text/words/zh.txt
([rename_words], [rebuilt_markers], [rebuilt_verbs]).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_suffix
from store.text import HAN
from store.text.sentences import sentence_spans

_GAP = 6  # characters between 基础上 and the verb that founds the later body (正式, 由省局)


@cache
def _renaming() -> re.Pattern[str]:
    return re.compile(alternation(longest_first(zh_lex.words("rename_words"))))


@cache
def _rebuilt() -> re.Pattern[str]:
    """的?基础上，…组建: the end of the earlier body's phrase and the verb before the later."""
    markers = alternation(zh_lex.words("rebuilt_markers"))
    verbs = alternation(longest_first(zh_lex.words("rebuilt_verbs")))
    return re.compile(rf"的?(?:{markers})[,，]?[{HAN}]{{0,{_GAP}}}?(?:{verbs})")


def earlier_names(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """(the earlier name, the later name) of every renaming and rebuilding the text tells."""
    return _renamed(text, mentions) + _rebuilt_on(text, mentions)


def _renamed(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    by_start = {m.start: m for m in mentions}
    spans = sentence_spans(text, lang="zh")
    out = []
    for hit in _renaming().finditer(text):
        new = by_start.get(hit.end())
        if new is None:
            continue
        old = _last_of_kind(mentions, new, _window_start(spans, hit.start()), hit.start())
        if old is not None:
            out.append((old, new))
    return out


def _rebuilt_on(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    by_end = {m.end: m for m in mentions}
    by_start = {m.start: m for m in mentions}
    out = []
    for hit in _rebuilt().finditer(text):
        old, new = by_end.get(hit.start()), by_start.get(hit.end())
        if old is not None and new is not None and _one_kind(old, new):
            out.append((old, new))
    return out


def _window_start(spans: list[tuple[int, int]], pos: int) -> int:
    """The start of the sentence before the one that holds `pos` (or of that one, if first)."""
    k = next((i for i, (s, e) in enumerate(spans) if s <= pos < e), 0)
    return spans[max(k - 1, 0)][0] if spans else 0


def _last_of_kind(mentions: list[Mention], new: Mention, start: int, end: int) -> Mention | None:
    """The last body named in text[start:end] of the kind `new` is of."""
    before = [m for m in mentions if start <= m.start and m.end <= end and _one_kind(m, new)]
    return before[-1] if before else None


def _one_kind(a: Mention, b: Mention) -> bool:
    """Two names that end in one organisation suffix (援助中心 and 服务中心 in 中心)."""
    k = 0
    while k < min(len(a.name), len(b.name)) and a.name[-1 - k] == b.name[-1 - k]:
        k += 1
    return k > 0 and a.name != b.name and org_suffix(a.name[-k:]) is not None
