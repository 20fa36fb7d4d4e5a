"""A signing's date noted in brackets right after the document's name.

甲促成乙与丙续签合作协议（本年五月），由…签署: a career paragraph or a list of results names
the document first and adds when it was signed in brackets after it. That date, a month of a
relative year (本年五月, 去年12月) or a date of its own (2024年3月), dates the signing; a date
told earlier in the paragraph belongs to another act.
"""

from __future__ import annotations

import re

from importers.zh.agreement_dates import full_date_of, relative_month

_NOTE = re.compile(r"[》」”]?\s*[（(]([^（()）\n]{2,16})[)）]")


def noted_date(text: str, docs: list[tuple[str, int, int]], doc_date: str | None) -> str | None:
    """The date in brackets right after the last document a signing names, else None."""
    if not docs:
        return None
    m = _NOTE.match(text, docs[-1][2])
    if m is None:
        return None
    a, b = m.span(1)
    return relative_month(text, a, b, doc_date) or full_date_of(text[a:b])
