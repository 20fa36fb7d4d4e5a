"""Lists of a body's past heads: 历任局长, then a table of names and their terms.

A body's history page lists the holders of its top post in a table (姓名 | 任期) under a
line that names the post (以下为历任局长). The table has no title or unit column: the
title is the one the line names, and the body is the one the page is of. A term column is
required, so that an ordinary table of names under such a line is not read as heads.

An encyclopedia entry lists them instead as lines of a name and its term in brackets
(1. 某某(2003年5月-2009年2月)), under a line that may name the post only as the body's head
(历任首长): the title is then the one the page gives the body's heads elsewhere (局长 某某).
The rest of such a line may state a post taken later (,后出任某部部长).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.grid import BARS
from importers.zh.names import plausible_name, surname_length
from importers.zh.orgs.mention import Mention
from importers.zh.roles import Page, PersonHit, home_org
from store.text import HAN, is_han
from store.text.dates import ZH_TERM

_FRAME = re.compile(r"[-:=]*")
_LOOKAHEAD_LINES = 3  # the table starts within this many lines of the line naming the post
#: A line of a list of past heads: an item number, a name, its term in brackets.
_LIST_LINE = re.compile(
    rf"[ \u3000]*(?:\d{{1,2}}[.、)][ \u3000]*)?(?P<name>[{HAN}]{{2,4}})[ \u3000]*"
    rf"[(（]{ZH_TERM.pattern}[)）]"
)


@cache
def _markers() -> re.Pattern[str]:
    return re.compile(alternation(list(zh_lex.people_lexicon("past_heads_markers"))))


def _cells(line: str, start: int) -> list[tuple[int, int, str]] | None:
    """(start, end, text) of the cells of a line framed by bars, or of one whose cells only
    bars part (姓名|职务|任职时间, as an entry's table is copied), or None."""
    stripped = line.strip()
    if len(stripped) < 3 or not any(c in BARS for c in stripped):
        return None
    bars = [k for k, c in enumerate(line) if c in BARS]
    bars = ([] if stripped[0] in BARS else [-1]) + bars
    bars += [] if stripped[-1] in BARS else [len(line)]
    out = []
    for a, b in zip(bars, bars[1:], strict=False):
        raw = line[a + 1 : b]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        out.append((start + a + 1 + lead, start + a + 1 + lead + len(body), body))
    return out


def past_heads(page: Page, hits: list[PersonHit]) -> list[PersonHit]:
    """The heads listed in the tables or lines of past heads of `page`, with the title the
    line before names (or the page gives a listed head) and the body the page is of."""
    text, out = page.text, []
    for m in _markers().finditer(text):
        org = home_org(page)
        if org is None:
            continue
        line_end = text.find("\n", m.end())
        start = line_end + 1 if line_end >= 0 else len(text)
        named = zh_lex.title_regex().match(text, m.end())
        if named is not None:
            held = named.group(0)
            out += _rows(page, start, held, org) or _listed(page, start, held, org)
        elif text.startswith(zh_lex.people_lexicon("generic_heads"), m.end()):
            title = _heads_title(_list_lines(text, start), org, hits)
            out += _rows(page, start, None, org) or (
                _listed(page, start, title, org) if title else []
            )
        elif text.startswith(zh_lex.people_lexicon("leader_heads"), m.end()):
            out += _rows(page, start, None, org)  # 历任领导: each row's 职务 cell
    return out


def _heads_title(lines: list[re.Match[str]], org: Mention, hits: list[PersonHit]) -> str | None:
    """历任首长: the head's title the page states with a listed name elsewhere (局长 某某,
    某某局长), when the marker names the post only as the body's head."""
    names = {m.group("name") for m in lines}
    heads = zh_lex.wordset("head_titles")
    return next(
        (
            h.title
            for h in hits
            if h.name in names and h.title in heads and (h.org is None or _same_body(h.org, org))
        ),
        None,
    )


def _same_body(a: Mention, b: Mention) -> bool:
    if a.ref is not None and b.ref is not None:
        return a.ref.id == b.ref.id
    return a.name == b.name


def _list_lines(text: str, pos: int) -> list[re.Match[str]]:
    """1. 某某(2003年5月-2009年2月): the lines of a name and its bracketed term that follow
    within a few lines of `pos`; the list ends at the first line of another shape."""
    out: list[re.Match[str]] = []
    seen = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        m = _LIST_LINE.match(text, pos, end)
        if m is not None and _a_name(m.group("name")):
            out.append(m)
        elif out or seen >= _LOOKAHEAD_LINES:
            break
        else:
            seen += 1
        pos = end + 1
    return out


def _listed(page: Page, pos: int, title: str, org: Mention) -> list[PersonHit]:
    """Each head of the list lines after `pos` held `title` at `org`; the rest of a line may
    state a post taken later (,后出任某部部长)."""
    out = []
    for m in _list_lines(page.text, pos):
        s, e = m.span("name")
        out.append(PersonHit(s, e, m.group("name"), title=title, org=org, span_start=s))
        end = page.text.find("\n", m.end())
        end = len(page.text) if end < 0 else end
        rest = (m.end(), end, page.text[m.end() : end].rstrip("。. "))
        later = _later_post(page, rest, (s, e, m.group("name")))
        out += [later] if later else []
    return out


def _rows(page: Page, pos: int, title: str | None, org: Mention) -> list[PersonHit]:
    """The name cells of the table that starts within a few lines of `pos`, each holding
    `title`, or with none given the title its row's title cell (职务) states."""
    text, out, name_col, title_col, seen = page.text, [], -1, -1, 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        cells = _cells(text[pos:end], pos)
        if cells is None:
            if name_col >= 0 or seen >= _LOOKAHEAD_LINES:
                break
            seen += 1
        elif name_col < 0:
            words = [c[2] for c in cells]
            names = [k for k, w in enumerate(words) if w in zh_lex.words("table_name_headers")]
            terms = [w for w in words if w in zh_lex.people_lexicon("term_headers")]
            titles = [k for k, w in enumerate(words) if w in zh_lex.words("table_title_headers")]
            if not names or not terms or (title is None and not titles):
                break
            name_col, title_col = names[0], (titles[0] if titles else -1)
        elif name_col < len(cells := _after_frame(cells)):
            s, e, cell = cells[name_col]
            held = title or _title_cell(cells, title_col)
            if _a_name(cell) and held:
                out.append(PersonHit(s, e, cell, title=held, org=org, span_start=s))
                out += [h for c in cells if (h := _later_post(page, c, (s, e, cell)))]
        pos = end + 1
    return out


def _title_cell(cells: list[tuple[int, int, str]], col: int) -> str | None:
    """The title a row's title cell holds whole (主任, 副局长), or None."""
    if not 0 <= col < len(cells):
        return None
    cell = cells[col][2]
    return cell if zh_lex.title_regex().fullmatch(cell) else None


def _after_frame(cells: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The cells of a row whose line begins with the rule under the header (|---|---|),
    glued to it when lines were joined: the cells after the rule's and the empty one."""
    k = 0
    while k < len(cells) and _FRAME.fullmatch(cells[k][2]):
        k += 1
    return cells[k:] if k and k < len(cells) else cells


def _a_name(cell: str) -> bool:
    """A cell that holds one Chinese name: two to four characters after a family name."""
    return (
        2 <= len(cell) <= 4
        and all(is_han(c) for c in cell)
        and bool(surname_length(cell, 0))
        and plausible_name(cell)
    )


def _later_post(
    page: Page, cell: tuple[int, int, str], name: tuple[int, int, str]
) -> PersonHit | None:
    """| 某某 | 任期 | 2020年起任经济部部长 |: a cell of a past head's row that states a post
    taken later (a career verb, a body the text names, its title ending the cell) is a role
    of that head too."""
    start, end, text = cell
    title = next((m for m in zh_lex.title_regex().finditer(page.text, start, end)), None)
    if title is None or title.end() != end:
        return None
    org = next((o for o in page.orgs if start <= o.start and o.end == title.start()), None)
    if org is None:
        return None
    before = page.text[start : org.start]
    if not before.endswith(zh_lex.people_lexicon("career_verbs")):
        return None
    s, e, who = name
    return PersonHit(s, e, who, title=title.group(0), org=org, span_start=start)
