"""Where a grown name may run on and where it must end.

`grown.grow` walks jieba words from a name's start and stops at a word that cannot be part of
a name. Two need a closer look than their part of speech gives: a conjunction (与, 和) that
may stand inside one name (仲裁与调解中心) or between two (A会与B协会); and a bracket, which a
name may hold whole (中葡论坛(澳门)常设秘书处) but never end inside (X局(简称 is the name and
the opening of its short form).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.names import surname_length
from importers.zh.orgs.shape import (
    org_suffix,
    place_only,
    place_words,
    ranked_title,
    state_length,
)
from importers.zh.orgs.units import unit_ends
from store.text import is_han


def abbreviation(tok: Token, tag: str = "j") -> bool:
    """An abbreviated organisation name as jieba tags it (贸促会/j, 发改委/j); not a phrase
    that ends in a common word like a suffix (新格局/nt: 格局 ends with 局), nor a fair's
    short name (某交会, 某博会: an event)."""
    return (
        tok.pos == tag
        and len(tok.word) >= 3
        and tok.word.endswith(zh_lex.words("abbrev_suffixes"))
        and not tok.word.endswith(zh_lex.words("false_suffix_words"))
        and not tok.word.endswith(zh_lex.words("fair_abbreviation_ends"))
    )


def balanced(name: str) -> bool:
    """Whether every bracket the name opens it also closes: 澳门某局(某局 ends inside the
    short form written after the name, so it is no name (the name ends before the bracket).
    A bracket closed before any is opened is no bracket of the name either: 香港)有限公司(简称
    某公司 starts inside the place of 某某(香港)有限公司 and ends inside its short form."""
    depth = 0
    for c in name:
        depth += (c == "(") - (c == ")")
        if depth < 0:
            return False
    return depth == 0


def names_site(toks: list[Token], i: int, end: int) -> bool:
    """人民政协 + 网: a name that a website mark follows as a word of its own names the site
    (a news outlet in a dateline or a credit line), not the body."""
    nxt = next((t for t in toks[i:] if t.start >= end), None)
    return nxt is not None and nxt.start == end and nxt.word in zh_lex.wordset("site_marks")


def after_titled_person(text: str, toks: list[Token], j: int) -> bool:
    """副校长 + 王某 + 与: a joiner right after a name that follows a title ends that person,
    so the name of the body after the joiner does not grow back over it. The name is a
    word jieba tags as one, or two to four characters that open with a family name."""
    for k in range(j - 1, max(j - 4, 0) - 1, -1):
        if toks[k].pos == "nnt" or toks[k].word in zh_lex.titles():
            run = text[toks[k].end : toks[j].start]
            return k < j - 1 and (_surnamed(run) or (k == j - 2 and toks[k + 1].pos == "nr"))
    return False


def titled_family_name(text: str, toks: list[Token], i: int) -> bool:
    """局长 + 郑 + 宏志与…: a family name of one character that jieba reads as a place (郑 of
    郑州), right after a title, is the holder's family name; no body's name starts there, so
    none grows over the name and a joiner into the next body (郑宏志与某署)."""
    tok = toks[i]
    after_title = i > 0 and toks[i - 1].pos == "nnt" and toks[i - 1].end == tok.start
    return after_title and len(tok.word) == 1 and surname_length(text, tok.start) > 0


def ranked_post(text: str, toks: list[Token], j: int) -> bool:
    """某馆 + 助理 + 图书馆馆长: a rank (助理, 首席) before a body's head noun and the title
    that heads it (图书馆 + 馆长) opens one title, the assistant librarian's; the name before
    it does not run on over the rank."""
    if j + 2 >= len(toks):
        return False
    rank, head, title = toks[j : j + 3]
    joined = rank.end == head.start and head.end == title.start
    titled = title.word in zh_lex.titles()
    return joined and titled and ranked_title(rank.word, head.word, title.word)


def _surnamed(run: str) -> bool:
    """Two to four Chinese characters that open with a family name: a person's name."""
    han = 2 <= len(run) <= 4 and all(is_han(c) for c in run)
    return han and surname_length(run, 0) > 0


def joins_name(text: str, toks: list[Token], j: int, start: int) -> bool:
    """与/和 inside a name (仲裁与调解中心) rather than between two names."""
    if toks[j].word not in zh_lex.wordset("name_joiners") or toks[j - 1].pos == "eng":
        return False
    if _stationed_in_two(text, toks, j):
        return True
    if org_suffix(re.sub(r"\([^()]*\)$", "", text[start : toks[j].start])):
        return False  # A局(简称)与B: the joiner follows a whole name
    if place_only(text[start : toks[j].start]) or (
        toks[j - 1].start == start and toks[j - 1].pos == "ns"
    ):
        return False  # 在北京与B院长会谈: a place, then the other party
    if j + 1 < len(toks) and _field_ministry(text, toks, j, start):
        return True
    if whole_name(toks[j - 1]):
        return False  # 中国某促会 + 与 + B协会: a known or abbreviated name, then the other
    return j + 1 < len(toks) and toks[j + 1].pos not in ("ns", "nt", "eng")


def after_titled_joiner(item: str) -> int:
    """郭某教授与某研究院 + 副院长: a joiner (与/和/及/同) right after a title or honorific
    ends the person before it, so a body named before the next title starts after it; the
    offset where it starts (0 when no title and joiner stand in `item`)."""
    words = _person_words()
    at = 0
    for k, c in enumerate(item):
        if c in zh_lex.people_lexicon("person_joiners") and item.endswith(words, 0, k):
            at = k + 1
    return at


@cache
def _person_words() -> tuple[str, ...]:
    return tuple(longest_first([*zh_lex.titles(), *zh_lex.words("honorifics")]))


def whole_name(tok: Token) -> bool:
    """A word that is a whole organisation's name by itself: one jieba knows (or was primed
    with from the reference) as an organisation, or an abbreviation of one (贸促会). A
    conjunction right after it joins a second party, not two words of one name."""
    return tok.pos == "nt" or abbreviation(tok)


def _field_ministry(text: str, toks: list[Token], j: int, start: int) -> bool:
    """吉尔吉斯共和国 + 经济 + 和 + 商务部: after a state's long name and a field, 和 joins two
    fields of one ministry, even where the second field and its suffix alone are a known
    body's short name (商务部): a foreign ministry is named with its state's long form."""
    nxt = toks[j + 1]
    return (
        j - 1 > 0
        and toks[j - 2].start == start
        and toks[j - 2].end - start == state_length(text[start : toks[j - 1].start])
        and text[start : toks[j - 2].end].endswith(zh_lex.words("state_words"))
        and toks[j - 1].pos == "n"
        and nxt.pos == "nt"
        and nxt.word.endswith(unit_ends())
        and not nxt.word.startswith(place_words())
    )


def _stationed_in_two(text: str, toks: list[Token], j: int) -> bool:
    """驻澳门及香港总领事馆: a joiner between the two places of one station."""
    prev, nxt = toks[j - 1], toks[j + 1] if j + 1 < len(toks) else None
    return (
        nxt is not None
        and prev.pos == "ns"
        and nxt.pos == "ns"
        and text[prev.start - 1 : prev.start] == "驻"
    )


def before_dated_particle(text: str, tok: Token) -> int | None:
    """知识转移处 + 于十一月五日, read by jieba as 处于 (to be in): where a particle of time
    glued to the word before it is followed by a date, the offset the particle starts at
    (a name may end there); else None."""
    for particle in zh_lex.words("dated_particles"):
        cut = tok.end - len(particle)
        if tok.word.endswith(particle) and cut > tok.start and _date_start().match(text, tok.end):
            return cut
    return None


@cache
def _date_start() -> re.Pattern[str]:
    """A figure that opens a date or a time (2025年, 十一月, 九月二十三日)."""
    figures = f"0-9０-９{zh_lex.numerals()}〇零"
    return re.compile(rf"\s*[{figures}]{{1,4}}\s*[{zh_lex.chars('date_units')}]")
