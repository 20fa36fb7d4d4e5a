"""Agreements an English text says were signed, adopted, renewed or concluded.

Per sentence: an agreement noun ("memorandum of understanding", "work plan", "Letter of
Intent", ...) next to a verb that brings it into being ("signed", "adopted", "the signature
of"). Its title is the noun with the text's own modifiers and complements. Its parties come,
in order of trust, from the title ("... between A and B"), from the subject of "signed"
(an organisation, or the organisation of the official who signed), from "with ..." after the
verb, and else from the other organisations the sentence names. Its date comes from the
sentence, from an "In May," that opens the paragraph, or from the year a report covers.

Counts ("52 new agreements"), negotiations and mere references are not agreements. Mentions
of one agreement (a report paragraph and a photo caption) are merged.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from importers.en.orgs import COUNTRY_OF, OrgEntry, Orgs, described_org, office_of_country
from importers.en.people import People, PersonEntry, document_org
from importers.en.words import (
    GENERIC_TITLE_WORDS,
    MONTH_RE,
    MONTHS,
    NOT_SIGNED_RE,
    NUMBER_WORDS,
    SIGN_VERBS,
    WEEKDAYS,
    WITNESS_RE,
)

_NOUNS: list[tuple[str, str]] = [
    (
        r"(?:(?<=Highway )|(?<=PPH )|(?<=PPH\) ))"
        r"(?:pilot )?(?:programmes?|programs?|arrangements?)",
        "pph",
    ),
    (r"memorand(?:um|a) of (?:understanding|cooperation|co-operation)", "mou"),
    (r"MoUs?|MOUs?", "mou"),
    (r"letters? of intent", "letter_of_intent"),
    (r"records? of (?:the )?discussions?", "record_of_discussion"),
    (r"minutes of (?:the )?(?:meeting|talks|discussions?)", "record_of_discussion"),
    (r"joint (?:statements?|communiqu[eé]s?)", "joint_statement"),
    (r"(?:joint )?declarations?", "declaration"),
    (r"work ?plans?|action plans?", "work_plan"),
    (r"(?<=[Cc]ooperation )programmes?|(?<=[Cc]ooperation )programs?", "programme"),
    (r"agreements?|accords?", "agreement"),
    (r"(?:cooperation )arrangements?", "other"),
    (r"(?<=cooperation )documents?", "other"),
]
_NOUN_RE = re.compile(
    r"\b(?:" + "|".join(f"(?P<k{i}>{p})" for i, (p, _) in enumerate(_NOUNS)) + r")\b",
    re.IGNORECASE,
)
_MODIFIERS = frozenset(
    [
        "cooperation",
        "co-operation",
        "bilateral",
        "multilateral",
        "trilateral",
        "tripartite",
        "annual",
        "upgraded",
        "framework",
        "new",
        "comprehensive",
        "strategic",
        "pph",
        "ip",
        "relevant",
        "partnership",
        "exchange",
        "data",
        "extension",
        "renewed",
        "revised",
        "supplementary",
        "pilot",
        "validation",
        "licence",
        "license",
        "licensing",
        "reinforced",
        "partnership",
    ]
)
_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"}
)
_STOP_AFTER = re.compile(
    r"\s*(?:,|\.(?:\s|$)|;|:|\bwhich\b|\bthat\b|\bduring\b|\bwhen\b|\bwhile\b|\bat\b|"
    r"\bafter\b|\bbefore\b|\b(?:in|on) (?:the presence|\d|" + MONTH_RE + r")|"
    r"\b(?:on|last|this|next) (?:"
    + "|".join(d.title() for d in WEEKDAYS)
    + r")\b|\band (?:the|a|an|its|"
    r"relevant|\w+ed|held|met|sent|took|led|made|became|agreed|visited)\b|\bwere\b|\bwas\b|"
    r"\bwith\b|\bas\b|\n)"
)
_PAST = re.compile(
    r"\b(?:and|,)\s+(?:then\s+)?(?:held|visited|carried|met|sent|led|took|made|"
    r"became|agreed|attended|participated|launched|hosted|organized|organised|"
    r"discussed|exchanged|gave|delivered|launch(?:es|ed)?|signs|opens|marks|holds|welcomes)\b"
)
_ABBREV = re.compile(
    r"\b(?:Mr|Mrs|Ms|Dr|Prof|No|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|"
    r"Nov|Dec|Inc|Ltd|Co|Corp|U\.S|e\.g|i\.e|etc|vs)\.$|(?<![\w.])[A-Z]\.$"
)


@dataclass
class Found:
    title: str
    kind: str
    date: str | None
    parties: list[OrgEntry] = field(default_factory=list)
    signatories: list[PersonEntry] = field(default_factory=list)
    witnesses: list[PersonEntry] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    topic: frozenset[str] = frozenset()
    counterparts: int = 0


@dataclass
class _Ctx:
    text: str
    orgs: Orgs
    people: People
    home: OrgEntry | None
    year: str | None
    doc_year: str | None
    doc_date: str | None = None
    found: list[Found] = field(default_factory=list)


_HEADING_END = re.compile(r"(?<=[^\s.!?:;,])[ \t]*\n(?=[ \t]*[A-Z“\"])")


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of a paragraph; a short heading line without final punctuation is one of
    its own ("Cooperation with X\nIn 2017 SIPO signed ...")."""
    out = []
    s = start
    stops = [m.end() for m in re.finditer(r"[.!?](?=\s+[A-Z“\"(*\d])", text[start:end])]
    for m in _HEADING_END.finditer(text[start:end]):
        line = text[start : start + m.start()].rsplit("\n", 1)[-1]
        if len(line.split()) <= 10:
            stops.append(m.start())
    for stop in sorted(stops):
        e = start + stop
        if e <= s or _ABBREV.search(text[max(s, e - 6) : e]):
            continue
        out.append((s, e))
        s = e
    if text[s:end].strip():
        out.append((s, end))
    return out


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


