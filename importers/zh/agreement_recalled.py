"""What a signing verb reaches that is no document signed there and then.

A document signed before and only handled now, named with its signing as a relative clause:
甲与乙交换了前年5月在日内瓦签署的合作协议文本. The agreement is 合作协议, signed then; the
clause before 的 is its signing told again, not part of its title, and its date is the
agreement's date.

A programme reached through 通过 that is a means (通过“知识产权项目”开展培训): a verb of doing
after it (past its closing quote and a bracketed short name) makes 通过 "through"; 会议通过了
合作项目 adopts one, and nothing of doing follows it.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import relative_month, signing_date
from store.text import lexicon


@cache
def _signed_of() -> re.Pattern[str]:
    """A signing verb and the 的 that makes its clause describe the noun after it."""
    done = alternation(lexicon.words("zh_agreements.txt", "perfect_particles"))
    return re.compile(f"({alternation(zh_lex.words('sign_verbs'))})(?:{done})?的")


def cut(title: str, *, booked: bool) -> str:
    """The document's title without the signing clause that opens it (前年在日内瓦签署的合作
    协议 -> 合作协议): the clause tells when it was signed, which the date says. A title in
    《》 (`booked`) is the document's own, whatever verbs it holds."""
    if booked:
        return title
    last = None
    for m in _signed_of().finditer(title):
        last = m
    return title[last.end() :] if last is not None and title[last.end() :] else title


def month(
    text: str,
    clause: tuple[int, re.Match[str]],
    docs: list[tuple[str, int, int]],
    doc_date: str | None,
) -> str | None:
    """The month (or day) of a relative year the signing is dated by (去年6月，甲与乙续签…);
    after a recalling verb (交换, 互换), the one of the signing clause before the document."""
    s, verb = clause
    recalled = _recalled(text, verb, docs[0][2], doc_date) if docs else None
    return recalled or relative_month(text, s, verb.start(), doc_date)


def _recalled(text: str, verb: re.Match[str], end: int, doc_date: str | None) -> str | None:
    """The date the signing clause between a recalling verb and the document's noun (ending
    at `end`) gives it (去年11月, 2019年6月); None for other verbs or no date."""
    if verb.group(1) not in lexicon.words("zh_agreements.txt", "recalling_verbs"):
        return None
    inner = None
    for m in _signed_of().finditer(text, verb.end(), end):
        inner = m
    if inner is None:
        return None
    found = relative_month(text, verb.end(), inner.start(), doc_date)
    if found:
        return found
    date, dated = signing_date(text, inner.start(), (verb.end(), inner.start()), doc_date)
    return date if dated else None


@cache
def _doing() -> re.Pattern[str]:
    """Closing quotes, a bracketed short name, then a verb of doing."""
    verbs = alternation(lexicon.words("zh_agreements.txt", "means_followers"))
    return re.compile(rf"[”」』\"]?\s*(?:[（(][^（）()]{{1,30}}[）)])?\s*(?:{verbs})")


def through(rest: str, end: int) -> bool:
    """Whether the programme ending at rest[end] is a means the sentence does something by."""
    return _doing().match(rest, end) is not None
