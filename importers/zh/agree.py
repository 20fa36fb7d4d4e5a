"""Agreements in Chinese text: a signing verb with a document noun in one sentence.

Only documents the text says were signed, renewed, concluded or adopted count
(签署/签订/续签/缔结/通过 + 谅解备忘录, 协议, 工作计划 …). Consensus (达成共识), programmes
that are only mentioned, and counts ("签署了52份合作协议") are not agreements. Parties are
the organisations before the verb in the same clause (X与Y签署…); a clause that witnesses
(见证, 出席签约仪式) gives no parties.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from importers.zh import lex as zh_lex
from importers.zh.orgs import Mention

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
NOT_DOCUMENT = re.compile(r"^(?:了|的)?\s*(?:共识|一致|合作意向(?!书)|意见|协商一致)")
# An enumerated item of a bulletin: 一、 / （二） / 3. at the start of a line.
ITEM_START = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|\d{1,2}[.、](?!\d))", re.M
)
BOOK = re.compile(r"《([^》]{2,80})》")
JOINED_BOOK = re.compile(r"\s*(?:和|与|及|以及|、)\s*《([^》]{2,80})》")
WITNESS = re.compile(r"见证|出席|陪同|见签")
# Digits as figures or Chinese numerals (二○一九年十一月二十日, 〇 and ○ for zero).
_D = "零〇○一二三四五六七八九"
_YEAR = rf"(\d{{4}}|[{_D}]{{4}})"
_NUM = rf"(\d{{1,2}}|[{_D}十]{{1,3}})"
FULL_DATE = re.compile(rf"{_YEAR}\s*年\s*{_NUM}\s*月(?:\s*{_NUM}\s*[日号])?")
MONTH_DAY = re.compile(rf"(?<![\d{_D}十]){_NUM}\s*月\s*{_NUM}\s*[日号]")
YEAR = re.compile(rf"{_YEAR}\s*年")
PERIOD = re.compile(rf"{_YEAR}\s*[—–\-~～至到]+\s*{_YEAR}\s*年")
DATELINE = re.compile(
    rf"^\s*{_YEAR}\s*年\s*{_NUM}\s*月\s*{_NUM}\s*日\s*(?:\([^)\n]{{1,8}}\))?\s*$", re.M
)
TODAY = re.compile(r"今日|今天|当天|当日")
RELATIVE_YEAR = {"前年": -2, "去年": -1, "上年": -1, "今年": 0, "本年": 0}
BACK_REFERENCE = re.compile(r"(?:此次|是次|这次|本次|上述|该)$")
SENTENCE_END = "。！？；!?;\n"
HEADLINE_MAX = 60


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


def _documents_after(text: str, pos: int, end: int, verb: str) -> list[tuple[str, int, int]]:
    """The documents named after a signing verb: 《titles》 (several joined by 和/、) or a
    noun phrase (合作意向书)."""
    rest = text[pos:end]
    if NOT_DOCUMENT.match(rest):
        return []
    limit = 12 if verb == "通过" else 40
    book = re.match(r"(?:了|的)?\s*[^《。，,]{0,12}?《([^》]{2,80})》", rest)
    if book and book.start(1) <= limit + 2:
        out: list[tuple[str, int, int]] = []
        at = pos + book.start(0)
        while b := (BOOK.search(text, at, end) if not out else JOINED_BOOK.match(text, at, end)):
            title = b.group(1)
            tail = NOUN.match(text, b.end(), end)
            if NOUN.search(title) or tail:
                full = title + (tail.group(0) if tail and not NOUN.search(title) else "")
                out.append((full, b.start(1), b.end()))
            at = b.end()
        return out
    noun = NOUN.search(rest, 0, limit + 8)
    if not noun or "，" in rest[: noun.start()] or "," in rest[: noun.start()]:
        return []
    phrase = rest[: noun.end()].lstrip("了的 ")
    if COUNT.search(phrase):
        return []
    if kind_of(phrase) == "programme" and len(phrase) < 4:
        return []
    return [(phrase, pos + noun.end() - len(phrase), pos + noun.end())]


FRONTED = re.compile(r"(?:将|把)\s*《([^》]{2,80})》\s*$")


def _fronted(text: str, cs: int, verb_at: int) -> tuple[str, int, int, int] | None:
    """并将《…谅解备忘录》续签五年: a document named before the verb with 将/把; (title, start,
    end, where 将 stands) or None."""
    m = FRONTED.search(text, cs, verb_at)
    if m is None or not NOUN.search(m.group(1)):
        return None
    return m.group(1), m.start(1), m.end(), m.start()


def _prospective(text: str, clause_start: int, verb_at: int, doc_end: int, end: int) -> bool:
    """就签署…协议进行了磋商, 双方同意尽快签署: a signing that is planned or talked about."""
    before = text[max(clause_start, verb_at - 8) : verb_at]
    if any(w in before for w in zh_lex.words("prospective_markers")):
        return True
    return any(w in text[doc_end:end] for w in zh_lex.words("talk_words"))


def _items(text: str) -> list[tuple[int, int]]:
    """The enumerated items (一、… up to the next 二、) of a bulletin."""
    starts = [m.start() for m in ITEM_START.finditer(text)]
    return [(s, starts[k + 1] if k + 1 < len(starts) else len(text)) for k, s in enumerate(starts)]


def _date(
    text: str,
    upto: int,
    sentence: tuple[int, int],
    doc_year: str | None,
    item: tuple[int, int] | None = None,
) -> tuple[str | None, bool]:
    """The date the sentence states, else the latest one before it (within its enumerated
    item, if any, else the item's first date: a bulletin's items carry their own dates);
    with True when the date comes from the sentence or its item."""
    s, e = sentence
    own = _own_date(text, s, upto, e, doc_year) or _year_before(text[s:upto])
    if own:
        return own, True
    if item is not None:
        a, b = item
        found = _latest(text, a, s, doc_year) or _stated(text, e, b, doc_year)
        return (found, True) if found else (None, False)
    found = _latest(text, max(0, s - 400), s, doc_year, months_from=max(0, s - 1500))
    return found, False


def _own_date(text: str, s: int, verb_at: int, e: int, doc_year: str | None) -> str | None:
    """The date the signing sentence states: before the verb first; after it only a date
    that is not a start (试点自2025年10月1日起启动 dates the pilot, not the signing)."""
    before = _stated(text, s, verb_at, doc_year)
    if before:
        return before
    for m in [*FULL_DATE.finditer(text, verb_at, e), *MONTH_DAY.finditer(text, verb_at, e)]:
        if not _is_start(text, m.start(), m.end()):
            return _stated(text, m.start(), m.end(), doc_year)
    return None


def _is_start(text: str, start: int, end: int) -> bool:
    """自2025年10月1日起 / 从…开始: a date from which something runs."""
    return bool(re.match(r"\s*(?:起|开始|生效)", text[end : end + 4]))


def _year_at(text: str, pos: int, doc_year: str | None) -> str | None:
    """The year in force at `pos`: that of the last date context before it (2024年3月,
    2019年，…), else the document's year. A year that only dates another event (始于1994年,
    1994年设立) is not a date context for a later 4月21日."""
    year = doc_year
    for m in YEAR.finditer(_without_periods(text[:pos])):
        if _date_context(text, m.end()):
            year = m.group(1)
    return year


def _date_context(text: str, end: int) -> bool:
    """Whether the year ending at `end` opens a date or a time frame (not 1994年设立)."""
    return bool(
        re.match(
            rf"\s*(?:{_NUM}\s*月|[，,：:]|(?:年?[初底末中内]|上半年|下半年|度))",
            text[end : end + 6],
        )
    )


def _without_periods(text: str) -> str:
    """`text` with titles in 《》 and year ranges (2024—2025年) blanked: the period a plan
    covers is not the date of the text around it."""
    text = re.sub(r"《[^《》]*》", lambda m: " " * len(m.group(0)), text)
    return PERIOD.sub(lambda m: " " * len(m.group(0)), text)


def _year_before(clause: str) -> str | None:
    """于2019年签署: a year alone, stated just before the verb."""
    m = re.search(rf"{_YEAR}\s*年\s*(?:[{_D}十\d]+\s*月)?\s*$", clause[-16:])
    return str(number(m.group(1))) if m else None


def _stated(text: str, a: int, b: int, doc_year: str | None) -> str | None:
    """The first full date, or month and day in the year then in force, in text[a:b]."""
    full = FULL_DATE.search(text, a, b)
    if full:
        return _iso(full.group(1), full.group(2), full.group(3))
    md = MONTH_DAY.search(text, a, b)
    year = _year_at(text, md.start(), doc_year) if md else None
    return _iso(year, md.group(1), md.group(2)) if md and year else None


def _latest(
    text: str, a: int, b: int, doc_year: str | None, months_from: int | None = None
) -> str | None:
    """The last full date in text[a:b], else the last month and day (from `months_from`)."""
    before = [m for m in FULL_DATE.finditer(text, a, b) if not _is_start(text, m.start(), m.end())]
    if before:
        x = before[-1]
        return _iso(x.group(1), x.group(2), x.group(3))
    mds = list(MONTH_DAY.finditer(text, a if months_from is None else months_from, b))
    year = _year_at(text, mds[-1].start(), doc_year) if mds else None
    return _iso(year, mds[-1].group(1), mds[-1].group(2)) if mds and year else None


def number(figures: str) -> int:
    """二○一九 -> 2019 (digit by digit), 二十 -> 20, 十一 -> 11, 17 -> 17."""
    if figures.isdigit():
        return int(figures)
    digits = {c: k for k, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}
    if "十" not in figures:
        return int("".join(str(digits[c]) for c in figures))
    tens, _, units = figures.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[units] if units else 0)


def _iso(year: str, month: str | None, day: str | None) -> str:
    out = str(number(year))
    if month:
        out += f"-{number(month):02d}"
        if day:
            out += f"-{number(day):02d}"
    return out


def dateline(text: str) -> str | None:
    """The date of a line that holds only a date (二○二三年十一月二十日（星期一）): the date
    of a release that gives it on its own line, first or last."""
    m = DATELINE.search(text)
    return _iso(m.group(1), m.group(2), m.group(3)) if m else None


def _relative(window: str, doc_date: str | None) -> str | None:
    """去年 or 今日 in the clause, against the document's date."""
    if not doc_date:
        return None
    if TODAY.search(window) and len(doc_date) >= 10:
        return doc_date
    for word, delta in RELATIVE_YEAR.items():
        if word in window:
            return str(int(doc_date[:4]) + delta)
    return None