def report_year(text: str, date: str | None) -> str | None:
    """The year a report covers: "Annual Report 2017", or "In 2017, ..." near its start."""
    head = text[:1500]
    m = re.search(
        r"\b(?:Annual Report|Report|Yearbook|Review)\s+(?:of\s+|for\s+)?((?:19|20)\d\d)\b", head
    )
    if m:
        return m.group(1)
    m = re.search(r"(?:^|\n)\s*(?:In|Throughout|During)\s+((?:19|20)\d\d)\s*,", head)
    if m:
        return m.group(1)
    return None


_DATE = re.compile(
    rf"\b(?:(\d{{1,2}})\s+)?({MONTH_RE})(?:\s+(\d{{1,2}})(?:st|nd|rd|th)?)?,?"
    r"(?:\s+((?:19|20)\d\d))?\b"
)


_RENEWED = re.compile(r"\b(?:renew|extend)(?:s|ed|ing)?\b", re.IGNORECASE)
#: "renewed the agreement first concluded in 2019": the year of the first signing, not of
#: the renewal the sentence reports.
_EARLIER = re.compile(
    r"\b(?:first|originally|initially|previously)\s+(?:signed|concluded|adopted|inked|agreed)\s+$"
)


def _date_in(sentence: str, default_year: str | None, doc_date: str | None = None) -> str | None:
    """The date the sentence gives its event: "on 13 March 2023", "in February 2017", "In
    May" (with the report's year), "on 11 August" (with the document's year), "on Tuesday"
    (the last Tuesday up to the document's date). A dateline ("TAGUIG CITY, 15 August 2023 —")
    gives the date only when the sentence names no other. A bare "May" or "Jun" that could be
    a verb or a name is not a date."""
    dates: list[tuple[bool, str]] = []
    for m in _DATE.finditer(sentence):
        month = MONTHS.get(m.group(2).rstrip(".").casefold())
        full = len(m.group(2).rstrip(".")) > 3 and m.group(2) != "May"
        if not month or not (m.group(4) or m.group(1) or m.group(3) or full):
            continue
        year = m.group(4) or _year_for(month, default_year, doc_date)
        if not year:
            continue
        day = m.group(1) or m.group(3)
        iso = f"{year}-{month:02d}-{int(day):02d}" if day else f"{year}-{month:02d}"
        dates.append((_is_dateline(sentence, m.start(), m.end()), iso))
    body = [d for dl, d in dates if not dl]
    if body:
        return body[0]
    weekday = _weekday_date(sentence, doc_date)
    if weekday:
        return weekday
    if dates:
        return dates[0][1]
    y = re.search(r"\b(?:in|In)\s+((?:19|20)\d\d)\b(?![-–])", sentence)
    if y and not (_EARLIER.search(sentence, 0, y.start()) and _RENEWED.search(sentence)):
        return y.group(1)
    return _relative_year(sentence, doc_date)


def _relative_year(sentence: str, doc_date: str | None) -> str | None:
    """'last year' / 'this year' in a text dated 2023: 2022 / 2023."""
    m = re.search(r"\b(last|this|past)\s+year\b", sentence, re.IGNORECASE)
    if m is None or not doc_date or not doc_date[:4].isdigit():
        return None
    year = int(doc_date[:4])
    return str(year if m.group(1).casefold() == "this" else year - 1)


def _year_for(month: int, default_year: str | None, doc_date: str | None) -> str | None:
    """The year of a month named without one: the report's year, else the document's (the
    year before when the month is later than the document's own month)."""
    if default_year and not (doc_date and doc_date.startswith(default_year)):
        return default_year
    if doc_date and len(doc_date) >= 7:
        year = int(doc_date[:4])
        return str(year - 1 if month > int(doc_date[5:7]) + 1 else year)
    return default_year


def _is_dateline(sentence: str, start: int, end: int) -> bool:
    """'NANNING, Sept. 20 (Xinhua) --', 'Munich, 12 May 2023 –': the date of the wire, not
    of the event."""
    head = sentence[:start].lstrip()
    if len(head) > 40 or "\n" in head.strip():
        return False
    return bool(re.match(r"\s*(?:\([^)]*\)\s*)?(?:—|–|--|-)\s", sentence[end:]))


def _weekday_date(sentence: str, doc_date: str | None) -> str | None:
    """'on Tuesday' in a text dated Wednesday 20 September 2023: 2023-09-19."""
    m = re.search(r"\b(?:on|last|this)\s+(" + "|".join(WEEKDAYS) + r")\b", sentence, re.I)
    if not m or not doc_date or len(doc_date) < 10:
        return None
    try:
        d = dt.date.fromisoformat(doc_date[:10])
    except ValueError:
        return None
    back = (d.weekday() - WEEKDAYS.index(m.group(1).casefold())) % 7
    return (d - dt.timedelta(days=back)).isoformat()


