"""Agreements in Chinese text: a signing verb with a document noun in one sentence.

Only documents the text says were signed, renewed, concluded or adopted count
(签署/签订/续签/缔结/通过 + 谅解备忘录, 协议, 工作计划 …). Consensus (达成共识), programmes
that are only mentioned, and counts ("签署了52份合作协议") are not agreements. Parties are
the organisations before the verb in the same clause (X与Y签署…); a clause that witnesses
(见证, 出席签约仪式) gives no parties.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.zh_orgs import Mention

SIGN = re.compile(r"(?:共同|正式|分别|顺利)?(签署|签订|签约|续签|缔结|通过|达成|签字|交换)")
# Document nouns, most specific first, with their kind.
KINDS: tuple[tuple[str, str], ...] = (
    ("专利审查高速路", "pph"),
    ("PPH", "pph"),
    ("谅解备忘录", "mou"),
    ("合作备忘录", "mou"),
    ("备忘录", "mou"),
    ("联合声明", "joint_statement"),
    ("会谈纪要", "record_of_discussion"),
    ("会议纪要", "record_of_discussion"),
    ("纪要", "record_of_discussion"),
    ("意向书", "letter_of_intent"),
    ("工作计划", "work_plan"),
    ("行动计划", "work_plan"),
    ("宣言", "declaration"),
    ("框架协议", "agreement"),
    ("合作协议", "agreement"),
    ("协议书", "agreement"),
    ("协议", "agreement"),
    ("协定", "agreement"),
    ("合作安排", "other"),
    ("安排", "other"),
    ("合同", "agreement"),
    ("计划", "programme"),
    ("项目", "programme"),
)
NOUN = re.compile("|".join(re.escape(k) for k, _ in KINDS))
COUNT = re.compile(r"[0-9０-９一二三四五六七八九十两百千多数几余]+\s*(?:份|项|个|件|批|轮)")
NOT_DOCUMENT = re.compile(r"^(?:了|的)?\s*(?:共识|一致|合作意向|意见|协商一致)")
WITNESS = re.compile(r"见证|出席|陪同|见签")
FULL_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?")
MONTH_DAY = re.compile(r"(?<!\d)(\d{1,2})\s*月\s*(\d{1,2})\s*日")
YEAR = re.compile(r"(\d{4})\s*年")
SENTENCE_END = "。！？；!?;\n"


@dataclass
class AgreementHit:
    title: str
    kind: str
    start: int
    end: int
    date: str | None = None
    parties: list[Mention] = field(default_factory=list)
    clause: tuple[int, int] = (0, 0)  # where the signing parties and signatories are named


def kind_of(title: str) -> str:
    for noun, kind in KINDS:
        if noun in title:
            return kind
    return "other"


def _sentences(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for k, ch in enumerate(text):
        if ch in SENTENCE_END:
            if k > start:
                out.append((start, k + 1))
            start = k + 1
    if start < len(text):
        out.append((start, len(text)))
    return out


def _document_after(text: str, pos: int, end: int, verb: str) -> tuple[str, int, int] | None:
    """The document named after a signing verb: a 《title》 or a noun phrase."""
    rest = text[pos:end]
    if NOT_DOCUMENT.match(rest):
        return None
    limit = 12 if verb == "通过" else 40
    book = re.match(r"(?:了|的)?\s*[^《。，,]{0,12}?《([^》]{2,80})》", rest)
    if book and book.start(1) <= limit + 2:
        title = book.group(1)
        if NOUN.search(title) or NOUN.match(rest, book.end()):
            tail = NOUN.match(rest, book.end())
            full = title + (tail.group(0) if tail and not NOUN.search(title) else "")
            return full, pos + book.start(1), pos + book.end()
        return None
    noun = NOUN.search(rest, 0, limit + 8)
    if not noun or "，" in rest[: noun.start()] or "," in rest[: noun.start()]:
        return None
    phrase = rest[: noun.end()].lstrip("了的 ")
    if COUNT.search(phrase):
        return None
    if kind_of(phrase) == "programme" and len(phrase) < 4:
        return None
    return phrase, pos + noun.end() - len(phrase), pos + noun.end()


def _date(text: str, upto: int, sentence: tuple[int, int], doc_year: str | None) -> str | None:
    """The date the sentence states, or the latest one before it in the text."""
    s, e = sentence
    window = text[s:e]
    full = FULL_DATE.search(window)
    if full:
        return _iso(full.group(1), full.group(2), full.group(3))
    md = MONTH_DAY.search(window)
    years = YEAR.findall(text[:upto])
    year = years[-1] if years else doc_year
    if md and year:
        return _iso(year, md.group(1), md.group(2))
    before = list(FULL_DATE.finditer(text[max(0, s - 400) : s]))
    if before:
        b = before[-1]
        return _iso(b.group(1), b.group(2), b.group(3))
    mds = list(MONTH_DAY.finditer(text[max(0, s - 300) : s]))
    if mds and year:
        return _iso(year, mds[-1].group(1), mds[-1].group(2))
    return None


def _iso(year: str, month: str | None, day: str | None) -> str:
    out = year
    if month:
        out += f"-{int(month):02d}"
        if day:
            out += f"-{int(day):02d}"
    return out


def _clause_start(text: str, s: int, verb_at: int) -> int:
    """Start of the clause that holds the verb; a witnessing clause before it is skipped."""
    k = max(text.rfind("，", s, verb_at), text.rfind(",", s, verb_at))
    if k < 0:
        return s
    clause = text[k + 1 : verb_at]
    if not any(True for _ in re.finditer(r"[与和同]", clause)) and not WITNESS.search(text[s:k]):
        return s
    return k + 1


def find(text: str, orgs: list[Mention], doc_date: str | None) -> list[AgreementHit]:
    """Every signed/adopted document the text states, with parties and date."""
    doc_year = doc_date[:4] if doc_date else None
    out: list[AgreementHit] = []
    sentences = _sentences(text)
    for idx, (s, e) in enumerate(sentences):
        for verb in SIGN.finditer(text, s, e):
            doc = _document_after(text, verb.end(), e, verb.group(1))
            if doc is None:
                continue
            title, ds, de = doc
            hit = AgreementHit(title, kind_of(title), ds, de)
            hit.date = _date(text, verb.start(), (s, e), doc_year)
            cs = _clause_start(text, s, verb.start())
            before = text[cs : verb.start()]
            hit.parties = _parties(orgs, cs, verb.start(), before)
            hit.clause = (cs, verb.start()) if hit.parties else (0, 0)
            if not hit.parties and "双方" in before and idx > 0:
                ps, pe = sentences[idx - 1]
                hit.parties = _parties(orgs, ps, pe, text[ps:pe])[:2]
            if not hit.parties:
                hit.parties = [o for o in orgs if ds <= o.start and o.end <= de][:2]
            if hit.parties:
                out.append(hit)
    return _dedupe(out)


def _parties(orgs: list[Mention], start: int, end: int, clause: str) -> list[Mention]:
    if WITNESS.search(clause) and not re.search(r"[与和同].*$", clause):
        return []
    found = [o for o in orgs if start <= o.start and o.end <= end]
    witness = WITNESS.search(clause)
    if witness:
        cut = start + witness.start()
        found = [o for o in found if o.end <= cut or o.start > cut + 8]
    return found


def _dedupe(hits: list[AgreementHit]) -> list[AgreementHit]:
    seen: set[tuple[str, str]] = set()
    out = []
    for h in hits:
        key = (re.sub(r"\s", "", h.title), h.kind)
        if key in seen:
            continue
        seen.add(key)
        out.append(h)
    return out
