"""An agreement a treaty database records in labelled fields (法规名称: …, 签订日期: …).

A treaty database's entry is the agreement's own record: its title field names an agreement
concluded between the two bodies it opens with (甲(A)与乙(B)间…备忘录), and its signing-date
field dates it, in the era the record writes (民国97年10月09日). No signing verb stands in
the title line, so the sentence rules never read it; an agreement they found elsewhere in
the record, of the same title or the same two parties, is that one. The title kept is what
follows the parties' "间" (between), the instrument's own name; the parties are the title's
first two bodies, joined by 与/和 with at most their acronyms in brackets between.

An instrument's own text reposted whole is such a record without labels: its first line is
the title (甲政府与乙政府…协议), the text calls itself "本协议", and its closing formula dates
it (本协议于某年某月某日在某地签订): the agreement between the title's two bodies, its title
kept whole as the heading writes it (`own_text`).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import full_date_of
from importers.zh.agreement_model import AgreementHit, ends_in_document, kind_of, patterns
from importers.zh.orgs.mention import Mention
from store.text import has_han, lexicon

#: An acronym in brackets after a party's name: (TECO), （ACIO）.
_BRACKETED = re.compile(r"[(（][A-Za-z][\w .&-]{0,15}[)）]")


@cache
def _field() -> re.Pattern[str]:
    """A labelled field: its label (a title's or a signing date's) and its value, which
    ends at the line's end or at the next such label (a view may join a record's lines)."""
    labels = alternation(
        [
            *lexicon.words("zh_agreements.txt", "record_title_labels"),
            *lexicon.words("zh_agreements.txt", "record_date_labels"),
        ]
    )
    return re.compile(
        rf"({labels})[ \t]*[:：][ \t]*(\S[^\n]*?)[ \t]*(?=(?:{labels})[ \t]*[:：]|\n|$)"
    )


def find(text: str, orgs: list[Mention], found: list[AgreementHit]) -> list[AgreementHit]:
    """The agreement a record's title field names, dated by its signing-date field; none
    when an agreement of that title is `found` already."""
    titles = lexicon.wordset("zh_agreements.txt", "record_title_labels")
    fields = list(_field().finditer(text))
    named = next((m for m in fields if m.group(1) in titles), None)
    if named is None or not ends_in_document(named.group(2)):
        return []
    parties = _parties(text, orgs, named.span(2))
    if len(parties) < 2:
        return []
    start = parties[1].end
    bracket = _BRACKETED.match(text, start)
    start = bracket.end() if bracket else start
    start += 1 if text[start : start + 1] == "间" else 0
    title = text[start : named.end(2)] if start < named.end(2) - 1 else named.group(2)
    if any(_same(h, title, parties) for h in found):
        return []
    dated = next((m for m in fields if m.group(1) not in titles), None)
    value = dated.group(2) if dated else ""
    date = full_date_of(value[: value.find("日") + 1]) if "日" in value else None
    hit = AgreementHit(title, kind_of(title), start, named.end(2), date, parties)
    hit.dated = date is not None
    hit.clause = (named.start(2), named.start(2))  # a record's title: no signatories in it
    hit.clauses = []
    return [hit]


def own_text(text: str, orgs: list[Mention], found: list[AgreementHit]) -> list[AgreementHit]:
    """The agreement whose own text this is: a heading line (the first line with Han
    characters) that names a document between its first two bodies, and a closing formula
    that dates this very document (本协议于…日在…签订); none when an agreement of that title
    or those parties is `found` already."""
    head = next((m for m in re.finditer(r"[^\n]+", text) if has_han(m.group(0))), None)
    closing = _closing().search(text)
    if head is None or closing is None or not ends_in_document(head.group(0).strip()):
        return []
    title = head.group(0).strip()
    if re.search(r"[。；;，,：:]", title):
        return []  # a sentence, not a title line
    start = head.start() + head.group(0).find(title)
    parties = _parties(text, orgs, (start, start + len(title)))
    closed = [h for h in found if closing.start() <= h.start < closing.end()]
    if len(parties) < 2 or any(_same(h, title, parties) for h in found if h not in closed):
        return []
    date = full_date_of(closing.group(1))
    hit = AgreementHit(title, kind_of(title), start, start + len(title), date, parties)
    hit.dated = date is not None
    hit.clause = (start, start)  # a title line: no signatories in it
    hit.clauses = []
    for h in closed:  # 本协议…签订 read as a signing of "协议": it is this one
        found.remove(h)
    return [hit]


@cache
def _closing() -> re.Pattern[str]:
    """本协议于某年某月某日在某地签订: the text dates itself, so it is the
    instrument (data `own_text_nouns`, and zh.txt `sign_verbs`)."""
    nouns = alternation(lexicon.words("zh_agreements.txt", "own_text_nouns"))
    verbs = alternation(zh_lex.words("sign_verbs"))
    place = r"(?:在[^\n，,。]{1,12}?)?"
    return re.compile(rf"本(?:{nouns})于([^\n，,。在]{{4,16}}?日){place}(?:{verbs})")


def _same(hit: AgreementHit, title: str, parties: list[Mention]) -> bool:
    """Whether a hit the sentences found is the record's agreement: a title that holds the
    other, or the same two parties (a signing line of the record told it already)."""
    names = {p.name for p in parties}
    return title in hit.title or hit.title in title or names <= {p.name for p in hit.parties}


def _parties(text: str, orgs: list[Mention], field: tuple[int, int]) -> list[Mention]:
    """The first two bodies of the title, joined by 与/和 with only their acronyms in
    brackets besides."""
    inside = [
        o
        for o in orgs
        if field[0] <= o.start and o.end <= field[1] and text[o.start - 1] not in "(（"
    ]
    if len(inside) < 2 or inside[0].start - field[0] > 2:
        return []
    between = _BRACKETED.sub("", text[inside[0].end : inside[1].start])
    return inside[:2] if patterns().party_joiner.fullmatch(between) else []