def find_agreements(text: str, orgs: Orgs, people: People, *, date: str | None) -> list[Found]:
    year = report_year(text, date)
    doc_year = date[:4] if date else None
    home = _speaker_org(text, people) or document_org(orgs)
    ctx = _Ctx(text, orgs, people, home, year, doc_year, date)
    found = ctx.found
    for ps, pe in _paragraphs(text):
        m = re.match(
            rf"\s*(?:In|By|Since|On)\s+(?:(?:early|mid|late)-?\s*)?({MONTH_RE})\b(?!\s+\d)",
            text[ps:pe],
        )
        para_month = MONTHS.get(m.group(1).rstrip(".").casefold()) if m else None
        for ss, se in _sentences(text, ps, pe):
            for f in _in_sentence(ctx, ss, se, para_month, found):
                _merge_into(found, f)
    return _fold_generic(found)


def _speaker_org(text: str, people: People) -> OrgEntry | None:
    """The organisation of the speaker a transcript opens with ("Opening remarks of Director
    General NAME, ORG"): the "we" of the speech."""
    m = re.search(
        r"\b(?:remarks|speech|address|statement|keynote|message|presentation)\s+"
        r"(?:of|by|from|delivered\s+by)\s",
        text[:1200],
        re.IGNORECASE,
    )
    if m is None:
        return None
    roles = sorted(
        (r for r in people.roles if r.org is not None and m.end() <= r.span[0] < m.end() + 250),
        key=lambda r: r.span[0],
    )
    return roles[0].org if roles else None


def _fold_generic(found: list[Found]) -> list[Found]:
    """A generic mention ("sign letter of intent" in a headline) whose parties are some of
    those of a fuller mention of the same kind is that agreement, not another one."""
    out = list(found)
    for f in found:
        if f.topic or f.counterparts:
            continue
        fp = set(map(id, f.parties))
        for g in out:
            if g is f or g.kind != f.kind or not _dates_compatible(f.date, g.date):
                continue
            gp = set(map(id, g.parties))
            if fp <= gp and (len(gp) > len(fp) or g.topic):
                if f.date and (not g.date or len(f.date) > len(g.date)):
                    g.date = f.date
                g.signatories += [p for p in f.signatories if p not in g.signatories]
                out.remove(f)
                break
    return out


def _kind(m: re.Match[str]) -> str:
    for i, (_, kind) in enumerate(_NOUNS):
        if m.group(f"k{i}"):
            return kind
    return "other"


def _italic(text: str, ss: int, se: int, pos: int) -> tuple[int, int] | None:
    for m in re.finditer(r"\*([^*\n]+)\*", text[ss:se]):
        if ss + m.start() <= pos < ss + m.end():
            return ss + m.start(1), ss + m.end(1)
    return None


def _title_span(
    text: str, ss: int, se: int, m: re.Match[str], orgs: Orgs | None = None
) -> tuple[int, int, bool]:
    """(start, end, definite-and-bare) of the title around the noun match."""
    it = _italic(text, ss, se, m.start())
    if it:
        s, e = it
        s += len(re.match(r"(?:the\s+)?", text[s:e], re.I).group())  # type: ignore[union-attr]
        return s, e, False
    # modifiers to the left
    start = m.start()
    words = list(re.finditer(r"[\w’'-]+", text[ss : m.start()]))
    determiner = None
    for n, w in enumerate(reversed(words)):
        tok = w.group()
        prev = words[len(words) - n - 2].group().casefold() if len(words) - n - 2 >= 0 else ""
        if SIGN_VERBS.fullmatch(tok) and prev in _DETERMINERS and tok.endswith("ed"):
            start = ss + w.start()
            continue
        if tok.casefold() in _DETERMINERS:
            determiner = tok.casefold()
            break
        gap = text[ss + w.end() : start]
        if gap.strip():
            break
        if orgs is not None and orgs.covered(ss + w.start(), ss + w.end()) and tok != "PPH":
            break
        if (
            (tok.casefold() in _MODIFIERS or tok[:1].isupper() or re.match(r"\d{4}", tok))
            and tok.casefold() not in NUMBER_WORDS
            and not SIGN_VERBS.fullmatch(tok)
        ):
            start = ss + w.start()
            continue
        break
    end = m.end()
    paren = re.match(r"\s*\((?:MoU|MOU|LoI|LOI|RoD)\)", text[end:se])
    if paren:
        end += paren.end()
    # complements to the right
    rest = text[end:se]
    wm = re.match(r"\s+with\s+[^,.;]{1,80}?\s+(?=on\s)", rest)
    skip = wm.end() if wm else 0
    comp = (
        None
        if re.match(rf"\s*(?:on|in)\s+(?:\d|{MONTH_RE})", rest[skip:])
        else re.match(
            r"\s*(?:on|between|for|of|to launch|launching|establishing|creating|in relation to|"
            r"concerning|regarding)\s",
            rest[skip:],
        )
    )
    if comp or re.match(r"\s+(?:(?:19|20)\d\d)", rest):
        j = skip
        k = 0
        while j < len(rest) and k < 40:
            stop = _STOP_AFTER.match(rest, j)
            if stop and j > skip:
                word = stop.group().strip()
                in_between = "between" in rest[:j]
                if word.startswith("and") and (
                    _continues(rest, j)
                    or (
                        in_between
                        and re.match(r"\s*and\s+(?:the\s+)?[A-Z]", rest[j:])
                        and not _NOUN_RE.match(rest[j:].lstrip()[4:].lstrip())
                    )
                ):
                    pass
                else:
                    break
            nxt = re.match(r"\s*[\w’'“”\"()\-–]+", rest[j:])
            if not nxt:
                break
            j += nxt.end()
            k += 1
        end = end + j if not skip else end + j
    bare = determiner in ("the", "this", "that") and start == m.start() and end == m.end()
    return start, end, bare


