"""Officials and their roles in an English text.

A person is found only next to a title, in the patterns English news and reports use:
"Commissioner Shen Changyu", "WIPO Director General Francis Gurry", "Chief Executive of IPOS
Daren Tang", "Mr. Jesper Kongstad, Director General of Danish Patent and Trademark Office",
"Rui Wenbiao, head of the Shanghai Intellectual Property Administration", "Chen Qun,
Shanghai vice mayor". A title with no organisation is given one from the document: state
leaders' titles belong to the government of the country the text is about, a mayor's to the
city's government, an office holder's ("Commissioner") to the organisation the document is
by or about.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from importers.en.names import CAPS_WORD, addressed, caps_allowed, is_caps_word
from importers.en.orgs import OrgEntry, Orgs, country_name
from importers.en.words import (
    CITY_TITLES,
    COUNTRIES,
    COUNTRY_OF,
    DESCRIBED_BODY_NOUNS,
    DIPLOMATIC_TITLES,
    GOVERNING_BODIES,
    GOVERNMENT_TITLES,
    HONORIFICS,
    NAME_HONORIFIC_WORDS,
    NAME_PREFIXES,
    NON_ORG_ACRONYMS,
    NOT_NAME_WORDS,
    OFFICE_TITLES,
    ORG_HEADS,
    PORTFOLIO_WORDS,
    POST_NOMINALS,
    PROFESSION_NOUNS,
    STATE_LONG_NAMES,
    TITLE_CORE,
    TITLE_MODIFIER_WORDS,
    TITLE_UNIT_WORDS,
)
from importers.gazetteer import Reference
from store.text import fold

_TITLE = re.compile(
    rf"(?<![\w-])(?P<pre>then[- ]|former\s+)?(?P<title>{TITLE_CORE})(?![\w-])", re.IGNORECASE
)
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_LO = "a-zß-öø-ÿā-ž"
#: One word of a name: "Moreira", "Al-Masri", "In-sil", "O'Connell", "McKinley".
_NAME_TOKEN = re.compile(rf"[{_UP}][{_LO}’']+(?:-?[{_UP}][{_LO}’']+|-[{_LO}]+)*-?")
#: A middle initial: "Rowel S. Barba".
_INITIAL = re.compile(rf"[{_UP}]\.")
_PARTICLES = frozenset(
    {
        "van",
        "von",
        "de",
        "da",
        "di",
        "del",
        "der",
        "den",
        "bin",
        "binti",
        "al",
        "el",
        "dos",
        "du",
        "le",
        "la",
    }
)
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor|Sir|Dame|H\.\s?E)\.?\s+$")
_PINYIN = re.compile(
    r"^(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|"
    r"uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)){1,2}$"
)


@dataclass(eq=False)
class PersonEntry:
    key: str
    name: str
    forms: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    ref_id: str | None = None


@dataclass
class RoleEntry:
    person: PersonEntry
    org: OrgEntry | None
    title: str
    span: tuple[int, int]
    place: str | None = None  # a city or country named with the title ("Shanghai vice mayor")
    bare: bool = False  # the text gave no organisation


@dataclass
class People:
    entries: list[PersonEntry] = field(default_factory=list)
    roles: list[RoleEntry] = field(default_factory=list)
    mentions: list[tuple[int, int, PersonEntry]] = field(default_factory=list)

    def add(self, name: str, start: int, end: int) -> PersonEntry:
        """One entry per person: "Daren Tang" and "Daren Tang Heng Shim" are one."""
        f = fold(name)
        for e in self.entries:
            ef = [fold(x) for x in e.forms]
            if f in ef or any(_prefix_name(f, x) or _prefix_name(x, f) for x in ef):
                if name not in e.forms:
                    e.forms.append(name)
                if len(name) > len(e.name):
                    e.name = name
                break
        else:
            e = PersonEntry(key=f"p{len(self.entries) + 1}", name=name, forms=[name])
            self.entries.append(e)
        e.spans.append((start, end))
        self.mentions.append((start, end, e))
        return e


def _prefix_name(a: str, b: str) -> bool:
    return len(a) >= 6 and b.startswith(a) and len(b) > len(a)


def _valid_token(tok: str) -> bool:
    low = tok.casefold()
    return not (
        low in NOT_NAME_WORDS
        or low in ORG_HEADS
        or low in COUNTRY_OF
        or low.rstrip("’'s") in COUNTRY_OF
        or tok.endswith(("'s", "’s"))
    )


def name_after(text: str, pos: int) -> tuple[int, int] | None:
    """A personal name of 2-4 capitalised words starting at `pos` (after spaces); a surname
    may be written in capitals ("Mister Bemanya TWEBAZE", "FUH Calistus GENTRY")."""
    m = re.match(r"[ \t]+", text[pos:])
    i = pos + (m.end() if m else 0)
    if m is None and pos < len(text) and text[pos] not in " \t":
        return None
    if m is not None and ("\t" in m.group() or len(m.group()) > 2):
        return None  # a gap of a table's columns: "Partner     Instrument     Date"
    prefix = re.match(rf"(?:{NAME_PREFIXES})+", text[i:])
    if prefix:
        i += prefix.end()  # "Hon. Ziyambi Ziyambi", "His Excellency Mister FUH ..."
    start = i
    ends: list[int] = []
    words: list[str] = []
    while len(words) < 4:
        t = _name_word(text, i)
        if t is None:
            break
        words.append(t.group())
        ends.append(t.end())
        end = t.end()
        nxt = re.match(r"[ \t]+", text[end:])
        if not nxt or nxt.group() != " ":
            break  # two spaces or a tab: a table's next column, not the same name
        i = end + nxt.end()
        p = re.match(r"(\w+)[ \t]+", text[i:])
        if p and p.group(1) in _PARTICLES and _NAME_TOKEN.match(text, i + p.end()):
            i += p.end()
        ini = re.match(rf"[{_UP}]\.[ \t]+", text[i:])
        if ini and len(words) == 1 and _name_word(text, i + ini.end()):
            i += ini.end()
    honorific = addressed(text, start)
    while words and not caps_allowed(words, honorific):
        words.pop()  # "Commissioner Shen Changyu SIPO": the acronym is not a surname
        ends.pop()
    return (start, ends[-1]) if len(words) >= 2 else None


def _name_at(text: str, start: int) -> tuple[int, int] | None:
    """A personal name that starts exactly at `start`, also at the start of a line."""
    if text[start - 1 : start] in (" ", "\t"):
        return name_after(text, start - 1)
    nm = name_after(" " + text[start : start + 120], 0)
    return (nm[0] + start - 1, nm[1] + start - 1) if nm else None


def _name_word(text: str, i: int) -> re.Match[str] | None:
    """One word of a name at `i`: Title-case, or a surname in capitals."""
    t = _NAME_TOKEN.match(text, i) or CAPS_WORD.match(text, i)
    if t is None or not _valid_token(t.group()):
        return None
    if t.re is CAPS_WORD and not is_caps_word(t.group()):
        return None
    return t


def name_before(text: str, pos: int) -> tuple[int, int] | None:
    """A personal name of 2-4 capitalised words ending at `pos`."""
    base = max(0, pos - 80)
    window = text[base:pos]
    nl = window.rfind("\n")
    if nl >= 0:
        base += nl + 1
        window = window[nl + 1 :]
    words = list(re.finditer(r"[^\s,;:()]+", window))
    picked: list[re.Match[str]] = []
    initials = 0
    for w in reversed(words):
        tok = w.group()
        if not picked and tok in POST_NOMINALS:
            continue  # "Ed Husic MP"
        if (
            (_NAME_TOKEN.fullmatch(tok) or is_caps_word(tok))
            and _valid_token(tok)
            and len(picked) < 4
        ):
            picked.insert(0, w)
            continue
        if tok in _PARTICLES and picked:
            continue
        if _INITIAL.fullmatch(tok) and len(picked) == 1 and not initials:
            initials += 1  # "Rowel S. Barba": the initial sits between two name words
            continue
        break
    while len(picked) > 2 and (
        _TITLE.fullmatch(picked[0].group())
        or picked[0].group().casefold().rstrip(".") in NAME_HONORIFIC_WORDS
    ):
        picked.pop(0)  # "Ambassador Esteban Moctezuma Barragán": the title is not the name
    if picked and re.search(
        r"(?i)\bthe\s+$", text[max(0, base + picked[0].start() - 5) : base + picked[0].start()]
    ):
        return None  # "the United States": a place, not a person
    while picked and not caps_allowed(
        [w.group() for w in picked], addressed(text, base + picked[0].start())
    ):
        picked.pop(0)  # "by CNIPA Shen Changyu": the acronym is not part of the name
    if len(picked) < 2:
        return None
    start, end = base + picked[0].start(), base + picked[-1].end()
    if any(w not in POST_NOMINALS for w in text[end:pos].split()):
        return None
    if "\n" in text[start:end] or re.search(r"[,;:()]", text[start:end]):
        return None
    return start, end


_POSSESSIVE = r"(?:[\w-]+['’]s\s+)"
#: A coordinated list of capitalised words: "Industry, Trade and Supply", "Commerce".
_CAP = r"[A-Z][\w’'-]*(?![\w’'-]|\.[A-Z])"
_CAP_LIST = (
    rf"(?:the\s+)?{_CAP}(?:\s+(?:and\s+|&\s+)?{_CAP})*"
    rf"(?:(?:,\s+{_CAP}(?:\s+{_CAP})*)*,?\s+(?:and|&)\s+{_CAP}(?:\s+{_CAP})*)?"
)


def _org_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The organisation named right after a title: "of WIPO", "of the city's Bureau",
    "of WIPO's IP Sector" (the owner of a unit is the organisation)."""
    m = re.match(r"\s+(?:of|at|for)\s+(?:the\s+)?", text[pos:])
    if not m:
        return None
    p = pos + m.end()
    hit = orgs.at(p)
    if hit:
        return hit[2], _after_acronym(text, hit[1])
    poss = re.match(r"([\w-]+)['’]s\s+", text[p:])
    if poss:
        owner = orgs.at(p)
        if owner is None:
            owner = next(
                (x for x in orgs.mentions if x[0] == p and x[1] == p + len(poss.group(1))), None
            )
        if owner is not None:
            return owner[2], p + poss.end()
        p += poss.end()
        hit = orgs.at(p)
        if hit:
            return hit[2], _after_acronym(text, hit[1])
    a = re.match(r"([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\b", text[p:])
    if (
        a
        and a.group(1).upper() == a.group(1)
        and len(a.group(1)) >= 2
        and a.group(1) not in NON_ORG_ACRONYMS
        and a.group(1) not in orgs.non_org_acronyms
    ):
        return orgs.add(a.group(1), p, p + len(a.group(1))), p + len(a.group(1))
    return _described_after(text, pos, orgs)