def _clause_start(text: str, s: int, verb_at: int) -> int:
    """Start of the clause that holds the verb; a witnessing clause before it is skipped."""
    k = max(text.rfind("，", s, verb_at), text.rfind(",", s, verb_at))
    if k < 0:
        return s
    clause = text[k + 1 : verb_at]
    if not any(True for _ in re.finditer(r"[与和同]", clause)) and not WITNESS.search(text[s:k]):
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
    sentences = _sentences(text)
    contents = _repeated_lines(text)
    for idx, (s, e) in enumerate(sentences):
        if any(a <= s < b for a, b in contents):
            continue
        for verb in SIGN.finditer(text, s, e):
            cs = _clause_start(text, s, verb.start())
            docs = _documents_after(text, verb.end(), e, verb.group(1))
            lead, ps = verb.start(), cs
            if not docs and (fronted := _fronted(text, cs, verb.start())) is not None:
                docs, lead = [fronted[:3]], fronted[3]
                ps = max(cs, text.rfind("，", cs, lead) + 1, text.rfind(",", cs, lead) + 1)
            if not docs or _prospective(text, ps, lead, max(d[2] for d in docs), e):
                continue
            if BACK_REFERENCE.search(text, max(s, verb.start() - 4), verb.start()):
                continue  # 此次签署的备忘录: the signing reported before
            item = next((k for k, (a, b) in enumerate(items) if a <= s < b), -1)
            region = items[item] if item >= 0 else None
            date, dated = _date(text, verb.start(), (s, e), doc_year, region)
            relative = _relative(text[cs : verb.start()], doc_date)
            if relative and not FULL_DATE.search(text, cs, verb.start()):
                date, dated = relative, True
            for title, ds, de in docs:
                for parties in _party_sets(text, orgs, cs, verb.start(), sentences, idx, ds, de):
                    if not parties and "双方" in text[cs : verb.start()] and out:
                        parties = list(out[-1].parties)  # 双方: the parties just reported
                    hit = AgreementHit(title, kind_of(title), ds, de, date, parties)
                    hit.dated, hit.item = dated, item
                    hit.heading = _is_heading(text, s)
                    witnessed = WITNESS.search(text[cs : verb.start()])
                    hit.clause = (cs, verb.start()) if not witnessed else (0, 0)
                    hit.clauses = [hit.clause]
                    out.append(hit)
    return _dedupe(out, org_key)