def _continues(rest: str, j: int) -> bool:
    """'on data and personnel exchange': a coordinated complement, not a new clause."""
    m = re.match(r"\s*and\s+(\w+)", rest[j:])
    if m is None:
        return False
    return (
        m.group(1).casefold() not in _DETERMINERS
        and not m.group(1).endswith("ed")
        and not _NOUN_RE.match(rest[j + m.end() - len(m.group(1)) :])
    )


_COUNT = re.compile(
    r"(?:(?<![\w.,:/-])(?!(?:19|20)\d\d\b)\d[\d,]*\+?|\b(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")|\b(?:a\s+(?:number|series|total|range|set|couple|pair|batch|handful)|dozens|hundreds|"
    r"scores|tens|thousands)\s+of)"
    r"((?:\s+[a-z][a-z-]*){0,4})\s+$",
    re.IGNORECASE,
)
_NOT_IN_COUNT = re.compile(
    r"\b(?:a|an|the|was|were|is|are|has|have|had|been|by|with|in|on|at|to|its|their|our|his|"
    r"her|(?:years?|months?|weeks?|days?))\b"
)


#: "signed three memoranda: with A on X; with B on Y; and with C on Z": a count that the
#: sentence goes on to list, one agreement per "with".
_LISTED = re.compile(r"\s*:\s*with\s")


def _aggregate(text: str, ss: int, start: int) -> bool:
    """'52 new cooperation agreements', 'a total of fifteen documents', 'more than a dozen
    MoUs', 'dozens of agreements': a count right before the agreement noun phrase (a few
    adjectives between), not one agreement. A number elsewhere in the sentence ("on 7
    December", "since 2008") is no count."""
    m = _COUNT.search(text, max(ss, start - 80), start)
    if m is None:
        return False
    between = m.group(1) or ""
    if re.fullmatch(r"\s+rounds?\s+of", between):
        return False  # "three rounds of agreements with WIPO": one series, one entry
    return not (_NOT_IN_COUNT.search(between) or SIGN_VERBS.search(between))


def _in_sentence(
    ctx: _Ctx, ss: int, se: int, para_month: int | None, found: list[Found]
) -> list[Found]:
    text = ctx.text
    sent = text[ss:se]
    matches = list(_NOUN_RE.finditer(text, ss, se))
    if not matches:
        return []
    verb = SIGN_VERBS.search(sent)
    if NOT_SIGNED_RE.search(sent) and not (
        verb and verb.group().casefold() in ("signed", "adopted")
    ):
        return []
    year = ctx.year
    default_year = year or ctx.doc_year
    date = _date_in(sent, default_year, ctx.doc_date)
    if date is None and para_month and default_year:
        date = f"{default_year}-{para_month:02d}"
    if date is None:
        date = year
    out: list[Found] = []
    used_until = ss
    items: list[tuple[re.Match[str], int, int, bool]] = []
    for m in matches:
        if m.start() < used_until:
            continue
        s, e, bare = _title_span(text, ss, se, m, ctx.orgs)
        used_until = e
        items.append((m, s, e, bare))
    spans = [(s, e) for _, s, e, _ in items]
    outside = [
        v
        for v in SIGN_VERBS.finditer(text, ss, se)
        if not any(s <= v.start() < e for s, e in spans)
    ]
    for idx, (m, s, e, bare) in enumerate(items):
        pph = re.search(r"(?:Patent Prosecution Highway\s*)?\(?PPH\)?\s*$", text[ss:s])
        if pph and pph.group().strip():
            s = ss + pph.start()
        title = re.sub(r"\s+", " ", text[s:e]).strip(" *")
        title = re.sub(r"\s+with\s+[^,.;]{1,80}?\s+(?=on\s)", " ", title)
        kind = _kind(m)
        following = items[idx + 1][1] if idx + 1 < len(items) else se
        own = [v for v in outside if _governs(text, v, s, e, following)]
        if not own and not (
            kind in ("declaration", "joint_statement")
            and title[:1].isupper()
            and len(title.split()) > 2
        ):
            continue
        if _aggregate(text, ss, s) and not _LISTED.match(text, e, se):
            break
        if kind == "agreement" and re.search(r"\bPPH\b|Prosecution Highway", title):
            kind = "pph"
        if bare and not _new_counterpart(ctx, e, se, kind, found + out):
            if _date_anaphor(found + out, kind, _date_in(sent, default_year, ctx.doc_date)):
                continue
            if any(f.kind == kind or kind == "agreement" for f in found + out):
                continue  # "the agreement with WIPO": the one the text has named before
        if not bare and _refers_back(text, ss, s, e, se, title, kind, found + out):
            continue
        if _named_before(text, ss, s, title, found + out):
            continue
        nxt = items[idx + 1][1] if idx + 1 < len(items) else se
        for t in _split_topics(title, m.group()):
            pph_t = re.search(r"\bPPH\b|Prosecution Highway", t)
            k = (
                "pph"
                if kind in ("agreement", "pph") and pph_t
                else ("agreement" if kind == "pph" else kind)
            )
            out.extend(_build(ctx, ss, se, s, e, nxt, t, k, date, m))
    return out


_PASSIVE_SIGNED = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:signed|adopted|concluded|"
    r"renewed|initialled|initialed|inked|extended)\b"
)