_DESCRIBED_BODY = re.compile(r"\s+(?:of|at)\s+the\s+([A-Z][a-z]+)\s+([a-z]+)\b")


def _described_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """ "director of the Uzbek agency": the one organisation of that country whose name has
    that head word, named earlier in the text."""
    m = _DESCRIBED_BODY.match(text, pos)
    if m is None or m.group(2) not in DESCRIBED_BODY_NOUNS:
        return None
    code = COUNTRY_OF.get(m.group(1).casefold())
    if code is None:
        return None
    fits = [
        e
        for e in orgs.entries
        if e.spans
        and min(e.spans)[0] < pos
        and (e.country == code or fold(country_name(code)) in fold(e.name))
        and m.group(2) in e.name.casefold().split()
    ]
    return (fits[0], pos + m.end()) if len(fits) == 1 else None


def _after_acronym(text: str, pos: int) -> int:
    """Past an acronym in brackets that follows a name: "... of Brazil (INPI)"."""
    m = re.match(r"\s*\([^()\n]{1,15}\)", text[pos:])
    return pos + m.end() if m else pos


def _org_after_unit(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int, str] | None:
    """The organisation after a title, seen through a unit of it: "deputy director-general
    of the Department of Asian Affairs at China's Ministry of Commerce" is a role at the
    ministry whose title keeps the unit. Returns (organisation, end, title addition)."""
    first = _org_after(text, pos, orgs)
    if first is None:
        unit = _UNIT.match(text, pos)
        up = _org_after(text, unit.end(), orgs) if unit else None
        if unit is None or up is None:
            return None
        return up[0], up[1], re.sub(r"\s+", " ", unit.group()).rstrip()
    org, end = first
    link = re.match(r"\s+(?:at|of|in)\s+(?:the\s+)?", text[end:])
    if link and (
        orgs.at(end + link.end()) is not None or re.match(_POSSESSIVE, text[end + link.end() :])
    ):
        second = _org_after(text, end, orgs)
        if second is not None and second[0] is not org:
            orgs.unit_spans.update(
                (a, b) for a, b, x in orgs.mentions if x is org and pos < a < end
            )
            return second[0], second[1], re.sub(r"\s+", " ", text[pos:end]).rstrip()
    return org, end, ""


