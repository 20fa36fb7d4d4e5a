"""A与B合作备忘录签约仪式: a document signed at a ceremony named after it.

A schedule or a news item often reports a signing only as the ceremony an official attended
or witnessed (副局长某某出席甲中心与乙代表处合作备忘录签约仪式), with no signing verb before
the document: the ceremony's noun (签约仪式) follows it. The document phrase right before
that noun, between the two bodies joined by 与/和/同 right before the phrase, is an agreement
of the two, dated as a signing in that sentence would be. A ceremony still ahead (将出席, 拟于
…举行) signs nothing yet.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import signing_date
from importers.zh.agreement_model import AgreementHit, kind_of, patterns
from importers.zh.orgs.mention import Mention
from store.text import is_han, lexicon
from store.text.sentences import sentence_spans

#: The longest document phrase read between the second body and the ceremony's noun.
_PHRASE_MAX = 24
_CLAUSE_MARKS = "，,；;：:"


@cache
def _ceremony() -> re.Pattern[str]:
    return re.compile(alternation(lexicon.words("zh_agreements.txt", "signing_ceremonies")))


def find(
    text: str, orgs: list[Mention], doc_date: str | None, signed: list[AgreementHit]
) -> list[AgreementHit]:
    """The documents the text's signing ceremonies name, each between its two bodies."""
    out: list[AgreementHit] = []
    for s, e in sentence_spans(text, lang="zh"):
        for m in _ceremony().finditer(text, s, e):
            found = _named(text, orgs, s, m.start())
            if found is None or _ahead(text, (s, e), found[0].start, m.end()):
                continue
            first, second, ds = found
            title = text[ds : m.start()]
            if any(h.title.strip("《》") == title and s <= h.start < e for h in signed + out):
                continue  # the sentence's own signing verb reads it already
            date, dated = signing_date(text, m.start(), (s, e), doc_date)
            hit = AgreementHit(title, kind_of(title), ds, m.start(), date, [first, second])
            hit.dated, hit.clause, hit.clauses = dated, (first.start, ds), [(first.start, ds)]
            out.append(hit)
    return out


def _named(text: str, orgs: list[Mention], s: int, at: int) -> tuple[Mention, Mention, int] | None:
    """(first body, second body, where the document phrase starts) when text[s:at] ends with
    A与B + a document phrase of Chinese characters only that ends in a document noun."""
    second = max(
        (o for o in orgs if s <= o.start and o.end < at), key=lambda o: o.end, default=None
    )
    if second is None or at - second.end > _PHRASE_MAX:
        return None
    phrase = text[second.end : at]
    last = max((n.end() for n in patterns().noun.finditer(phrase)), default=-1)
    if last != len(phrase) or not all(is_han(c) for c in phrase):
        return None
    joiner = second.start - 1
    if joiner <= s or text[joiner] not in zh_lex.chars("party_joiners"):
        return None
    first = next((o for o in orgs if o.end == joiner and o.start >= s), None)
    if first is None or first.name == second.name:
        return None
    return first, second, second.end


def _ahead(text: str, sentence: tuple[int, int], start: int, end: int) -> bool:
    """Whether the ceremony is still ahead: a prospective word (将, 拟) in the words of its
    clause before the first body or after the ceremony's noun."""
    s, e = sentence
    before = max([s, *(text.rfind(c, s, start) + 1 for c in _CLAUSE_MARKS)])
    after = min([e, *(k for c in _CLAUSE_MARKS if (k := text.find(c, end, e)) >= 0)])
    words = text[before:start] + "|" + text[end:after]
    return any(w in words for w in zh_lex.words("prospective_markers"))
