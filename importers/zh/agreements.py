"""Agreements in Chinese text: a signing verb with a document noun in one sentence.

Only documents the text says were signed, renewed, concluded or adopted count
(签署/签订/续签/缔结/通过 + 谅解备忘录, 协议, 工作计划 …). Consensus (达成共识), programmes
that are only mentioned, and counts ("签署了52份合作协议") are not agreements. Parties are
the organisations before the verb in the same clause (X与Y签署…); a clause that witnesses
(见证, 出席签约仪式) gives no parties. A headline and the body, or a document named twice,
report one agreement (`_dedupe`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import (
    has_full_date,
    relative_date,
    relative_day,
    signing_date,
)
from importers.zh.orgs.mention import Mention
from store.text import is_han
from store.text.sentences import ends, sentence_spans

BOOK = re.compile(r"《([^》]{2,80})》")
HEADLINE_MAX = 60


@dataclass(frozen=True)
class Patterns:
    """The patterns of signings, built from the word lists (zh.txt)."""

    sign: re.Pattern[str]  # 共同签署: group 1 is the verb
    noun: re.Pattern[str]  # a document noun, most specific first
    count: re.Pattern[str]  # 52份: a count of documents
    not_document: re.Pattern[str]  # 达成共识: what a verb reaches that is no document
    book_after: re.Pattern[str]  # 签署了…《title》: a title near the verb
    joined_book: re.Pattern[str]  # 和《title》: a further title of the same signing
    fronted: re.Pattern[str]  # 将《title》: a title before its verb
    witness: re.Pattern[str]  # 见证: a clause of witnesses
    back_reference: re.Pattern[str]  # 此次(签署): a signing reported before
    party_joiner: re.Pattern[str]  # A与B: parties joined
    item_start: re.Pattern[str]  # 一、 / (二) / 3. opening a line: an item of a bulletin


@cache
def kinds() -> tuple[tuple[str, str], ...]:
    """Document nouns with their kind, most specific first."""
    return tuple(zh_lex.pairs("agreement_kinds").items())


@cache
def patterns() -> Patterns:
    alt = alternation
    particle = f"(?:{alt(zh_lex.words('particles'))})?"
    book = BOOK.pattern
    return Patterns(
        sign=re.compile(
            f"(?:{alt(zh_lex.words('sign_adverbs'))})?({alt(zh_lex.words('sign_verbs'))})"
        ),
        noun=re.compile("|".join(re.escape(k) for k, _ in kinds())),
        count=re.compile(
            rf"[0-9０-９{zh_lex.numerals()}{zh_lex.chars('document_counts')}]+\s*"
            rf"(?:{alt(zh_lex.words('document_counters'))})"
        ),
        not_document=re.compile(rf"^{particle}\s*(?:{alt(zh_lex.words('not_documents'))})"),
        book_after=re.compile(rf"{particle}\s*[^《。，,]{{0,12}}?{book}"),
        joined_book=re.compile(rf"\s*(?:{alt(zh_lex.words('title_joiners'))})\s*{book}"),
        fronted=re.compile(rf"(?:{alt(zh_lex.words('fronting_words'))})\s*{book}\s*$"),
        witness=re.compile(alt(zh_lex.words("witness_verbs"))),
        back_reference=re.compile(f"(?:{alt(zh_lex.words('back_references'))})$"),
        party_joiner=re.compile(f"[{zh_lex.chars('party_joiners')}]"),
        item_start=re.compile(
            rf"^\s*(?:[{zh_lex.numerals()}]+、|\([{zh_lex.numerals()}]+\)|\d{{1,2}}[.、](?!\d))",
            re.M,
        ),
    )


@dataclass
class AgreementHit:
    title: str
    kind: str
    start: int
    end: int
    date: str | None = None
    parties: list[Mention] = field(default_factory=list)
    clause: tuple[int, int] = (0, 0)  # where the signing parties and signatories are named
    clauses: list[tuple[int, int]] = field(default_factory=list)  # of hits merged into it
    dated: bool = False  # the date is stated in the item that reports the signing
    item: int = -1  # index of the enumerated item (bulletins), -1 outside items
    heading: bool = False  # stated in a headline (a short line without a full stop)
    generic: bool = False  # 有关合作文件, 合作协议: no name of its own (titled by `zh.facts`)


def kind_of(title: str) -> str:
    for noun, kind in kinds():
        if noun in title:
            return kind
    return next((k for noun, k in _book_kinds().items() if noun in title), "other")


@cache
def _book_kinds() -> dict[str, str]:
    """Nouns that name a document only as the end of a 《title》 (《五局合作共识》), with
    their kinds: bare, they name none (达成广泛共识)."""
    return zh_lex.pairs("book_kinds")


def generic_core(title: str) -> str | None:
    """有关会谈纪要 -> 会谈纪要, 合作协议 -> 合作协议: the document noun of a mention that names
    no particular document (a generic modifier, or a noun that names no kind of its own, maybe
    after its field: 知识产权合作文件), else None; a bare 谅解备忘录 or 会谈纪要 names its kind
    and is no generic mention."""
    core = title
    for word in zh_lex.words("generic_document_modifiers"):
        core = core.removeprefix(word)
    noun = core
    for word in zh_lex.words("generic_document_fields"):
        noun = noun.removeprefix(word)
    bare = noun in zh_lex.wordset("generic_document_nouns")
    return core if core != title or bare else None


def _documents_after(text: str, pos: int, end: int, verb: str) -> list[tuple[str, int, int]]:
    """The documents named after a signing verb: 《titles》 (several joined by 和/、) or a
    noun phrase (合作意向书)."""
    rx = patterns()
    rest = text[pos:end]
    if _not_document(rest):
        return []
    limit = 12 if verb == "通过" else 40
    book = rx.book_after.match(rest)
    if book and book.start(1) <= limit + 2:
        out: list[tuple[str, int, int]] = []
        at = pos + book.start(0)
        while b := (BOOK.search(text, at, end) if not out else rx.joined_book.match(text, at, end)):
            title = b.group(1)
            tail = rx.noun.match(text, b.end(), end)
            if rx.noun.search(title) or tail or any(n in title for n in _book_kinds()):
                full = title + (tail.group(0) if tail and not rx.noun.search(title) else "")
                out.append((full, b.start(1), b.end()))
            at = b.end()
        return out
    noun = rx.noun.search(rest, 0, limit + 8)
    if not noun or "，" in rest[: noun.start()] or "," in rest[: noun.start()]:
        return []
    hidden = _ACRONYM.sub(lambda m: "#" * len(m.group(0)), rest)  # 高速公路(PPH)合作协议
    while (
        (more := rx.noun.search(hidden, noun.end(), noun.end() + 16))
        and _han_only(gap := hidden[noun.end() : more.start()].replace("#", ""))
        and not rx.sign.search(gap)
    ):
        noun = more  # 专利审查高速路合作谅解备忘录: the phrase ends with its last noun
    phrase = rest[: noun.end()].lstrip(zh_lex.chars("particles") + ' 「『“"')
    if rx.count.search(phrase):
        return []
    if kind_of(phrase) == "programme" and len(phrase) < 4:
        return []
    return [(phrase, pos + noun.end() - len(phrase), pos + noun.end())]


_ACRONYM = re.compile(r"\([A-Za-z0-9\- ]{2,12}\)")


def _han_only(text: str) -> bool:
    """Chinese characters only (or nothing): no punctuation or space between two nouns."""
    return all(is_han(c) for c in text)


def _not_document(rest: str) -> bool:
    """达成共识, 达成一致: the verb reaches a word that names no document, unless a document
    noun runs on from it (合作意向 + 书: 意向书, a letter of intent)."""
    m = patterns().not_document.match(rest)
    if m is None:
        return False
    end = m.end()
    return not any(n.start() < end < n.end() for n in patterns().noun.finditer(rest, 0, end + 8))


def _fronted(text: str, cs: int, verb_at: int) -> tuple[str, int, int, int] | None:
    """并将《…谅解备忘录》续签五年: a document named before the verb with 将/把; (title, start,
    end, where 将 stands) or None."""
    m = patterns().fronted.search(text, cs, verb_at)
    if m is None or not patterns().noun.search(m.group(1)):
        return None
    return m.group(1), m.start(1), m.end(), m.start()


def _prospective(
    text: str, clause_start: int, ends: tuple[int, int, int], *, orgs: list[Mention]
) -> bool:
    """就签署…协议进行了磋商, 双方同意尽快签署: a signing that is planned or talked about.
    A marker inside an organisation's name (知识产权研究院: 研究), a title (《…工作计划》) or
    a document just signed (签署工作计划并续签…) is none. `ends`: the verb, the end of its
    documents, the end of the sentence."""
    verb_at, doc_end, end = ends
    names = [(o.start, o.end) for o in orgs]
    names += [  # 签署了《…工作计划》，并续签了…: a title signed just before
        m.span()
        for m in BOOK.finditer(text, max(0, clause_start - 80), verb_at)
        if patterns().sign.search(text, max(0, m.start() - 4), m.start())
    ]
    kept: list[str] = []  # the last eight characters before the verb outside names, titles
    k = verb_at
    while k > clause_start and len(kept) < 8:
        k -= 1
        inside = next((a for a, b in names if a <= k < b), None)
        if inside is not None:
            kept.append(" ")
            k = max(inside, clause_start)
        else:
            kept.append(text[k])
    before = "".join(reversed(kept))
    if any(w in before for w in zh_lex.words("prospective_markers")):
        return True
    return any(w in text[doc_end:end] for w in zh_lex.words("talk_words"))


def _items(text: str) -> list[tuple[int, int]]:
    """The enumerated items (一、… up to the next 二、) of a bulletin."""
    starts = [m.start() for m in patterns().item_start.finditer(text)]
    return [(s, starts[k + 1] if k + 1 < len(starts) else len(text)) for k, s in enumerate(starts)]


def _widened(
    text: str, orgs: list[Mention], starts: tuple[int, int], verb_at: int
) -> tuple[int, bool]:
    """(clause start, whether widened): a clause that names no organisation and continues a
    sentence whose subject does (A局长甲、B局长乙出席会议，…，并签署有关纪要) takes the
    sentence from its start, unless the subject only witnesses the signing (见证)."""
    s, cs = starts
    if cs == s or any(cs <= o.start and o.end <= verb_at for o in orgs):
        return cs, False
    if _signing_witness(text[s:cs]) or not any(s <= o.start and o.end <= cs for o in orgs):
        return cs, False
    return s, True


def _signers_clause(text: str, clause: tuple[int, int], *, widened: bool) -> tuple[int, int]:
    """Where the signatories are named: the clause, or after its witnessing verb (甲见证A局长
    乙与B局长丙签署: 乙 and 丙); a widened clause only witnesses with 见证 (not 出席会议)."""
    cs, verb_at = clause
    words = zh_lex.words("signing_witness_verbs") if widened else zh_lex.words("witness_verbs")
    found = [text.find(w, cs, verb_at) + len(w) for w in words if text.find(w, cs, verb_at) >= 0]
    return (max(found), verb_at) if found else clause


def _signing_witness(clause: str) -> bool:
    """Whether the clause witnesses a signing (见证), as opposed to attending a meeting."""
    return any(w in clause for w in zh_lex.words("signing_witness_verbs"))


def _clause_start(text: str, s: int, verb_at: int) -> int:
    """Start of the clause that holds the verb; a witnessing clause before it is skipped."""
    k = max(text.rfind("，", s, verb_at), text.rfind(",", s, verb_at))
    if k < 0:
        return s
    clause = text[k + 1 : verb_at]
    if patterns().party_joiner.match(clause) and not patterns().witness.search(text[s:k]):
        return s  # 甲局长乙今日在…期间，与丙签署: the clause's subject stands before the comma
    joined = patterns().party_joiner.search(clause)
    if not joined and not patterns().witness.search(text[s:k]):
        return s
    return k + 1


def find(
    text: str,
    orgs: list[Mention],
    doc_date: str | None,
    org_key: Callable[[Mention], str] = lambda m: m.name,
) -> list[AgreementHit]:
    """Every signed/adopted document the text states, with parties and date. Hits may have
    no parties yet (the caller adds the signatories' organisations). `org_key` tells which
    mentions name one organisation (贸促会, 中国国际贸易促进委员会)."""
    doc_year = doc_date[:4] if doc_date else None
    items = _items(text)
    out: list[AgreementHit] = []
    sentences = sentence_spans(text, lang="zh")
    contents = _repeated_lines(text)
    books = [m.span() for m in BOOK.finditer(text)]
    for idx, (s, e) in enumerate(sentences):
        if any(a <= s < b for a, b in contents):
            continue
        previous = sentences[idx - 1] if idx > 0 else None
        for verb in patterns().sign.finditer(text, s, e):
            if any(a < verb.start() < b for a, b in books):
                continue  # 《关于专利数据交换的…》: a verb inside a title signs nothing
            cs, widened = _widened(
                text, orgs, (s, _clause_start(text, s, verb.start())), verb.start()
            )
            docs = _documents_after(text, verb.end(), e, verb.group(1))
            lead, ps = verb.start(), cs
            if not docs and (fronted := _fronted(text, cs, verb.start())) is not None:
                docs, lead = [fronted[:3]], fronted[3]
                ps = max(cs, text.rfind("，", cs, lead) + 1, text.rfind(",", cs, lead) + 1)
            signed = [Mention(h.start, h.end, h.title) for h in out if s <= h.start < e]
            ends = (lead, max(d[2] for d in docs) if docs else lead, e)
            if not docs or _prospective(text, ps, ends, orgs=orgs + signed):
                continue
            if patterns().back_reference.search(text, max(s, verb.start() - 4), verb.start()):
                continue  # 此次签署的备忘录: the signing reported before
            item = next((k for k, (a, b) in enumerate(items) if a <= s < b), -1)
            region = items[item] if item >= 0 else None
            date, dated = signing_date(text, verb.start(), (s, e), doc_year, region)
            if not dated and region is None:
                day = relative_day(text, max(0, s - 1500), verb.start(), doc_date)
                date, dated = (day, True) if day else (date, dated)
            relative = relative_date(text[cs : verb.start()], doc_date)
            if relative and not has_full_date(text, cs, verb.start()):
                date, dated = relative, True
            clause = (cs, verb.start())
            for title, ds, de in docs:
                generic = text[ds - 1 : ds] != "《" and generic_core(title) is not None
                if generic and verb.group(1) not in zh_lex.wordset("generic_sign_verbs"):
                    continue  # 达成有关协议: only a signing reports a document with no name
                for parties in _party_sets(text, orgs, clause, previous, (ds, de)):
                    if not parties and "双方" in text[cs : verb.start()] and out:
                        parties = list(out[-1].parties)  # 双方: the parties just reported
                    hit = AgreementHit(title, kind_of(title), ds, de, date, parties)
                    hit.dated, hit.item, hit.generic = dated, item, generic
                    hit.heading = _is_heading(text, verb.start())
                    hit.clause = _signers_clause(text, (cs, verb.start()), widened=widened)
                    hit.clauses = [hit.clause]
                    out.append(hit)
    return _dedupe(out, org_key)


def _is_heading(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a headline: short and without a full stop."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) <= HEADLINE_MAX and not any(c in line for c in ends("wide") + "!?")


def _repeated_lines(text: str) -> list[tuple[int, int]]:
    """Lines that the text repeats later word for word: a table of contents (本期要目) whose
    entries come again as headings; the entry states nothing the heading does not."""
    out, pos = [], 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        body = line.strip()
        if len(body) >= 6 and any(other.strip() == body for other in lines[k + 1 :]):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _party_sets(
    text: str,
    orgs: list[Mention],
    clause: tuple[int, int],
    previous: tuple[int, int] | None,
    document: tuple[int, int],
) -> list[list[Mention]]:
    """The parties of each agreement the clause (start, verb) reports: "A分别与B、C签署了…"
    is two agreements, A-B and A-C; otherwise one. Parties of "双方" come from the
    `previous` sentence; failing all, from the `document` title (《A与B…备忘录》)."""
    cs, verb_at = clause
    before = text[cs:verb_at]
    parties = _parties(orgs, cs, verb_at, before)
    if len(parties) == 1 and previous is not None and _continues(text, cs, previous):
        subject = _subject(text, orgs, previous)
        parties = [subject, *parties] if subject is not None else parties
    if len(parties) < 2 and len(named := _title_parties(text, orgs, document)) >= 2:
        return [named]  # 王某与李某代表双方签署《A与B…备忘录》: the title names A and B
    if not parties and "双方" in before and previous is not None:
        ps, pe = previous
        parties = _parties(orgs, ps, pe, text[ps:pe])[:2]
    if not parties:
        ds, de = document
        parties = [o for o in orgs if ds <= o.start and o.end <= de][:2]
    split = before.find("分别与")
    if split < 0:
        return [parties]
    cut = cs + split
    lead = [o for o in parties if o.end <= cut]
    rest = [o for o in parties if o.start > cut]
    return [lead + [o] for o in rest] if lead and len(rest) > 1 else [parties]


def _title_parties(text: str, orgs: list[Mention], document: tuple[int, int]) -> list[Mention]:
    """The bodies a document's title names as joined parties (《A与B关于…的备忘录》): the
    first two organisations of the title when only a joiner stands between them."""
    ds, de = document
    inside = [o for o in orgs if ds <= o.start and o.end <= de]
    if len(inside) < 2 or not patterns().party_joiner.fullmatch(
        text[inside[0].end : inside[1].start]
    ):
        return []
    return inside[:2]


def _continues(text: str, cs: int, previous: tuple[int, int]) -> bool:
    """A与B签署了…；与C签署了…: a clause that opens with a joiner after a semicolon shares
    the subject of the clause before it."""
    ps, pe = previous
    return text[ps:pe].rstrip().endswith(("；", ";")) and bool(
        patterns().party_joiner.match(text, cs)
    )


def _subject(text: str, orgs: list[Mention], sentence: tuple[int, int]) -> Mention | None:
    """The organisation right before the first joiner of a sentence (A与B签署: A)."""
    s, e = sentence
    inside = [o for o in orgs if s <= o.start and o.end <= e]
    for a, b in zip(inside, inside[1:], strict=False):
        if patterns().party_joiner.fullmatch(text[a.end : b.start]):
            return a
    return None


def _parties(orgs: list[Mention], start: int, end: int, clause: str) -> list[Mention]:
    rx = patterns()
    if rx.witness.search(clause) and not re.search(rx.party_joiner.pattern + ".*$", clause):
        return []
    found = [o for o in orgs if start <= o.start and o.end <= end]
    witness = rx.witness.search(clause)
    if witness:  # 甲见证A局长乙与B局长丙签署: the bodies after the witnessing verb sign
        after = [o for o in found if o.start >= start + witness.end()]
        found = after or [o for o in found if o.end <= start + witness.start()]
    return found


def _dedupe(hits: list[AgreementHit], org_key: Callable[[Mention], str]) -> list[AgreementHit]:
    """One hit per agreement: a heading and its item's body (一、A与B签署合作协议 …
    A与B签署《…合作协议》), a document named again (签署了联合声明 after 通过了《…联合声明》)."""
    out: list[AgreementHit] = []
    for h in hits:
        same = next((g for g in out if _same(g, h, org_key)), None)
        if same is None:
            out.append(h)
            continue
        keep, drop = (same, h) if _fuller(same, h) else (h, same)
        if drop.heading == keep.heading or not drop.heading:
            keep.parties += [m for m in drop.parties if all(m is not k for k in keep.parties)]
        if keep.heading and not drop.heading:
            keep.parties, keep.heading = list(drop.parties), False  # the body names them
        keep.clauses += drop.clauses
        if not keep.dated and drop.dated:
            keep.date, keep.dated = drop.date, True
        if keep is h:
            out[out.index(same)] = h
    return out


def _same(a: AgreementHit, b: AgreementHit, org_key: Callable[[Mention], str]) -> bool:
    """Two hits that report one agreement: one kind, parties of one among the other's, and
    one title ending the other or both in one enumerated item."""
    if a.kind != b.kind:
        return False
    pa, pb = {org_key(m) for m in a.parties}, {org_key(m) for m in b.parties}
    if a.heading != b.heading and _headline_of(a, b, pa, pb):
        return True
    if not (pa <= pb or pb <= pa):
        return False
    ta, tb = re.sub(r"\s", "", a.title), re.sub(r"\s", "", b.title)
    if ta == tb:
        return True
    if a.item >= 0 and a.item == b.item:
        return True
    return (ta.endswith(tb) or tb.endswith(ta)) and abs(a.start - b.start) < 300


def _headline_of(a: AgreementHit, b: AgreementHit, pa: set[str], pb: set[str]) -> bool:
    """A headline's agreement and the body's (最高法与X签署合作备忘录 over 《最高人民法院与X
    关于加强合作的备忘录》): the short title's characters appear in order in the long one, and
    the parties share one (the headline may name a party in a form the body does not)."""
    ta, tb = re.sub(r"\s", "", a.title), re.sub(r"\s", "", b.title)
    short, long = sorted((ta, tb), key=len)
    return (bool(pa & pb) or not pa or not pb) and _in_order(short, long)


def _in_order(short: str, long: str) -> bool:
    """Every character of `short` appears in `long`, in order."""
    it = iter(long)
    return all(c in it for c in short)


def _fuller(a: AgreementHit, b: AgreementHit) -> bool:
    """Whether a's title is the fuller (a 《title》 rather than a bare noun)."""
    return len(a.title) >= len(b.title)