_UNIT = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:{_CAP}\s+(?:(?:and|&)\s+)?){{0,5}}"
    r"(?:Division|Unit|Section|Sector|Branch|Team|Department|Directorate|Bureau|Office|Service|"
    r"Council|Board|Committee|Assembly)"
    r"(?=\s+(?:at|of|in)\s)"
)


def _org_before(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The organisation named right before a title: "WIPO Director General", "IPOS's",
    "Department of Trade and Industry (DTI) Secretary"."""
    m = re.search(r"(?:['’]s|\))?\s+$", text[max(0, pos - 4) : pos])
    if not m:
        return None
    end = pos - len(m.group())
    if m.group().startswith(")"):
        end += 1
        return next((e for s, x, e in orgs.mentions if x in (end, end - 1) and s < end), None)
    return next((e for s, x, e in orgs.mentions if x == end), None)


def _state_of(text: str, pos: int, title: str) -> str | None:
    """'President NAME of Kazakhstan': the country after a head of state's or government's
    name, when the title is one."""
    base = re.sub(r"(?i)^(?:then[- ]|former\s+)", "", title).casefold()
    if base not in GOVERNMENT_TITLES:
        return None
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)", text[pos:])
    if m is None:
        return None
    for cand in (m.group(1), m.group(1).split()[0]):
        if cand.casefold() in COUNTRY_OF:
            return cand
    return None


def _row_org(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The organisation a table row or list line opens with: "Kenya Industrial Property
    Institute, Managing Director NAME", "African Union Commission, Dr. NAME, Head of ...".
    Only a short line that starts with the organisation and a comma."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    if (le if le >= 0 else len(text)) - ls > 200:
        return None
    lead = re.match(r"[ \t]*", text[ls:pos])
    hit = orgs.at(ls + (lead.end() if lead else 0))
    if hit is None:
        return None
    rest = text[hit[1] : pos]
    if re.match(r"(?:\t|[ ]{2,})\S", rest) and "," in rest:
        return hit[2]  # a column of the row: "Secretariat     Mr NAME, Head, X Division"
    if (
        re.fullmatch(r"\s*(?:\([^()]{1,15}\))?\s*,\s*(?:[^,;:\n]{0,60},\s*|[^,;:\n]{0,12})", rest)
        is None
    ):
        return None
    return hit[2]


_QUALIFIER = re.compile(r"[ \t]+\((?![A-Z]{2,}\))[A-Z][^()\n,]{2,50}\)")
_LISTED_UNIT = re.compile(
    rf",[ \t]+((?:{_CAP}[ \t]+(?:(?:and|&)[ \t]+)?){{0,5}}"
    rf"(?:Division|Unit|Section|Branch|Team|Group))(?=[ \t]*(?:,|\n|$))"
)


def _listed_org(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, str] | None:
    """The organisation of a list item "NAME, Title, ORG": the one named after the title and
    a comma ("Registrar, Brunei Darussalam Intellectual Property Office"). A qualifier in
    brackets ("Director (International Engagement)") and a unit closing the item ("Head,
    Services and Investment Division") stay in the title; the organisation of such a unit is
    the one after it or the one the line opens with. Returns (organisation, title addition)."""
    extra = ""
    q = _QUALIFIER.match(text, pos)
    if q:
        extra, pos = q.group(), q.end()
    unit = _LISTED_UNIT.match(text, pos)
    if unit:
        extra += f", {unit.group(1)}"
        pos = unit.end()
    m = re.match(r",[ \t]*(?:the[ \t]+)?", text[pos:])
    hit = orgs.at(pos + m.end()) if m else None
    if hit is not None:
        return hit[2], re.sub(r"\s+", " ", extra)
    if unit:
        row = _row_org(text, pos, orgs)
        if row is not None:
            return row, re.sub(r"\s+", " ", extra)
    return None


def _org_leading(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """The body a person heads: "the Directorate of MITS, headed by Director X", "a
    delegation from IPOPHL led by Director General Y". Of a chain "A of B" it is A."""
    m = re.search(
        r"\b(?:headed|led|chaired|directed|managed)\s+by\s+(?:the\s+)?$",
        text[max(0, tstart - 40) : tstart],
    )
    if not m:
        return None
    pos = tstart - len(m.group())
    floor = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), 0)
    ms = sorted(x for x in orgs.mentions if floor <= x[0] and x[1] <= pos)
    if not ms or not re.fullmatch(r"\)?\s*,?\s*", text[ms[-1][1] : pos]):
        return None
    k = len(ms) - 1
    while k > 0 and re.fullmatch(
        r"\s*(?:\(|of\s+(?:the\s+)?|at\s+(?:the\s+)?)", text[ms[k - 1][1] : ms[k][0]]
    ):
        k -= 1
    return ms[k][2]


