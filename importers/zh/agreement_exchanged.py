"""Letters two bodies exchange to extend a document they signed in an earlier year.

甲与乙以换函方式，将2016年签署之「X备忘录」延长五年: two acts, years apart. The exchange of
letters is signed now, between the two bodies joined before it and dated like a signing; the
document it extends was signed when the clause before it says, by the same pair. When the
clause recalls no signing of its own (将双方的合作备忘录延长三年), the extension is read as
the document signed once more (`agreement_changes`). A next sentence that opens with the
letters and says who signed them (换函由甲代表某某与乙代表某某分别签署) names their signers.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import signing_date
from importers.zh.agreement_model import AgreementHit, kind_of, patterns
from importers.zh.orgs.mention import Mention
from store.text import lexicon
from store.text.dates import ZH_DIGITS, ZH_YEAR_PART, era_year, zh_year
from store.text.sentences import sentence_spans

_FILE = "zh_agreements.txt"
#: the most characters between the letters and 将, and of the clause recalling the signing
_GAP = 6
_RECALL = 24


@cache
def _exchange() -> re.Pattern[str]:
    """The letters (group `letters`), 将, a clause that recalls the document's signing (group
    `when`, its verb and 之/的), the document in quotes or book marks (group `doc`) and a
    verb that extends it, maybe after an adverb (再延长)."""
    letters = alternation(lexicon.words(_FILE, "letter_exchanges"))
    fronting = alternation(zh_lex.words("fronting_words"))
    signs = alternation(zh_lex.words("sign_verbs"))
    of = alternation(lexicon.words(_FILE, "attributive_particles"))
    verbs = alternation(lexicon.words(_FILE, "document_extensions"))
    adverbs = alternation(zh_lex.words("adverb_stops"))
    return re.compile(
        rf"(?P<letters>{letters})[^。；;]{{0,{_GAP}}}?(?:{fronting})"
        rf"(?P<when>[^，,。；;「《“]{{1,{_RECALL}}}?)(?:{signs})(?:{of})"
        rf"[「《“](?P<doc>[^」》”]{{2,80}})[」》”]\s*(?:{adverbs})?(?:{verbs})"
    )


def find(
    text: str, orgs: list[Mention], doc_date: str | None, signed: list[AgreementHit]
) -> list[AgreementHit]:
    """The exchanges of letters that extend a document signed in an earlier year, each with
    that document, unless a hit of `signed` reads the document already."""
    doc_year = doc_date[:4] if doc_date else None
    out: list[AgreementHit] = []
    sentences = sentence_spans(text, lang="zh")
    for k, (s, e) in enumerate(sentences):
        for m in _exchange().finditer(text, s, e):
            title, recalled = m.group("doc"), _recalled_year(m.group("when"))
            if recalled is None or not patterns().noun.search(title):
                continue  # no signing of its own recalled: `agreement_changes` reads it
            if any(h.title == title for h in signed):
                continue
            parties = _pair(text, [o for o in orgs if s <= o.start and o.end <= m.start()])
            if len(parties) < 2:
                continue
            at = m.start("letters")
            date, dated = signing_date(text, at, (s, e), doc_year)
            if date is not None and date[:4] <= recalled:
                continue  # the letters are dated by the recalled signing: no later act read
            letters = AgreementHit(m.group("letters"), "other", at, m.end("letters"), date, parties)
            letters.dated, letters.clause, letters.clauses = dated, (s, at), [(s, at)]
            nxt = sentences[k + 1] if k + 1 < len(sentences) else None
            if nxt is not None and (signers := _signers(text, nxt, m.group("letters"))):
                letters.clauses.append(signers)
            ds = m.start("doc")
            first = AgreementHit(title, kind_of(title), ds, ds + len(title), recalled, parties)
            first.dated, first.clause, first.clauses = True, (s, s), []
            out += [letters, first]
    return out


def _recalled_year(clause: str) -> str | None:
    """The year the clause before the signing verb states (2016年, 2016年5月, 民國105年, and
    in a Taiwan text a bare 105年: the era its own dates count by), else None: only a
    stated year recalls an earlier signing for sure."""
    m = _year().search(clause)
    if m is None:
        return None
    if m.group("bare"):
        return str(era_year(None, m.group("bare")))
    return zh_year(m)


@cache
def _year() -> re.Pattern[str]:
    return re.compile(rf"(?:{ZH_YEAR_PART}|(?<![\d{ZH_DIGITS}])(?P<bare>1\d\d))\s*年")


def _pair(text: str, found: list[Mention]) -> list[Mention]:
    """The two bodies joined by 与/和 right before the letters (A与B以换函方式)."""
    for a, b in zip(found, found[1:], strict=False):
        if patterns().party_joiner.fullmatch(text[a.end : b.start].strip()) and a.name != b.name:
            return [a, b]
    return []


def _signers(text: str, sentence: tuple[int, int], letters: str) -> tuple[int, int] | None:
    """The clause of a sentence that opens with the letters and 由 and says who signed them
    (换函由甲与乙分别签署): its span up to the signing verb, else None."""
    s, e = sentence
    body = text[s:e].lstrip()
    s += len(text[s:e]) - len(body)
    if not body.startswith(f"{letters}由"):
        return None
    verb = patterns().sign.search(text, s, e)
    return (s, verb.start()) if verb is not None else None