def _governs(text: str, v: re.Match[str], s: int, e: int, following: int) -> bool:
    """Whether a signing verb of the sentence can be the one of the agreement at s..e: one
    before it, or one after it in the past ("the MoU signed by", "was renewed") unless it
    opens the next agreement's phrase (", and signed PPH agreements with ..."). A present
    tense after it ("the MOU extends work sharing") makes the agreement a subject."""
    if v.start() < s:
        return True
    if re.fullmatch(r"(?:sign|extend|renew|adopt|conclude|ink)s", v.group(), re.IGNORECASE):
        return False
    return not (v.start() < following and re.fullmatch(r"[^,.;]{0,40}", text[v.end() : following]))


def _refers_back(
    text: str, ss: int, s: int, e: int, se: int, title: str, kind: str, found: list[Found]
) -> bool:
    """'The new Work Plan builds on ...': a definite, generic title as the subject of its
    sentence names the agreement found before (when there is one), not another. When it was
    "signed on 14 June", that is that agreement's date."""
    if _topic(title) or re.search(r"\b(?:between|with)\b", title):
        return False
    if not re.fullmatch(r"\s*(?:[\w’' -]{0,40},\s*)?(?:the|this|that)\s+", text[ss:s], re.I):
        return False
    same = [f for f in found if f.kind == kind]
    if not same:
        return False
    if _PASSIVE_SIGNED.match(text, e):
        date = _date_in(text[ss:se], None, None)
        if date and (same[-1].date is None or len(same[-1].date) < len(date)):
            same[-1].date = date
    return True


def _new_counterpart(ctx: _Ctx, e: int, se: int, kind: str, found: list[Found]) -> bool:
    """'the renewal of the MoU with KIPO': a definite title followed by "with" an
    organisation that no agreement of that kind found so far has as a party is a new one."""
    w = re.match(r"\s+with\s+", ctx.text[e:se])
    if w is None:
        return False
    stop = re.search(r"[,;.]|\s(?:was|were|on|in)\s", ctx.text[e + w.end() : se])
    named = _orgs_in(ctx, e + w.end(), e + w.end() + stop.start() if stop else se)
    known = {id(p) for f in found if f.kind == kind for p in f.parties}
    return bool(named) and not any(id(o) in known for o in named)


def _named_before(text: str, ss: int, s: int, title: str, found: list[Found]) -> bool:
    """'The validation agreement follows ...': a definite title the text has used before
    names that agreement again."""
    if not re.search(r"\b(?:the|this|that)\s+$", text[max(ss, s - 6) : s], re.IGNORECASE):
        return False
    t = title.casefold()
    return any(f.title.casefold() == t or f.title.casefold().endswith(" " + t) for f in found)


def _split_topics(title: str, noun: str) -> list[str]:
    """'agreements on PPH cooperation and data exchange' are two agreements; so are
    'agreements on data and personnel exchange' (the shared last word goes to both)."""
    words = noun.split()
    plural = (words[0] if " of " in noun else words[-1]).casefold().endswith("s")
    m = re.match(r"(.*?\bon\s+)(.+?)\s+and\s+(.+)$", title)
    if not plural or not m or " between " in title:
        return [title]
    head = re.sub(r"s(\s+on\s+)$", r"\1", m.group(1))
    left, right = m.group(2), m.group(3)
    if len(left.split()) == 1 and len(right.split()) >= 2:
        left = f"{left} {right.split()[-1]}"
    return [head + left, head + right]


def _date_anaphor(found: list[Found], kind: str, date: str | None) -> bool:
    """'This MoU signed in February 2017': the date of the agreement mentioned before."""
    for f in reversed(found):
        if f.kind == kind:
            if date and (f.date is None or len(f.date) < len(date)):
                f.date = date
            return True
    return False


def _orgs_in(ctx: _Ctx, s: int, e: int) -> list[OrgEntry]:
    """The organisations named between `s` and `e`, less those only present as observers."""
    out: list[OrgEntry] = []
    for _, me, o in ctx.orgs.between(s, e):
        if o not in out and not _observer(ctx.text, me):
            out.append(o)
    return out


def _observer(text: str, end: int) -> bool:
    """The organisation named up to `end` attends as an observer ("with WIPO (WIPO) attending
    as an observer")."""
    return bool(_OBSERVER_AFTER.match(text, end))


_OBSERVER_AFTER = re.compile(
    r"\)?(?:\s*\([^()]{1,12}\))?\s+(?:attending\b|as\s+(?:an?\s+)?observers?\b|"
    r"(?:present|in\s+attendance|looking\s+on)\s*[,.;)]|(?:present|in\s+attendance)$)"
)


def _countries_in(ctx: _Ctx, s: int, e: int) -> list[OrgEntry]:
    out: list[OrgEntry] = []
    for m in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", ctx.text[s:e]):
        words = [w for part in m.group().split() for w in part.split("-")]
        hyphen = "-" in m.group()
        if ctx.orgs.covered(s + m.start(), s + m.end()) and not hyphen:
            continue
        k = 0
        while k < len(words):
            for n in (3, 2, 1):
                cand = " ".join(words[k : k + n])
                code = COUNTRY_OF.get(cand.casefold())
                if code and cand[:1].isupper():
                    o = _country_org(ctx, code, cand)
                    if o is not None and o not in out:
                        out.append(o)
                    k += n - 1
                    break
            k += 1
        for g in ctx.orgs.entries:
            if (
                g.place
                and g.kind == "government"
                and g.place in words
                and g not in out
                and not COUNTRY_OF.get(g.place.casefold())
            ):
                out.append(g)
    return out


