"""A document the pair just reported extends: 同日，双方将去年签署的《X协议》延期三年.

A bulletin often tells one signing, then adds that the same two parties extended an earlier
document of theirs. The extension is one more signing of that document: between the parties
the pair word (双方, 两局) stands for, those of the signing reported just before, and dated
like a signing by what stands before 将 (同日, a date of its own), never by the date of the
first signing that the phrase after 将 recalls (去年5月签署的).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import own_day, signing_date
from importers.zh.agreement_event_days import same_day
from importers.zh.agreement_model import AgreementHit, kind_of, patterns
from importers.zh.agreement_topics import pair_reference
from store.text import lexicon
from store.text.sentences import sentence_spans

_FILE = "zh_agreements.txt"


@cache
def _extended() -> re.Pattern[str]:
    """将 + what recalls the document + 《title》 + a verb that extends it."""
    fronting = alternation(zh_lex.words("fronting_words"))
    verbs = alternation(lexicon.words(_FILE, "document_extensions"))
    return re.compile(
        rf"(?P<front>{fronting})[^，,。；;《]{{0,30}}《(?P<doc>[^》]{{2,80}})》\s*(?P<verb>{verbs})"
    )


def find(text: str, doc_date: str | None, signed: list[AgreementHit]) -> list[AgreementHit]:
    """The documents a pair word's clause extends, as agreements of the pair just reported."""
    out: list[AgreementHit] = []
    for s, e in sentence_spans(text, lang="zh"):
        for m in _extended().finditer(text, s, e):
            title = m.group("doc")
            if not patterns().noun.search(title) or not pair_reference(text[s : m.start()]):
                continue
            if any(h.title.strip("《》") == title for h in signed if s <= h.start < e):
                continue  # the sentence's own signing reads it already
            before = [h for h in signed if h.start < s and h.parties]
            if not before:
                continue
            last = max(before, key=lambda h: h.start)
            date, dated = signing_date(text, m.start("front"), (s, e), doc_date)
            front = m.start("front")
            if not own_day(text, s, front) and same_day(text, s, front):
                date, dated = last.date, True
            ds = m.start("doc")
            hit = AgreementHit(title, kind_of(title), ds, ds + len(title), date, list(last.parties))
            hit.dated, hit.clause, hit.clauses = dated, (s, m.start()), [(s, m.start())]
            out.append(hit)
    return out
