"""Joint statements two bodies issue together: 甲与乙（共同）发表《联合声明》.

A joint statement is not signed: the bodies that agree on it issue it (发表, 发布), and the
issuing is its conclusion as a signing is a memorandum's. The verb is no signing verb, as
it issues speeches and reports too, so only a statement noun after it (联合声明, 共同声明,
the [adopted_statements] of zh_agreements.txt with kind joint_statement) makes it one, and
only with two bodies joined before the verb (`party_sets`, as for a signing), or with the
sides named by their number before a title that opens with their countries' initials
(三方发布《中日韩…联合声明》: `initialled_offices`).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.agreement_countries import initialled_offices
from importers.zh.agreement_dates import signing_date
from importers.zh.agreement_model import AgreementHit
from importers.zh.agreement_parties import party_sets
from importers.zh.orgs.mention import Mention
from store.text import lexicon
from store.text.script import HAN
from store.text.sentences import sentence_spans

#: the most characters of a quoted title before its statement noun (《中新…联合声明》)
_TITLE = 40
#: the most characters of the topic of an unquoted statement (发布了商标审查实践联合声明)
_TOPIC = 12


@cache
def _issued() -> re.Pattern[str]:
    """An issuing verb (maybe after an adverb and before 了) and a statement, in book marks
    (group `doc`) or bare (group `bare`, with the topic written before its noun, no
    punctuation between)."""
    verbs = alternation(zh_lex.words("statement_verbs"))
    adverbs = alternation(zh_lex.words("sign_adverbs"))
    rows = (w.split(":", 1) for w in lexicon.words("zh_agreements.txt", "adopted_statements"))
    kinds = alternation(longest_first([n for n, kind in rows if kind == "joint_statement"]))
    return re.compile(
        rf"(?:{adverbs})?(?:{verbs})了?\s*"
        rf"(?:《(?P<doc>[^《》\n]{{0,{_TITLE}}}(?:{kinds}))》"
        rf"|(?P<bare>[{HAN}]{{0,{_TOPIC}}}?(?:{kinds})))"
    )


def find(
    text: str, orgs: list[Mention], doc_date: str | None, found: list[AgreementHit]
) -> list[AgreementHit]:
    """The statements the text says two named bodies issued, unless a hit of `found` (one
    the text says was adopted or signed) reads the same words."""
    doc_year = doc_date[:4] if doc_date else None
    out: list[AgreementHit] = []
    for s, e in sentence_spans(text, lang="zh"):
        for m in _issued().finditer(text, s, e):
            group = "doc" if m.group("doc") else "bare"
            ds, de = m.span(group)
            if any(h.start < de and ds < h.end for h in found + out):
                continue
            sets = party_sets(text, orgs, (s, m.start()), None, (ds, de))
            parties = next((p for p in sets if len(p) >= 2), None)
            if parties is None and m.group("doc"):
                parties = initialled_offices(text, orgs, (s, m.start()), text[ds:de]) or None
            if parties is None:
                continue  # 甲发表声明: a body speaks alone, nothing is agreed
            date, dated = signing_date(text, m.start(), (s, e), doc_year, clause_start=s)
            hit = AgreementHit(text[ds:de], "joint_statement", ds, de, date, parties)
            hit.dated, hit.clause, hit.clauses = dated, (s, m.start()), [(s, m.start())]
            out.append(hit)
    return out