def _country_org(ctx: _Ctx, code: str, word: str) -> OrgEntry | None:
    if ctx.home is not None and ctx.home.country == code:
        return ctx.home
    named = office_of_country(ctx.orgs, code, word)
    if named is None:
        named = next(
            (
                o
                for o in ctx.orgs.entries
                if o.country == code and not o.described and o.kind == "government"
            ),
            None,
        )
    return named or described_org(ctx.orgs, word)


def _person_orgs(ctx: _Ctx, person: PersonEntry) -> list[OrgEntry]:
    return [r.org for r in ctx.people.roles if r.person is person and r.org is not None]


def _persons_in(ctx: _Ctx, s: int, e: int) -> list[PersonEntry]:
    out: list[PersonEntry] = []
    for ms, me, p in ctx.people.mentions:
        if s <= ms and me <= e and p not in out:
            out.append(p)
    for p in ctx.people.entries:
        if p not in out and any(s <= a and b <= e for a, b in p.spans):
            out.append(p)
    return out


def _anaphoric_org(ctx: _Ctx, s: int, e: int) -> OrgEntry | None:
    """'the administration has signed': the last organisation named with that head noun."""
    m = re.search(
        r"\bthe\s+(administration|office|bureau|agency|ministry|institute|organi[sz]ation|"
        r"authority|government|council|commission|center|centre)\b",
        ctx.text[s:e],
        re.I,
    )
    if not m:
        return None
    head = m.group(1).casefold()
    ending: OrgEntry | None = None
    naming: OrgEntry | None = None  # "the Authority": the Saudi Authority for ...
    for ms, _, o in sorted(ctx.orgs.mentions):
        if ms >= s + m.start():
            break
        if o.name.casefold().endswith(head):
            ending = o
        elif re.match(rf"(?:\w+\s+){{0,3}}{head}\b", o.name, re.I):
            naming = o
    return ending or naming


def _build(
    ctx: _Ctx,
    ss: int,
    se: int,
    s: int,
    e: int,
    nxt: int,
    title: str,
    kind: str,
    date: str | None,
    m: re.Match[str],
) -> list[Found]:
    text = ctx.text
    # verb before the noun, within the sentence
    verbs = [v for v in SIGN_VERBS.finditer(text, ss, s)]
    verb = verbs[-1] if verbs else SIGN_VERBS.search(text, e, se)
    signers: list[PersonEntry] = []
    witnesses: list[PersonEntry] = []
    signer_orgs: list[OrgEntry] = []
    if verb is not None and verb.start() < s:
        subj_end = verb.start()
        subj = text[ss:subj_end]
        cut = re.search(r"\b(?:with|met|visited|had|led|participated|attended|completed)\b", subj)
        subj_stop = ss + cut.start() if cut else subj_end
        passive = re.search(r"\b(?:was|were|been|be|is|are)\s+$", subj)
        nominal = verb.group().casefold() == "signature"
        witness = WITNESS_RE.search(text, ss, subj_end)
        clause = _relative_clause(text, ss, subj_stop)
        persons = [p for p in _persons_in(ctx, ss, subj_stop) if not _within(ctx, p, clause)]
        if witness is not None:
            witnesses = persons
        elif not passive and not nominal:
            signers = persons
            for p in persons:
                signer_orgs += [o for o in _person_orgs(ctx, p) if o not in signer_orgs]
            behalf = re.search(r"on behalf of [^,]+,", text[ss:subj_stop])
            for o in _orgs_in(ctx, ss + (behalf.end() if behalf else 0), subj_stop):
                if o not in signer_orgs and not _org_within(ctx, o, clause, ss, subj_stop):
                    signer_orgs.append(o)
            near = re.search(
                r"(?:^\s*|^[^,]{0,30},\s*)((?:[A-Z][\w’'-]*(?:\s+and\s+|\s+))+)"
                r"(?:has\s+|have\s+)?$",
                text[ss:subj_end],
            )
            for o in _countries_in(ctx, ss + near.start(1), subj_end) if near else []:
                if o not in signer_orgs:
                    signer_orgs.append(o)
            ana = _anaphoric_org(ctx, ss, subj_stop)
            if ana and ana not in signer_orgs:
                signer_orgs.append(ana)
            if not signer_orgs and ctx.home is not None and _first_person(subj):
                signer_orgs.append(ctx.home)
            if not signer_orgs and _TWO_SIDES.search(subj):
                signer_orgs += _pair(ctx)
    # parties named in the title
    between = re.search(r"\bbetween\b(.*?)(?:\bon\b|\bfor\b|\bin the field\b|$)", text[s:e])
    title_parties: list[OrgEntry] = []
    two_sides = bool(re.search(r"\b(?:two|both) (?:offices|sides|parties|countries)\b", text[s:e]))
    if between and not two_sides:
        bs, be = s + between.start(1), s + between.end(1)
        title_parties = _orgs_in(ctx, bs, be) + [o for o in _countries_in(ctx, bs, be)]
        title_parties = _unique(title_parties)
        if len(title_parties) >= 2:
            return [_found(title, kind, date, title_parties, signers, witnesses, s, e)]
    else:
        title_parties = _unique(_orgs_in(ctx, s, e) + _countries_in(ctx, s, e))
    # "with ..." counterparts
    counter = _with_counterparts(ctx, ss, se, verb, s, e, nxt)
    parties = _unique(signer_orgs + title_parties)
    words = m.group().split()
    plural = (words[0] if " of " in m.group() else words[-1]).casefold().endswith(
        ("s", "a")
    ) and kind != "other"
    if counter and plural and len(counter) > 1 and not title_parties:
        return [
            _found(
                _listed_title(ctx, title, m.group(), c, e, se),
                kind,
                date,
                _unique(signer_orgs + [c]),
                signers,
                witnesses,
                s,
                e,
                counterparts=len(counter),
            )
            for c in counter
        ]
    if counter:
        parties = _unique(parties + counter)
    elif not title_parties:
        # passive or bare: the other organisations of the sentence
        starts = [ss + g.start() for g in re.finditer(r"\bbetween\b", text[ss:s])]
        if plural and len(starts) > 1:
            out = []
            for gs, ge in zip(starts, starts[1:] + [s], strict=True):
                gp = _orgs_in(ctx, gs, ge)
                out.append(
                    _found(title, kind, date, _unique(signer_orgs + gp), signers, witnesses, s, e)
                )
            return out
        skip_orgs = {o for p in witnesses for o in _person_orgs(ctx, p)}
        rel = re.search(r",\s*(?:which|who|where)\b", text[e:se])
        others = [
            o for o in _orgs_in(ctx, ss, e + rel.start() if rel else se) if o not in skip_orgs
        ]
        offices = [o for o in others if o.kind != "government"]
        if not signer_orgs and len(offices) != 2 and _TWO_SIDES.search(text, ss, se):
            others = _pair(ctx) or others
        ana = _anaphoric_org(ctx, ss, se)
        if ana is not None and ana not in others:
            others.append(ana)
        behalf = re.search(r"on behalf of ([^,]+),", text[ss:se])
        if behalf:
            others = [
                o
                for o in others
                if o not in _orgs_in(ctx, ss + behalf.start(1), ss + behalf.end(1))
            ]
        parties = _unique(parties + others)
    if not parties and ctx.home is not None:
        parties = [ctx.home]
    return [_found(title, kind, date, parties, signers, witnesses, s, e)]