def _possessive_country(text: str, pos: int) -> str | None:
    """'Jordan's Minister ...': the country a title is qualified by."""
    m = re.search(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$", text[max(0, pos - 40) : pos])
    if m and m.group(1).casefold() in COUNTRY_OF:
        return m.group(1)
    return None


def _portfolio(text: str, pos: int, title: str) -> tuple[str, str, str | None, str | None, int]:
    """A minister's portfolio: (title, "Industry, Trade and Supply", acronym, country, end)."""
    if not re.search(r"(?i)(minister|secretary)$", title):
        return title, "", None, None, pos
    m = re.match(
        rf"\s+(of|for)\s+({_CAP_LIST})"
        r"(?:\s*\(([A-Z]{2,8})\))?(?:\s+of\s+(?:the\s+)?"
        r"(?:(?:[A-Z][\w’'-]*\s+)?Republic\s+of\s+(?:the\s+)?)?"  # "of the Republic of Togo"
        r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?",
        text[pos:],
    )
    if (
        not m
        or m.group(2).split()[-1 if m.group(2).startswith("the ") else 0].casefold() in ORG_HEADS
    ):
        return title, "", None, None, pos
    portfolio = m.group(2)
    second = _COORDINATED_TITLE.search(m.group(0))
    if second and second.start() < m.end(2) - m.start():
        # "Minister of Commerce and Chairman of ...": the portfolio ends before the second title
        short = m.group(0)[m.end(1) - m.start() : second.start()].strip()
        return f"{title} {m.group(1)} {short}", short, None, None, pos + second.start()
    if not (m.group(3) or m.group(4)):
        cut = _name_in_portfolio(portfolio)
        if cut is not None:
            short = portfolio[:cut].rstrip()
            return f"{title} {m.group(1)} {short}", short, None, None, pos + m.start(2) + len(short)
    country = m.group(4) if m.group(4) and m.group(4).casefold() in COUNTRY_OF else None
    if m.group(4) and not country:
        portfolio = f"{portfolio} of {m.group(4)}"
    return f"{title} {m.group(1)} {portfolio}", portfolio, m.group(3), country, pos + m.end()


_COORDINATED_TITLE = re.compile(rf"\s+(?:and|&)\s+(?:{TITLE_CORE})(?![\w-])")


def _name_in_portfolio(portfolio: str) -> int | None:
    """'Industry and Science Ed Husic': where a personal name that runs on from the portfolio
    starts (its last two or three words, none of them a portfolio word)."""
    words = list(re.finditer(r"\S+", portfolio))
    for k in (2, 3):
        if len(words) <= k:
            break
        tail = words[-k:]
        if words[-k - 1].group() in ("and", "&"):
            continue
        if all(
            _NAME_TOKEN.fullmatch(w.group())
            and _valid_token(w.group())
            and w.group().casefold() not in PORTFOLIO_WORDS
            for w in tail
        ):
            return tail[0].start()
    return None


def _function(text: str, pos: int, orgs: Orgs) -> int:
    """Where a title's own portfolio ends: "Commissioner of Patents, Trade Marks and Designs"
    names a function, not an organisation, so it stays in the title. `pos` if none."""
    m = re.match(rf"\s+(?:of|for)\s+({_CAP_LIST})", text[pos:])
    if not m or _org_after(text, pos, orgs) is not None:
        return pos
    words = re.findall(r"[\w’'-]+", m.group(1))
    if any(w.casefold() in COUNTRY_OF or w.casefold() in ORG_HEADS for w in words):
        return pos
    if orgs.between(pos, pos + m.end()) or name_after(text, pos + m.start(1)) == (
        pos + m.start(1),
        pos + m.end(1),
    ):
        return pos
    return pos + m.end()


def find_people(text: str, orgs: Orgs) -> People:
    people = People()
    done = 0
    for m in _TITLE.finditer(text):
        if m.start() < done:
            continue
        done = _one_title(text, m, orgs, people)
    return people


@dataclass
class _Title:
    """One title as read from the text, with what it already says about the organisation."""

    text: str
    start: int
    end: int
    ministry: OrgEntry | None = None
    country: str | None = None  # "Thailand's Deputy Minister": the country as written
    function: bool = False  # a portfolio that is not an organisation ("of Patents")


def _read_title(text: str, m: re.Match[str], orgs: Orgs) -> _Title:
    """The title at `m` with its second title ("and Minister of X") and its portfolio; a
    minister's portfolio makes the ministry an organisation."""
    title = m.group("title")
    tstart, tend = m.start("title"), m.end("title")
    # "Senior Minister and Minister of X", "Acting Chief Executive and Comptroller General"
    more = re.match(rf"\s+(?:and|&)\s+({TITLE_CORE})(?![\w-])", text[tend:], re.IGNORECASE)
    if more and more.group(1)[:1].isupper() == title[:1].isupper():
        title = text[tstart : tend + more.end()]
        tend += more.end()
    combined = _combined_title(text, tstart, tend, orgs)
    if combined is not None:
        return combined
    poss = _possessive_country(text, m.start())
    title, portfolio, acr, country, pend = _portfolio(text, tend, title)
    country = country or poss
    t = _Title(title, tstart, tend, country=poss)
    if portfolio and re.search(r"(?i)minister for ", title):
        # "Minister for Industry and Science": a portfolio, not a ministry the text names
        t.end, t.function = pend, True
    elif portfolio:
        name = f"Ministry {'of' if ' of ' in title else 'for'} {portfolio}"
        code = COUNTRY_OF.get((country or "").casefold())
        if country:
            name += f" of {country_name(code) if code else country}"
        t.ministry = orgs.add(name, kind="government", country=code)
        long = STATE_LONG_NAMES.get(code or "")
        if long:
            t.ministry.add_form(f"Ministry of {portfolio} of the {long}")
            orgs.by_name.setdefault(fold(f"Ministry of {portfolio} of the {long}"), t.ministry)
        if country and "," in portfolio:
            # a listed portfolio names one ministry even without its country
            bare = f"Ministry {'of' if ' of ' in title else 'for'} {portfolio}"
            t.ministry.add_form(bare)
            orgs.by_name.setdefault(fold(bare), t.ministry)
        if acr:
            orgs.add(acr, into=t.ministry)
        t.end = pend
        t.country = None
    elif title[:1].isupper():
        fend = _function(text, tend, orgs)
        if fend > tend:
            t.text = re.sub(r"\s+", " ", text[tstart:fend])
            t.end, t.function = fend, True
    return t


_COMBINED = re.compile(
    rf"\s+(?:of|for)\s+{_CAP}(?:\s+{_CAP}){{0,3}}\s+(?:for|on)\s+{_CAP}(?:\s+{_CAP}){{0,3}}"
    rf"\s+and\s+(?i:{TITLE_CORE})(?=\s+(?:of|at)\s)"
)


def _combined_title(text: str, tstart: int, tend: int, orgs: Orgs) -> _Title | None:
    """One title made of two that ends at an organisation: "Under Secretary of Commerce for
    Intellectual Property and Director of the USPTO" is held at the USPTO; its first half, a
    portfolio narrowed by "for ...", names no ministry."""
    m = _COMBINED.match(text, tend)
    if m is None:
        return None
    after = _org_after(text, m.end(), orgs)
    if after is None:
        return None
    title = re.sub(r"\s+", " ", text[tstart : m.end()])
    return _Title(title, tstart, m.end(), ministry=after[0])


def _one_title(text: str, m: re.Match[str], orgs: Orgs, people: People) -> int:
    """Read the person and organisation around one title; returns where the title ends."""
    t = _read_title(text, m, orgs)
    if _before_name(text, m, t, orgs, people) or _copula_name(text, m, t, orgs, people):
        return t.end
    if not t.text[:1].isupper():
        _lower_title(text, t, orgs, people)
        return t.end
    # pattern A: "[ORG] Title NAME [of ORG]", "EPO Vice-President Patent Granting Process NAME"
    nm, t.text = _name_after_title(text, t)
    if nm:
        org = (
            t.ministry
            or _org_before(text, t.start, orgs)
            or _org_leading(text, t.start, orgs)
            or _row_org(text, t.start, orgs)
        )
        place = t.country
        state = _state_of(text, nm[1], t.text) if org is None else None
        if state:
            place = state  # "President NAME of Chile": the head of that state's government
        elif org is None:
            after = _org_after(text, nm[1], orgs)
            org = after[0] if after else None
        _record(people, text, nm, t.text, org, (t.start, t.end), place)
        return t.end
    # pattern B: "Title of ORG NAME" / "Title of ORG (ACR), NAME,"
    unit = _org_after_unit(text, t.end, orgs)
    if unit:
        org, oend, extra = unit
        nm = name_after(text, oend) or _appositive(text, oend)
        if nm:
            _record(people, text, nm, t.text + extra, org, (t.start, t.end), None)
        return t.end
    # pattern F: "the Minister of X and Chairman of ORG's Board of Directors, NAME"
    if _second_title_name(text, t, orgs, people):
        return t.end
    # pattern E: "Jordan's Minister of Industry, Trade and Supply, NAME"
    nm = _appositive(text, t.end)
    if nm:
        org = t.ministry or _org_before(text, m.start(), orgs)
        _record(people, text, nm, t.text, org, (t.start, t.end), t.country)
    return t.end


def _second_title_name(text: str, t: _Title, orgs: Orgs, people: People) -> bool:
    """Two titles before one name: "the Minister of Trade and Chairman of ZIPA's Board of
    Directors, Dr. NAME". The chair of a board holds a role at the board's organisation, with
    the board in the title; the first title is kept when it names an organisation."""
    m = re.match(rf"\s+(?:and|&)\s+({TITLE_CORE})(?![\w-])", text[t.end :], re.IGNORECASE)
    if m is None:
        return False
    tstart, tend = t.end + m.start(1), t.end + m.end()
    found = _org_after(text, tend, orgs)
    if found is None:
        return False
    org, oend = found
    owner = _owner_of_body(text, tend, oend, orgs)
    if owner is not None:
        org, oend = owner
    body = re.match(rf"(?:['’]s)?\s*{GOVERNING_BODIES}\b", text[oend:])
    if body:
        oend += body.end()
        orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if tstart < a and b == oend)
    nm = _appositive(text, oend)
    if nm is None:
        return False
    title = re.sub(r"\s+", " ", text[tstart:oend]) if body else m.group(1)
    _record(people, text, nm, title, org, (tstart, tend), None)
    if t.ministry is not None and t.ministry.country:
        # a portfolio without its country ("Minister of Commerce") names no one ministry
        _record(people, text, nm, t.text, t.ministry, (t.start, t.end), t.country)
    return True


