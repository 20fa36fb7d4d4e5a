"""A与B合作备忘录签约仪式: a document signed at a ceremony named after it.

A schedule or a news item often reports a signing only as the ceremony an official attended
or witnessed (副局长某某出席甲中心与乙代表处合作备忘录签约仪式), with no signing verb before
the document: the ceremony's noun (签约仪式) follows it. The document phrase right before
that noun, between the two bodies joined by 与/和/同 right before the phrase, is an agreement
of the two, dated as a signing in that sentence would be. The document may be quoted whole,
its two bodies inside the quotes (出席《甲与乙合作备忘录》签署仪式), and a witness may see the
signing told as a noun, the verb right after the quotes with no object of its own (见证「甲与
乙合作备忘录」签署，由…签署). A ceremony still ahead (将出席, 拟于…举行) signs nothing yet.
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


#: A quoted document's closing mark and the mark that opens it.
_QUOTES = {"》": "《", "」": "「", "』": "『"}


@cache
def _ceremony() -> re.Pattern[str]:
    """A ceremony's noun (签约仪式), or a signing verb right after a quoted document with no
    object of its own (」签署，由…), which stands for the signing as a noun."""
    nouns = alternation(lexicon.words("zh_agreements.txt", "signing_ceremonies"))
    verbs = alternation(zh_lex.words("sign_verbs"))
    closes = "".join(_QUOTES)
    return re.compile(
        rf"(?P<noun>{nouns})|(?<=[{closes}])(?P<verb>{verbs})(?=\s*(?:[，,。；;]|由|$))"
    )


def find(
    text: str, orgs: list[Mention], doc_date: str | None, signed: list[AgreementHit]
) -> list[AgreementHit]:
    """The documents the text's signing ceremonies name, each between its two bodies."""
    out: list[AgreementHit] = []
    for s, e in sentence_spans(text, lang="zh"):
        for m in _ceremony().finditer(text, s, e):
            quoted = text[m.start() - 1 : m.start()] in _QUOTES
            at = m.start() - 1 if quoted else m.start()
            found = _named(text, orgs, s, at)
            if found is None or _ahead(text, (s, e), found[0].start, m.end()):
                continue
            first, second, ds = found
            if quoted and text[first.start - 1 : first.start] != _QUOTES[text[at]]:
                continue  # the quotes hold the document's name whole, its bodies first
            if m.lastgroup == "verb" and not _witnessed(text, s, first.start):
                continue  # 推动「…」签署: a signing urged, not one seen done
            title = text[ds:at]
            if any(h.title.strip("《》") == title and s <= h.start < e for h in signed + out):
                continue  # the sentence's own signing verb reads it already
            date, dated = signing_date(text, m.start(), (s, e), doc_date)
            hit = AgreementHit(title, kind_of(title), ds, m.start(), date, [first, second])
            hit.dated, hit.clause, hit.clauses = dated, (first.start, ds), [(first.start, ds)]
            out.append(hit)
    return out


def _witnessed(text: str, s: int, quote_at: int) -> bool:
    """Whether a witness's verb (见证, 出席) opens the clause of the quoted document."""
    return patterns().witness.search(text, _clause_open(text, s, quote_at), quote_at) is not None


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
    before = _clause_open(text, s, start)
    after = min([e, *(k for c in _CLAUSE_MARKS if (k := text.find(c, end, e)) >= 0)])
    words = text[before:start] + "|" + text[end:after]
    return any(w in words for w in zh_lex.words("prospective_markers"))


def _clause_open(text: str, s: int, at: int) -> int:
    """Where the clause holding `at` opens: after the last clause mark between `s` and it."""
    return max([s, *(text.rfind(c, s, at) + 1 for c in _CLAUSE_MARKS)])