_WE = re.compile(
    r"(?:^|[,;:]\s*|\b(?:and|then|that)\s+)(?:we|our\s+(?:office|organi[sz]ation|agency|"
    r"administration)|the\s+Office)\s+(?:(?:\w+ly|also|have|has|had|jointly|just)\s+)*$",
    re.IGNORECASE,
)
_TWO_SIDES = re.compile(
    r"\b(?:the\s+two|both)\s+(?:offices|sides|parties|organi[sz]ations|administrations|"
    r"institutions|agencies|authorities)\b",
    re.IGNORECASE,
)


def _first_person(subj: str) -> bool:
    """'It signed', 'The Office has signed', '..., and we renewed': the publisher or the
    speaker is the subject."""
    return bool(re.match(r"\s*(?:It|The Office)\b", subj) or _WE.search(subj))


def _pair(ctx: _Ctx) -> list[OrgEntry]:
    """'the two offices': the two parties of the last agreement found with two parties, else
    the two organisations the document names most."""
    for f in reversed(ctx.found):
        if len(f.parties) == 2:
            return list(f.parties)
    cands = [e for e in ctx.orgs.entries if e.kind != "government" and not e.described]
    cands.sort(key=lambda e: -ctx.orgs.count(e))
    return cands[:2] if len(cands) >= 2 else []


def _relative_clause(text: str, ss: int, stop: int) -> tuple[int, int]:
    """', which was held alongside the China-ASEAN Expo,' inside a subject: what it names is
    not who signed. (0, 0) when there is none."""
    last = None
    for m in re.finditer(r",\s*(?:which|who|where|when)\b[^,]*,", text[ss:stop]):
        last = m
    return (ss + last.start(), ss + last.end()) if last else (0, 0)


def _within(ctx: _Ctx, p: PersonEntry, clause: tuple[int, int]) -> bool:
    """Whether every mention of a person in the sentence is inside the clause."""
    return (
        bool(p.spans)
        and all(clause[0] <= a and b <= clause[1] for a, b in p.spans if a < clause[1] + 400)
        and any(clause[0] <= a < clause[1] for a, _ in p.spans)
    )


def _org_within(ctx: _Ctx, o: OrgEntry, clause: tuple[int, int], ss: int, stop: int) -> bool:
    """Whether an organisation is named in the subject only inside the relative clause."""
    spans = [(a, b) for a, b, x in ctx.orgs.mentions if x is o and ss <= a and b <= stop]
    return bool(spans) and all(clause[0] <= a and b <= clause[1] for a, b in spans)


#: "with X attending as an observer", "with Y present": presence, not partnership.
_OBSERVING = re.compile(
    r"\b(?:attending|as\s+(?:an?\s+)?observers?|in\s+attendance|present|looking\s+on|"
    r"witnessing)\b"
)