def _is_heading(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is a headline: short and without a full stop."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    return len(line) <= HEADLINE_MAX and not any(c in line for c in "。！？!?")


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
    cs: int,
    verb_at: int,
    sentences: list[tuple[int, int]],
    idx: int,
    ds: int,
    de: int,
) -> list[list[Mention]]:
    """The parties of each agreement the clause reports: "A分别与B、C签署了…" is two
    agreements, A-B and A-C; otherwise one."""
    before = text[cs:verb_at]
    parties = _parties(orgs, cs, verb_at, before)
    if not parties and "双方" in before and idx > 0:
        ps, pe = sentences[idx - 1]
        parties = _parties(orgs, ps, pe, text[ps:pe])[:2]
    if not parties:
        parties = [o for o in orgs if ds <= o.start and o.end <= de][:2]
    split = before.find("分别与")
    if split < 0:
        return [parties]
    cut = cs + split
    lead = [o for o in parties if o.end <= cut]
    rest = [o for o in parties if o.start > cut]
    return [lead + [o] for o in rest] if lead and len(rest) > 1 else [parties]


def _parties(orgs: list[Mention], start: int, end: int, clause: str) -> list[Mention]:
    if WITNESS.search(clause) and not re.search(r"[与和同].*$", clause):
        return []
    found = [o for o in orgs if start <= o.start and o.end <= end]
    witness = WITNESS.search(clause)
    if witness:
        cut = start + witness.start()
        found = [o for o in found if o.end <= cut or o.start > cut + 8]
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
