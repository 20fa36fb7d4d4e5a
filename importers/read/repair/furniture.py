"""Page furniture: what a page carries that is not the document's text.

- Lines that are only a page number ("- 3 -", "Page 3 of 10", "3 / 10", "第 3 页").
- A bare number ("3") when it sits at the top or bottom of a page (pages are separated by
  form feeds, as the PDF reader produces them) or, with no page breaks, when such lines
  count up one by one through the document.
- A header/footer line that recurs at the top or bottom of at least half the pages (digits
  ignored, so "Report 2017 | 4" matches "Report 2017 | 5"). Without page breaks (plain text)
  repeated lines are kept: a newsletter repeats "来源：…" lines that are content, and
  nothing tells pages apart.

URL-only lines are not dropped here (they are the sources of a newsletter's items), only
recognised: `wraps` removes a run of them that splits a sentence.
"""

from __future__ import annotations

import math
import re

#: A line that is only URLs.
URL_ONLY = re.compile(r"^<?(?:(?:https?://|www\.)\S+?>?\s*)+$", re.I)
#: A line that is only a page number.
PAGE_NO = re.compile(
    r"""^(?:
        [-–—]\s*\d{1,4}\s*[-–—]
      | (?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?
      | \d{1,4}\s+(?:/|of)\s+\d{1,4}
      | 第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?
      | [-–—]?\s*[ivxlc]{1,6}\s*[-–—]
    )$""",
    re.I | re.X,
)
_BARE_NO = re.compile(r"^\d{1,4}$")

Where = set[tuple[int, int]]  # (page, line) positions


def drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    """The pages (lists of lines) without their page numbers and running heads and feet."""
    content = [[i for i, ln in enumerate(page) if ln.strip()] for page in pages]
    drop: Where = {
        (p, i) for p, page in enumerate(pages) for i in content[p] if PAGE_NO.match(page[i].strip())
    }
    if len(pages) > 1:
        if len(pages) >= 3:
            drop |= _running_heads(pages, content, drop)
        drop |= _edge_numbers(pages, content, drop)
    else:
        drop |= _counting_numbers(pages[0], content[0])
    if not drop:
        return pages
    return [[ln for i, ln in enumerate(page) if (p, i) not in drop] for p, page in enumerate(pages)]


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _running_heads(pages: list[list[str]], content: list[list[int]], drop: Where) -> Where:
    """Headers/footers: the same line (digits ignored) at a page edge on most pages."""
    edges: dict[str, set[int]] = {}
    where: dict[str, list[tuple[int, int]]] = {}
    for p, page in enumerate(pages):
        idx = [i for i in content[p] if (p, i) not in drop]
        reach = 2 if len(idx) >= 8 else 1  # on short pages only the outermost lines
        for i in dict.fromkeys(idx[:reach] + idx[-reach:]):
            k = _key(page[i])
            if 0 < len(k) <= 150:
                edges.setdefault(k, set()).add(p)
                where.setdefault(k, []).append((p, i))
    need = max(3, math.ceil(0.5 * sum(1 for c in content if c)))
    return {pos for k, ps in edges.items() if len(ps) >= need for pos in where[k]}


def _edge_numbers(pages: list[list[str]], content: list[list[int]], drop: Where) -> Where:
    """A bare number as the first or last line of a page."""
    out: Where = set()
    for p, page in enumerate(pages):
        idx = [i for i in content[p] if (p, i) not in drop]
        for i in {idx[0], idx[-1]} if idx else ():
            if _BARE_NO.match(page[i].strip()):
                out.add((p, i))
    return out


def _counting_numbers(page: list[str], idx: list[int]) -> Where:
    """Bare numbers counting up one by one, several lines apart: page numbers of a text
    without page breaks."""
    out: Where = set()
    bare = [(i, int(page[i].strip())) for i in idx if _BARE_NO.match(page[i].strip())]
    run: list[tuple[int, int]] = []
    for i, n in bare:
        if run and n == run[-1][1] + 1 and i - run[-1][0] >= 6:
            run.append((i, n))
            continue
        if len(run) >= 2:
            out.update((0, j) for j, _ in run)
        run = [(i, n)]
    if len(run) >= 2:
        out.update((0, j) for j, _ in run)
    return out