def _with_counterparts(
    ctx: _Ctx, ss: int, se: int, verb: re.Match[str] | None, s: int, e: int, nxt: int
) -> list[OrgEntry]:
    text = ctx.text
    region_start = verb.end() if verb is not None and verb.start() < s else e
    # "with X" after this agreement and before the next one, else the first one after it
    cands = [w for w in re.finditer(r"\bwith\s+", text[region_start:se])]
    pick = None
    for w in cands:
        ws = region_start + w.start()
        if ws < e or e <= ws < nxt:
            pick = w
            if s <= ws:
                break
    if pick is None:
        pick = next((w for w in cands if region_start + w.start() >= e), None)
    if pick is None:
        return []
    ws = region_start + pick.end()
    if ws >= e and re.search(r",\s*(?:which|who|where)\b", text[e:ws]):
        return []  # ", which we are turning into products with X": not a party
    stop = _PAST.search(text, ws, se)
    we = stop.start() if stop else se
    if ws < s:
        we = min(we, s)
    elif ws < e:
        we = min(we, e)
    elif ws < nxt:
        we = min(we, nxt)
    else:
        nx = _NOUN_RE.search(text, ws, we)
        if nx is not None:
            we = nx.start()
    phrase = text[ws:we]
    if _OBSERVING.search(phrase):
        return []  # "with WIPO attending as an observer": present, not a party
    if re.match(r"(?:the\s+)?respective\s+\w+", phrase):
        return _respective(ctx, ss, se, s)
    side = re.match(
        r"(?:the\s+)?([A-Z][a-z]+)\s+(?:side|party|office|authorities|authority)\b", phrase
    )
    found = _orgs_in(ctx, ws, we)
    if side and COUNTRY_OF.get(side.group(1).casefold()) and not found:
        o = _country_org(ctx, COUNTRY_OF[side.group(1).casefold()], side.group(1))
        return [o] if o else []
    return _unique(found + _countries_in(ctx, ws, we))


def _singular(noun: str) -> str:
    """'memoranda of understanding' -> 'memorandum of understanding', 'MoUs' -> 'MoU'."""
    first, _, rest = noun.partition(" ")
    if first.casefold() == "memoranda":
        first = first[:-1] + "um"
    elif first.endswith("s") and first.casefold() != "minutes":
        first = first[:-1]
    return f"{first} {rest}".strip()


#: What follows a counterpart in a list of agreements: "(VCTF) on start-up support;".
_LIST_TOPIC = re.compile(
    r"\s*(?:\([^)]*\))?\s*(on|for|in the field of)\s+(.+?)\s*"
    r"(?=;|,?\s+and\s+with\s|\.\s|\.?$)"
)


def _listed_title(ctx: _Ctx, title: str, noun: str, party: OrgEntry, e: int, se: int) -> str:
    """The title of one agreement of a list ("MoUs with A on X; with B on Y"): the noun in
    the singular and the topic that follows that counterpart, when the list gives one."""
    for a, b, o in ctx.orgs.mentions:
        if o is party and e <= a < se:
            t = _LIST_TOPIC.match(ctx.text[b:se])
            if t:
                return f"{_singular(noun)} {t.group(1)} {t.group(2)}"
            break
    return title


def _respective(ctx: _Ctx, ss: int, se: int, s: int) -> list[OrgEntry]:
    """'visited Argentina and Chile and signed A and B with the respective offices': the n-th
    agreement of the sentence goes with the n-th country visited."""
    text = ctx.text
    visited = re.search(r"visited\s+(.+?)\s+and\s+signed", text[ss:se])
    if not visited:
        return []
    countries = [c.strip() for c in re.split(r",|\band\b", visited.group(1)) if c.strip()]
    nouns = [m.start() for m in _NOUN_RE.finditer(text, ss, se)]
    idx = sum(1 for n in nouns if n < s) if nouns else 0
    idx = min(idx, len(countries) - 1)
    for k, c in enumerate(countries):
        if k == idx and COUNTRY_OF.get(c.casefold()):
            o = _country_org(ctx, COUNTRY_OF[c.casefold()], c)
            return [o] if o else []
    return []


def _unique(xs: list[OrgEntry]) -> list[OrgEntry]:
    out: list[OrgEntry] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _topic(title: str) -> frozenset[str]:
    t = re.sub(r"\bbetween\b.*?(?=\bon\b|$)", " ", title)
    words = {w.casefold() for w in re.findall(r"[A-Za-z][\w-]*", t)}
    return frozenset(w for w in words if w not in GENERIC_TITLE_WORDS and not w.isdigit())


def _found(
    title: str,
    kind: str,
    date: str | None,
    parties: list[OrgEntry],
    signers: list[PersonEntry],
    witnesses: list[PersonEntry],
    s: int,
    e: int,
    counterparts: int = 0,
) -> Found:
    return Found(
        title=title,
        kind=kind,
        date=date,
        parties=parties,
        signatories=signers,
        witnesses=witnesses,
        span=(s, e),
        topic=_topic(title),
        counterparts=counterparts,
    )


def _dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return all(
        x.lstrip("0") == y.lstrip("0") for x, y in zip(a.split("-"), b.split("-"), strict=False)
    )


def _same(a: Found, b: Found) -> bool:
    """Two mentions of one agreement: the same parties (or one's a subset of the other's
    with at least two), compatible dates, and either the same title, or the same kind with
    no conflicting topic, or a shared specific topic (both about "PPH")."""
    if not _dates_compatible(a.date, b.date):
        return False
    pa, pb = set(map(id, a.parties)), set(map(id, b.parties))
    if pa != pb and not ((pa <= pb or pb <= pa) and min(len(pa), len(pb)) >= 2):
        return False
    if a.title.casefold() == b.title.casefold() and len(a.title) > 12:
        return True
    ta, tb = a.topic, b.topic
    if a.kind == b.kind:
        return not ta or not tb or ta <= tb or tb <= ta
    return bool(ta and tb and (ta <= tb or tb <= ta)) and bool(a.counterparts or b.counterparts)


def _merge_into(found: list[Found], f: Found) -> None:
    for g in found:
        if _same(g, f):
            if f.date and (not g.date or len(f.date) > len(g.date)):
                g.date = f.date
            g.parties = _unique(g.parties + f.parties)
            g.signatories += [p for p in f.signatories if p not in g.signatories]
            if len(f.title) > len(g.title) and g.kind == f.kind and not g.counterparts:
                g.title = f.title
            return
    found.append(f)