def _lower_title(text: str, t: _Title, orgs: Orgs, people: People) -> None:
    """Trade-press style: "KIPI managing director NAME", a lower-case title between an
    organisation and the name."""
    org = _org_before(text, t.start, orgs)
    nm = name_after(text, t.end) if org is not None else None
    if nm is not None and org is not None:
        _record(people, text, nm, t.text, org, (t.start, t.end), None)


def _and_title(text: str, pos: int, nm: tuple[int, int], orgs: Orgs, people: People) -> None:
    """A second title of the same person: "NAME, Minister of X and Chairman of the Y Board of
    Directors". A governing body of an organisation stays in the title; the role is at the
    organisation."""
    m = re.match(rf"\s+(?:and|&)\s+({TITLE_CORE})(?![\w-])", text[pos:], re.IGNORECASE)
    if m is None:
        return
    tstart, tend = pos + m.start(1), pos + m.end()
    found = _org_after(text, tend, orgs)
    if found is None:
        return
    org, oend = found
    owner = _owner_of_body(text, tend, oend, orgs)
    if owner is not None:
        org, oend = owner
    body = re.match(rf"\s+{GOVERNING_BODIES}\b", text[oend:])
    if body:
        oend += body.end()
        orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if tstart < a and b == oend)
    title = re.sub(r"\s+", " ", text[tstart:oend]) if body else m.group(1)
    _record(people, text, nm, title, org, (tstart, tend), None)


