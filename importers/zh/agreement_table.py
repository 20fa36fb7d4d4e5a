"""Agreements listed in a Chinese table: one row per document, its partner, title and date.

Annual reports and year-in-review pages list the year's signings as a table drawn with bars
(| 合作伙伴 | 文件名称 | 签署时间 |, Markdown or box drawing). Whatever the header says, a row
is an agreement when exactly one of its cells names a document (谅解备忘录, 2020—2021年合作
计划), another gives a date with at least a year and a month, and a third names an
organisation: the partner. The other party is the office the document speaks for
(`importers.zh.home`) unless the row names two organisations itself. A row whose cells say the
document is not signed yet (磋商中, 待签署) lists a plan, not an agreement. The prose reader
skips such rows: read as a sentence, their cells run into each other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from importers.zh.agreement_dates import full_date_of
from importers.zh.agreement_model import AgreementHit, book_kinds, kind_of, kinds, patterns
from importers.zh.orgs.mention import Mention
from store.text import lexicon
from store.text.dates import find_dates

BARS = "|│┃"
_RULE = re.compile(r"^[\s\-=:+─━═]*$")


@dataclass(frozen=True)
class Cell:
    start: int
    end: int
    text: str


@cache
def _unsigned() -> tuple[str, ...]:
    return lexicon.words("zh_agreements.txt", "unsigned_statuses")


def row_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the lines drawn as table rows (opening and closing with a bar)."""
    out, pos = [], 0
    for line in text.split("\n"):
        body = line.strip()
        if len(body) >= 3 and body[0] in BARS and body[-1] in BARS:
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _cells(text: str, start: int, end: int) -> list[Cell]:
    """The non-empty cells of a row line; a rule (| --- |) glued to the row gives none."""
    out = []
    for m in re.finditer(rf"[^{BARS}]+", text[start:end]):
        body = m.group(0).strip()
        if body and not _RULE.match(body):
            lead = len(m.group(0)) - len(m.group(0).lstrip())
            a = start + m.start() + lead
            out.append(Cell(a, a + len(body), body))
    return out


def table_hits(text: str, orgs: list[Mention], home: Mention | None) -> list[AgreementHit]:
    """The agreements the table rows of `text` list, dated by their date cells."""
    out = []
    for start, end in row_spans(text):
        hit = _row_hit(text, _cells(text, start, end), orgs, home)
        if hit is not None:
            hit.clause = hit.clauses[0] = (start, end)
            out.append(hit)
    return out


def _row_hit(
    text: str, cells: list[Cell], orgs: list[Mention], home: Mention | None
) -> AgreementHit | None:
    titled = [c for c in cells if _names_document(c.text)]
    if len(titled) != 1 or any(w in c.text for c in cells for w in _unsigned()):
        return None
    title = _titled(titled[0])
    date = next((d for c in cells if c is not title and (d := _date(c.text)) is not None), None)
    partners = [
        o
        for c in cells
        if c is not title and not _witnesses(c.text)
        for o in orgs
        if c.start <= o.start and o.end <= c.end
    ]
    if date is None or not partners:
        return None
    parties = partners if len(partners) > 1 or home is None else [home, *partners]
    hit = AgreementHit(title.text, kind_of(title.text), title.start, title.end, date, parties)
    hit.dated, hit.clauses = True, [(title.start, title.end)]
    return hit


#: 《title》（續簽）: a title in book marks, then a short note in brackets on what was done.
_NOTED = re.compile(r"(《[^》]{2,80}》)\s*[（(][^（()）]{1,6}[)）]")


def _titled(cell: Cell) -> Cell:
    """The title a cell names: a note in brackets after its 《title》 (（續簽）, （修訂）) says
    what was done with the document, and is no part of its name."""
    m = _NOTED.fullmatch(cell.text)
    if m is None:
        return cell
    return Cell(cell.start, cell.start + m.end(1), m.group(1))


def _bare_title(title: str) -> str:
    """A title without its book marks: the prose names 《X》 as X after a verb."""
    return title.strip().removeprefix("《").removesuffix("》")


def _witnesses(cell: str) -> bool:
    """A remark cell such as 本局见证: the body it names saw the signing, it did not sign."""
    return bool(patterns().witness.search(cell))


def _names_document(cell: str) -> bool:
    """Whether a cell names a document: a document noun, not in a date or a header word."""
    return bool(patterns().noun.search(cell)) or any(n in cell for n in book_kinds())


def _date(cell: str) -> str | None:
    """The date a cell gives (2019年6月, 2019-06-12), when the cell is mostly that date."""
    found = [d for d in find_dates(cell) if d.kind in ("date", "month")]
    if len(found) != 1 or (found[0].end - found[0].start) * 2 < len(cell):
        return full_date_of(cell)  # 113年3月12日: a year of the era the report counts by
    return found[0].date.iso


def fold_into_rows(
    hits: list[AgreementHit], listed: list[AgreementHit], org_key: Callable[[Mention], str]
) -> list[AgreementHit]:
    """The prose tells again what the table lists (与X的谅解备忘录由甲与乙签署): a hit whose
    parties are among a row's, titled by the end of the row's title, or by the bare noun of
    the row's kind, is that row's agreement; its clauses name the signatories."""
    out = []
    for h in hits:
        mine = {org_key(m) for m in h.parties}
        row = next(
            (
                r
                for r in listed
                if mine <= {org_key(m) for m in r.parties}
                and (
                    _bare_title(r.title).endswith(_bare_title(h.title))
                    or (r.kind == h.kind and (h.generic or h.title in _nouns()))
                )
            ),
            None,
        )
        if row is None:
            out.append(h)
        else:
            row.clauses += h.clauses
    return out


def _nouns() -> set[str]:
    return {noun for noun, _kind in kinds()}
