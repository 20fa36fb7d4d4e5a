"""The office a Chinese document speaks for: the one its heading block names.

An office's annual report, a speech by its head and its press release name the office in
the lines that open the text (国家知识产权局2019年年报; a byline 国家知识产权局局长 申长雨;
經濟部智慧財產局新聞稿) and then call it 我局 or leave it out: a table of the year's
signings lists only the partners (合作伙伴 | 文件名称 | 签署时间), and 我局与X签署 names the
other party only. The heading block is the run of short lines before the first line of prose
(a line with a comma or full stop, or the addressee's line ending in a colon: a 公文 is sent
to the body named there), after any lines without Chinese (source: and date: headers);
failing a name there, the office a self-reference (我局) was resolved to.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from store.text import has_han, lexicon

#: Lines of the heading block looked at, and the longest such line.
HEADING_LINES = 4
HEADING_WIDTH = 60
_PROSE = "，。；,;!?！？"
_BARS = "|│┃"
_COLONS = ":："


def home_office(text: str, orgs: list[Mention]) -> Mention | None:
    """The office the document speaks for, or None when its opening names none: the first
    organisation of the last heading line that names one (a byline under the title of an
    event: 在世界知识产权组织…上的致辞 / 国家知识产权局局长 申长雨 speaks for the office)."""
    for start, end in reversed(heading_block(text)):
        named = [o for o in orgs if start <= o.start and o.end <= end and o.source != "self"]
        if named:
            return named[0]
    return next((o for o in orgs if o.source == "self"), None)


def heading_block(text: str) -> list[tuple[int, int]]:
    """The spans of the opening short lines, up to the first line of prose."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        body = line.strip()
        if not body or not has_han(body):
            continue
        if not _short_line(body):
            break
        out.append((start, start + len(line)))
        if len(out) == HEADING_LINES:
            break
    return out


@cache
def self_words() -> tuple[str, ...]:
    """我局, 本局, 我署 …: the words by which an office's own text refers to it."""
    return tuple(sorted(zh_lex.words("self_references"), key=len, reverse=True))


def self_reference_in(text: str, start: int, end: int, home: Mention) -> bool:
    """Whether text[start:end] refers to `home` by a self-reference of its kind (我局 for an
    office whose name ends in 局, 本署 for one in 署)."""
    return any(w in text[start:end] and home.name.endswith(w[-1]) for w in self_words())


@cache
def _first_person_joined() -> re.Pattern[str]:
    words = alternation(lexicon.words("zh_agreements.txt", "first_person"))
    return re.compile(rf"(?:{words})[{zh_lex.chars('party_joiners')}]")


def byline_before(text: str, pos: int) -> tuple[int, int] | None:
    """The span of the short line right above the paragraph holding `pos` (国家知识产权局局长
    申长雨 over an excerpt of the speech printed under it), else None: its speaker's byline."""
    start = text.rfind("\n", 0, pos)
    if start <= 0:
        return None
    above = text.rfind("\n", 0, start) + 1
    body = text[above:start].strip()
    if not body or not has_han(body) or not _short_line(body):
        return None
    return above, start


def _short_line(body: str) -> bool:
    """Whether a stripped, non-empty line can be a heading's or a byline's: a long line or
    prose punctuation is prose, a bar opens a table, and a colon at its end is an
    addressee's line (某司：, 尊敬的…：), which opens a letter and names no sender."""
    return (
        len(body) <= HEADING_WIDTH
        and not any(c in _PROSE for c in body)
        and body[0] not in _BARS
        and body[-1] not in _COLONS
    )


def speaker_signs(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] has the speaker sign in the first person (我和甲共同签署,
    本人与乙签署): 我 or 本人 right before a joiner, not 我局 or 我们."""
    return _first_person_joined().search(text, start, end) is not None