def _owner_of_body(text: str, pos: int, end: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """'the SAIP Board of Directors' read as one name: the organisation whose board it is."""
    m = re.match(rf"\s+(?:of|at)\s+(?:the\s+)?(.+?)\s+{GOVERNING_BODIES}$", text[pos:end])
    if m is None:
        return None
    s, e = pos + m.start(1), pos + m.end(1)
    owner = next((x for a, b, x in orgs.mentions if a == s and b == e), None)
    if owner is None:
        owner = orgs.lookup(m.group(1))
    return (owner, e) if owner is not None else None


def _before_name(text: str, m: re.Match[str], t: _Title, orgs: Orgs, people: People) -> bool:
    """Pattern C: "NAME, [the] [ORG|Place] title [of ORG]", "NAME, then Commissioner of X"."""
    before = re.search(
        r",[ \t]*(?:the\s+|a\s+|an\s+)?([^,\n.;:]{0,70}?)[ \t]*$",
        text[max(0, m.start() - 90) : m.start()],
    )
    if before is None or not re.fullmatch(
        r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:['’]s)?)?", before.group(1)
    ):
        return False
    pre = before.group(1)
    follows = _NAME_TOKEN.match(text, t.end + 1)
    if pre == "" and t.text[:1].isupper() and follows and _valid_token(follows.group()):
        return False  # "NAME, Commissioner Lee and ...": a list of titled names
    comma = max(0, m.start() - 90) + before.start()
    nm = name_before(text, comma)
    if not nm:
        return False
    title = t.text
    org = t.ministry or (_org_before(text, t.start, orgs) if pre else None)
    place = None
    if org is None and pre and not pre[:1].islower():
        place = pre.rstrip("’'s ").strip() or None
    if org is None and not t.function:
        unit = _org_after_unit(text, t.end, orgs)
        if unit:
            org, _, extra = unit
            title += extra
    elif org is None:
        after = _org_after(text, t.end, orgs)  # "Head of the Trade Section at the Delegation"
        org = after[0] if after else None
    if org is None and pre == "":
        listed = _listed_org(text, t.end, orgs)
        if listed is not None:
            org, extra = listed
            title += extra
    if org is None:
        org = _row_org(text, nm[0], orgs)
    if pre == "" or org is not None or place:
        _record(people, text, nm, title, org, (t.start, t.end), place)
        _successor(text, t.end, people, title, org)
        _and_title(text, t.end, nm, orgs, people)
        return True
    return False


_COPULA = re.compile(
    r"(?:\b(?:was|is|has\s+been|had\s+been|will\s+be|has\s+become|became|"
    r"(?:has\s+)?(?:taken|took|takes|assumed|assumes)\s+(?:up\s+)?office|"
    r"(?:has\s+|had\s+)?served(?:\s+[\w-]+){0,5}?\s+as)\s+)"
    r"(?:(?:appointed|named|elected|designated|promoted|previously|formerly|also|now)\s+)*"
    r"(?:(?:as|to)\s+)?(?:the\s+)?$"
)


def _copula_name(text: str, m: re.Match[str], t: _Title, orgs: Orgs, people: People) -> bool:
    """Pattern D: "NAME was appointed Commissioner of X, succeeding NAME2" and "Ms NAME was
    previously General Manager, Business Services at ORG"."""
    cop = _COPULA.search(text, max(0, m.start() - 60), m.start())
    if cop is None or not t.text[:1].isupper():
        return False
    nm = name_before(text, cop.start())
    known = None if nm else _known_surname(text, cop.start(), people)
    if known:
        nm, person = known
        person.spans.append(nm)
    if nm is None:
        return False
    title, end = t.text, t.end
    unit = re.match(
        rf",\s+({_CAP}(?:\s+(?:and\s+|&\s+)?{_CAP}){{0,4}})(?=\s+(?:at|of)\s)", text[end:]
    )
    if unit and _org_after(text, end + unit.end(), orgs):
        title += f", {unit.group(1)}"
        end += unit.end()
    org = t.ministry
    if org is None and not t.function:
        found = _org_after_unit(text, end, orgs)
        if found:
            org, _, extra = found
            title += extra
    if known:
        people.roles.append(
            RoleEntry(known[1], org, title, (t.start, t.end), t.country, org is None)
        )
    else:
        _record(people, text, nm, title, org, (t.start, t.end), t.country)
    _successor(text, t.end, people, title, org)
    return True


def _known_surname(
    text: str, pos: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """'Ms Whitfield' before `pos`: the span of the surname and the person already named."""
    m = re.search(
        rf"(?:{HONORIFICS}\s+|(?<![\w-]))({_NAME_TOKEN.pattern})\s+$", text[max(0, pos - 40) : pos]
    )
    if not m:
        return None
    word = m.group(1)
    person = next((e for e in people.entries if e.name.split()[-1] == word), None)
    if person is None:
        return None
    s = max(0, pos - 40) + m.start(1)
    return (s, s + len(word)), person


def _successor(text: str, end: int, people: People, title: str, org: OrgEntry | None) -> None:
    """'..., succeeding NAME': the predecessor held the same title at the same body."""
    m = re.match(r"\s*,?\s*(?:succeeding|replacing|who\s+succeeds|who\s+replaces)\s+", text[end:])
    if not m:
        return
    nm = name_after(text, end + m.end() - 1)
    if nm:
        _record(people, text, nm, title, org, (end, nm[1]), None)


def _name_after_title(text: str, t: _Title) -> tuple[tuple[int, int] | None, str]:
    """The name right after a title, or after a title that goes on with the unit or function
    it covers ("Vice-President Patent Granting Process Steve Rowan")."""
    nm = name_after(text, t.end)
    if nm or t.function:
        return nm, t.text
    words = list(re.finditer(r"[ \t]+([A-Z][\w’'-]*|and|&)", text[t.end : t.end + 120]))
    run: list[re.Match[str]] = []
    for w in words:
        if run and w.start() != run[-1].end():
            break
        if not run and w.start() != 0:
            break
        run.append(w)
    while run and run[-1].group(1) in ("and", "&"):
        run.pop()
    last_unit = -1
    for k, w in enumerate(run[:8]):
        low = w.group(1).casefold()
        if low in TITLE_UNIT_WORDS or not _valid_token(w.group(1)):
            last_unit = k
    if last_unit < 0 or last_unit + 1 >= len(run):
        return None, t.text
    first = run[0].group(1).casefold()
    if first not in TITLE_UNIT_WORDS and _valid_token(run[0].group(1)):
        return None, t.text
    unit_end = t.end + run[last_unit].end()
    nm = name_after(text, unit_end)
    if nm is None:
        return None, t.text
    return nm, re.sub(r"\s+", " ", text[t.start : unit_end])


def _appositive(text: str, pos: int) -> tuple[int, int] | None:
    """', NAME,' or ', NAME.' right after a title or its organisation."""
    m = re.match(r",[ \t]*", text[pos:])
    if not m:
        return None
    nm = name_after(text, pos + m.end() - 1)
    if nm and re.match(r"\s*(?:[,.;)]|$|\s(?:and|who|signed|said)\b)", text[nm[1] :]):
        return nm
    if nm and _verb_follows(text, nm[1]):
        return nm
    return None


def _verb_follows(text: str, pos: int) -> bool:
    """A lower-case word that is not a preposition follows `pos`: the name is the subject of
    a clause ("..., Rowel S. Barba still describes himself ...")."""
    m = re.match(r" ([a-z]+)\b", text[pos:])
    return m is not None and m.group(1) not in NOT_NAME_WORDS


def _record(
    people: People,
    text: str,
    nm: tuple[int, int],
    title: str,
    org: OrgEntry | None,
    span: tuple[int, int],
    place: str | None,
) -> None:
    name = re.sub(r"\s+", " ", text[nm[0] : nm[1]])
    person = people.add(name, nm[0], nm[1])
    people.roles.append(RoleEntry(person, org, title, span, place, bare=org is None))


def find_surname_mentions(text: str, people: People) -> None:
    """Later references by surname ("Chen said", "Mr. Tang", "according to Rui") are the same
    person; they become aliases and mentions of the full name."""
    by_part: dict[str, PersonEntry | None] = {}
    for e in people.entries:
        toks = e.name.split()
        for t in {toks[0], toks[-1]}:
            by_part[t] = None if t in by_part and by_part[t] is not e else e
    if not by_part:
        return
    alt = "|".join(re.escape(k) for k, v in by_part.items() if v is not None)
    if not alt:
        return
    rx = re.compile(
        rf"(?:(?:Mr|Mrs|Ms|Dr|Prof)\.?\s+({alt})\b|\b({alt})\s+(?:said|says|noted|added|told|"
        rf"stressed|explained|stated)\b|according to ({alt})\b)"
    )
    for m in rx.finditer(text):
        word = m.group(1) or m.group(2) or m.group(3)
        found = by_part.get(word)
        ws = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
        if found is None or any(s <= ws < x for s, x, _ in people.mentions):
            continue
        e = found
        form = m.group(0) if m.group(1) else word
        form = re.sub(r"\s+", " ", form)
        if form not in e.forms:
            e.forms.append(form)
        s = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
        e.spans.append((s, s + len(word)))


def is_pinyin_name(name: str) -> bool:
    toks = name.split()
    return 2 <= len(toks) <= 3 and all(_PINYIN.match(t.casefold()) for t in toks)


#: Country names and demonyms the context count uses, as word tuples (case-folded).
_COUNTRY_GRAMS = {
    tuple(w.split()): code
    for w, code in COUNTRY_OF.items()
    if len(w) >= 3 and w not in ("usa", "u.s.")
}
_GRAM_MAX = max(len(k) for k in _COUNTRY_GRAMS)


def _country_words(text: str) -> list[str]:
    """The country codes of the country names and demonyms in a text, one per mention
    (longest name first: "South Africa" is not also "Africa")."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w’'-]*", text)]
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_GRAM_MAX, len(words) - i), 0, -1):
            code = _COUNTRY_GRAMS.get(tuple(words[i : i + n]))
            if code:
                out.append(code)
                i += n
                break
        else:
            i += 1
    return out


def country_context(text: str, orgs: Orgs) -> str | None:
    """The country a text is about: the one its words and its organisations name most."""
    counts: Counter[str] = Counter(_country_words(text))
    for _s, _, e in orgs.mentions:
        if e.country:
            counts[e.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def document_org(orgs: Orgs) -> OrgEntry | None:
    """The organisation the document is by or about: the most mentioned body that is not a
    government or an unnamed counterpart."""
    cands = [e for e in orgs.entries if e.kind != "government" and not e.described]
    if not cands:
        return None
    return max(cands, key=lambda e: (orgs.count(e), -min((s for s, _ in e.spans), default=0)))


def government_of(orgs: Orgs, code: str, reference: Reference) -> OrgEntry:
    for e in orgs.entries:
        if e.kind == "government" and e.place and COUNTRY_OF.get(e.place.casefold()) == code:
            return e
    long = STATE_LONG_NAMES.get(code, COUNTRIES[code][0])
    name = (
        f"Government of the {long}"
        if long.startswith(("Republic", "People", "United"))
        else f"Government of {long}"
    )
    return orgs.add(
        name,
        kind="government",
        place=COUNTRIES[code][0],
        country=code,
        ref=reference.org_named(name),
    )


def city_government(orgs: Orgs, place: str, country: str | None, reference: Reference) -> OrgEntry:
    for e in orgs.entries:
        if e.kind == "government" and e.place and fold(e.place) == fold(place):
            return e
    name = (
        f"{place} Municipal People's Government" if country == "CN" else f"{place} City Government"
    )
    entry = orgs.add(name, kind="government", place=place, ref=reference.org_named(name))
    entry.add_form(place)
    orgs.by_name.setdefault(fold(place), entry)
    return entry


def assign_bare_roles(text: str, people: People, orgs: Orgs, reference: Reference) -> None:
    """Give an organisation to titles stated without one, from what the document is about."""
    country = country_context(text, orgs)
    home = document_org(orgs)
    places: dict[str, str] = {}
    for r in people.roles:
        if r.place:
            places.setdefault(r.person.key, r.place)
    for r in people.roles:
        if not r.bare and r.org is not None:
            continue
        base = re.sub(r"(?i)^(then[- ]|former\s+)", "", r.title).casefold()
        place = r.place or places.get(r.person.key)
        if base in CITY_TITLES or base.endswith("mayor"):
            if place:
                r.org = city_government(orgs, place, country, reference)
            continue
        if _diplomatic(base):
            continue  # "Mexico's Ambassador to ...": the embassy is not named
        if place and COUNTRY_OF.get(place.casefold()):
            r.org = government_of(orgs, COUNTRY_OF[place.casefold()], reference)
            continue
        known = _reference_org(r.person, reference, orgs)
        if known is not None:
            r.org = known
            continue
        is_gov = base in GOVERNMENT_TITLES and not base.startswith(
            ("president", "vice president", "vice-president")
        )
        if base in ("president",) and country == "CN" and is_pinyin_name(r.person.name):
            is_gov = True
        if is_gov and country:
            r.org = government_of(orgs, country, reference)
        elif _office_title(base):
            r.org = home


def _diplomatic(title: str) -> bool:
    """An envoy's title ("ambassador", "deputy consul general"): its holder serves at a mission,
    not in the government of the country."""
    words = title.split()
    while len(words) > 1 and words[0] in TITLE_MODIFIER_WORDS:
        words = words[1:]
    return " ".join(words) in DIPLOMATIC_TITLES


def _office_title(title: str) -> bool:
    """Whether a title stated bare is an office holder's: "Commissioner", "Deputy Director",
    "Commissioner of Patents, Trade Marks and Designs" (its function is not a body)."""
    core = re.split(r"\s+(?:of|for)\s+|,", title)[0].strip()
    words = core.split()
    while len(words) > 1 and words[0] in TITLE_MODIFIER_WORDS:
        words = words[1:]
    core = " ".join(words)
    return core in OFFICE_TITLES or core.split()[-1] in ("commissioner", "general")


def _reference_org(person: PersonEntry, reference: Reference, orgs: Orgs) -> OrgEntry | None:
    for form in person.forms:
        ref = reference.person_named(form)
        if ref is None:
            continue
        person.ref_id = ref.id
        for role in ref.roles:
            for e in orgs.entries:
                if e.ref and e.ref.id == role.organisation:
                    return e
    return None


_SUCCEEDS = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+),?\s+who\s+(?:succeeds|succeeded|replaces|replaced|takes\s+over\s+"
    r"from|took\s+over\s+from)\s+"
)


def find_predecessors(text: str, people: People) -> None:
    """'SURNAME, who succeeds NAME': the predecessor held the post the person took up, the
    person's first role with an organisation."""
    for m in _SUCCEEDS.finditer(text):
        person = next((e for e in people.entries if m.group("who") in e.name.split()), None)
        role = next(
            (r for r in people.roles if person is not None and r.person is person and r.org),
            None,
        )
        nm = name_after(text, m.end() - 1)
        if role is None or nm is None or any(s <= nm[0] < e for s, e, _ in people.mentions):
            continue
        _record(people, text, nm, role.title, role.org, (m.start(), nm[1]), None)


#: "NAME, a patent agent who ...": a sentence that opens with a name and its profession.
_UNTITLED_OPENING = re.compile(
    r"(?:^|(?<=[.!?\"”]\s)|(?<=\n)|(?<=\band\s))(?P<rest>[A-Z][^\n,]{3,50}),[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?(?P<noun>[a-z]+)(?=[ \t]*[,.;)]|[ \t]+(?:who|whose|with|at|based)\b)",
    re.MULTILINE,
)
_UNTITLED = re.compile(
    rf"(?<![\w-]){HONORIFICS}[ \t]+(?P<rest>[^\n,]{{3,60}}),[ \t]+(?:a|an)[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,4}}(?P<noun>[a-z]+)(?=[ \t]*[,.;)])"
)


def find_untitled(text: str, people: People) -> None:
    """'Dr. NAME, an independent consultant': a person with a function but no organisation
    (no role is recorded)."""
    matches = [*_UNTITLED.finditer(text), *_UNTITLED_OPENING.finditer(text)]
    for m in matches:
        if m.group("noun") not in PROFESSION_NOUNS:
            continue
        start = m.start("rest")
        nm = _name_at(text, start)
        if nm is None or nm[1] != m.end("rest"):
            continue
        if any(s <= nm[0] < e for s, e, _ in people.mentions):
            continue
        people.add(re.sub(r"\s+", " ", text[nm[0] : nm[1]]), nm[0], nm[1])
