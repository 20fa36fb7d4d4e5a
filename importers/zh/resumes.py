"""A résumé's lines: under 简历, each line a term and the post held in it.

A cadre notice or a profile gives the person's name on a line of its own (or in a 姓名 field),
then labelled fields, then a 简历 heading over lines of a term and a post (2011.03—2014.11
某市知识产权局副局长). Each post a line ends with is a role of that person at the body the
line names; lines of study name no post. A person keeps one role per body (`facts`), so
of several lines at one body only the latest is read: the post held last there.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.names import FOREIGN, boundary, plausible_name, surname_length
from importers.zh.roles import Page, PersonHit, read_role
from store.text import is_han
from store.text.dates import ZH_TERM

_COLONS = ":："
_LABEL_MAX = 8  # a field's label (出生年月, 参加工作时间) is short
_CLOSERS = "、(（"  # a post ends before a second post or a bracketed note


@cache
def _heading() -> re.Pattern[str]:
    words = alternation(list(zh_lex.people_lexicon("resume_headings")))
    return re.compile(rf"^[ \u3000]*(?:{words})[ \u3000]*[{_COLONS}]?[ \u3000]*$", re.M)


def resume_posts(page: Page) -> list[PersonHit]:
    """The posts of every résumé in `page`, as hits that refer back to its person."""
    out: list[PersonHit] = []
    for m in _heading().finditer(page.text):
        subject = _subject(page.text, m.start())
        if subject is not None:
            out += _latest_per_body(_posts(page, subject, m.end() + 1))
    return out


def _subject(text: str, heading: int) -> str | None:
    """The person a résumé is of: the name on the nearest line before the heading that is
    not a labelled field (性别:女), or the value of a 姓名 field on the way there."""
    end = heading - 1
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end].strip(" \u3000")
        label, colon, value = _split_field(line)
        if colon and label in zh_lex.words("table_name_headers"):
            return value if _a_name(value) else None
        if line and not colon:
            return line if _a_name(line) else None
        end = start - 1
    return None


def _split_field(line: str) -> tuple[str, str, str]:
    """(label, colon, value) of a labelled field line, ("", "", line) for any other line."""
    k = min((i for c in _COLONS if (i := line.find(c)) >= 0), default=-1)
    if 0 < k <= _LABEL_MAX and all(is_han(c) for c in line[:k]):
        return line[:k], line[k], line[k + 1 :].strip(" \u3000")
    return "", "", line


def _a_name(text: str) -> bool:
    """A Chinese name (a family name and one to three characters) or a dotted foreign one."""
    if FOREIGN.fullmatch(text):
        return plausible_name(text)
    return (
        2 <= len(text) <= 4
        and all(is_han(c) for c in text)
        and bool(surname_length(text, 0))
        and plausible_name(text)
    )


def _posts(page: Page, subject: str, pos: int) -> list[PersonHit]:
    """The post of each line from `pos` that opens with a term, up to the first that does not."""
    text, out = page.text, []
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        term = ZH_TERM.match(text, pos + len(line) - len(line.lstrip(" \u3000")))
        if term is None:
            break
        hit = _post(page, subject, term.end(), end)
        out += [hit] if hit is not None else []
        pos = end + 1
    return out


def _post(page: Page, subject: str, start: int, end: int) -> PersonHit | None:
    """The first title of text[start:end] that ends its post, at the body before it."""
    text = page.text
    for m in zh_lex.title_regex().finditer(text, start, end):
        if m.end() < end and text[m.end()] not in boundary() + _CLOSERS:
            continue  # 主任 of 主任科员: not a title on its own
        hit = PersonHit(m.start(), m.end(), subject, alias_of=subject)
        page.name_ends.append(start)  # the post's body starts after the term
        read_role(page, hit, m.start(), m.end())
        page.name_ends.remove(start)
        return hit if hit.org is not None and hit.title else None
    return None


def _latest_per_body(hits: list[PersonHit]) -> list[PersonHit]:
    """Of the posts at one body, the one of the latest line (lines run from the earliest)."""
    latest = {(h.org.ref.id if h.org.ref else h.org.name): h for h in hits if h.org is not None}
    return list(latest.values())
