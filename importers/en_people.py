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

from importers.en_orgs import OrgEntry, Orgs
from importers.en_words import (
    CITY_TITLES,
    COUNTRIES,
    COUNTRY_OF,
    GOVERNMENT_TITLES,
    NOT_NAME_WORDS,
    OFFICE_TITLES,
    ORG_HEADS,
    STATE_LONG_NAMES,
    TITLE_CORE,
)
from importers.reference import Reference
from store.text import fold

_TITLE = re.compile(
    rf"(?<![\w-])(?P<pre>then[- ]|former\s+)?(?P<title>{TITLE_CORE})(?![\w-])", re.IGNORECASE
)
_NAME_TOKEN = re.compile(r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-öø-ÿā-ž’'-]+")
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
    """A personal name of 2-4 capitalised words starting at `pos` (after spaces)."""
    m = re.match(r"[ \t]+", text[pos:])
    i = pos + (m.end() if m else 0)
    if m is None and pos < len(text) and text[pos] not in " \t":
        return None
    start = i
    count = 0
    end = i
    while count < 4:
        t = _NAME_TOKEN.match(text, i)
        if t and _valid_token(t.group()):
            count += 1
            end = t.end()
            nxt = re.match(r"[ \t]+", text[end:])
            if not nxt:
                break
            i = end + nxt.end()
            p = re.match(r"(\w+)[ \t]+", text[i:])
            if p and p.group(1) in _PARTICLES and _NAME_TOKEN.match(text, i + p.end()):
                i += p.end()
            continue
        break
    return (start, end) if count >= 2 else None


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
    for w in reversed(words):
        tok = w.group()
        if _NAME_TOKEN.fullmatch(tok) and _valid_token(tok) and len(picked) < 4:
            picked.insert(0, w)
            continue
        if tok in _PARTICLES and picked:
            continue
        break
    if len(picked) < 2:
        return None
    start, end = base + picked[0].start(), base + picked[-1].end()
    if text[end:pos].strip():
        return None
    if "\n" in text[start:end]:
        return None
    return start, end


def _org_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The organisation named right after a title: "of WIPO", "of the city's Bureau"."""
    m = re.match(r"\s+(?:of|at|for)\s+(?:the\s+)?(?:[\w]+['’]s\s+)?", text[pos:])
    if not m:
        return None
    p = pos + m.end()
    hit = orgs.at(p)
    if hit:
        return hit[2], hit[1]
    a = re.match(r"([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\b", text[p:])
    if a and a.group(1).upper() == a.group(1) and len(a.group(1)) >= 2:
        return orgs.add(a.group(1), p, p + len(a.group(1))), p + len(a.group(1))
    return None


def _org_before(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The organisation named right before a title: "WIPO Director General", "IPOS's"."""
    m = re.search(r"(?:['’]s)?\s+$", text[max(0, pos - 4) : pos])
    if not m:
        return None
    end = pos - len(m.group())
    return next((e for s, x, e in orgs.mentions if x == end), None)


def _portfolio(text: str, pos: int, title: str) -> tuple[str, str, str | None, str | None, int]:
    """A minister's portfolio: ("of Industry and Handicraft", acronym, country, end)."""
    if not re.search(r"(?i)(minister|secretary)$", title):
        return title, "", None, None, pos
    m = re.match(
        r"\s+(of|for)\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w’'-]*)*)"
        r"(?:\s*\(([A-Z]{2,8})\))?(?:\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?))?",
        text[pos:],
    )
    if not m:
        return title, "", None, None, pos
    portfolio = m.group(2)
    country = m.group(4) if m.group(4) and m.group(4).casefold() in COUNTRY_OF else None
    if m.group(4) and not country:
        portfolio = f"{portfolio} of {m.group(4)}"
    end = pos + m.end() if country or not m.group(4) else pos + m.end()
    return f"{title} {m.group(1)} {portfolio}", portfolio, m.group(3), country, end


def find_people(text: str, orgs: Orgs) -> People:
    people = People()
    done = 0
    for m in _TITLE.finditer(text):
        if m.start() < done:
            continue
        done = _one_title(text, m, orgs, people)
    return people


def _one_title(text: str, m: re.Match[str], orgs: Orgs, people: People) -> int:
    """Read the person and organisation around one title; returns where the title ends."""
    title = m.group("title")
    tstart, tend = m.start("title"), m.end("title")
    # "Senior Minister and Minister of X", "Acting Chief Executive and Comptroller General"
    more = re.match(rf"\s+(?:and|&)\s+({TITLE_CORE})(?![\w-])", text[tend:], re.IGNORECASE)
    if more and more.group(1)[:1].isupper() == title[:1].isupper():
        title = text[tstart : tend + more.end()]
        tend += more.end()
    title, portfolio, acr, country, pend = _portfolio(text, tend, title)
    ministry: OrgEntry | None = None
    if portfolio:
        name = f"Ministry {'of' if ' of ' in title else 'for'} {portfolio}"
        if country:
            name += f" of {country}"
        ministry = orgs.add(
            name, kind="government", country=COUNTRY_OF.get((country or "").casefold())
        )
        if acr:
            orgs.add(acr, into=ministry)
        tend = pend
    capital = title[:1].isupper()

    # pattern C: "NAME, [the] [ORG|Place] title [of ORG]"
    before = re.search(
        r",[ \t]*(?:the\s+|a\s+|an\s+)?([^,\n.;:]{0,70}?)[ \t]*$",
        text[max(0, tstart - 90) : tstart],
    )
    if before and not re.fullmatch(
        r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:['’]s)?)?", before.group(1)
    ):
        before = None
    if before:
        comma = max(0, tstart - 90) + before.start()
        pre = before.group(1)
        nm = name_before(text, comma)
        if nm:
            org = ministry or _org_of_pre(text, tstart, pre, orgs)
            place = None
            if org is None and pre and not pre[:1].islower():
                place = pre.rstrip("’'s ").strip() or None
            if org is None:
                after = _org_after(text, tend, orgs)
                org = after[0] if after else None
            if pre == "" or org is not None or place:
                _record(people, text, nm, title, org, (tstart, tend), place)
                return tend
    if not capital:
        return tend
    # pattern A: "[ORG] Title NAME [of ORG]"
    nm = name_after(text, tend)
    if nm:
        org = ministry or _org_before(text, tstart, orgs)
        if org is None:
            after = _org_after(text, nm[1], orgs)
            org = after[0] if after else None
        _record(people, text, nm, title, org, (tstart, tend), None)
        return tend
    # pattern B: "Title of ORG NAME" / "Title of ORG, NAME,"
    after = _org_after(text, tend, orgs)
    if after:
        org, oend = after
        nm = name_after(text, oend) or _appositive(text, oend)
        if nm:
            _record(people, text, nm, title, org, (tstart, tend), None)
    return tend


def _appositive(text: str, pos: int) -> tuple[int, int] | None:
    m = re.match(r",\s*", text[pos:])
    if not m:
        return None
    nm = name_after(text, pos + m.end() - 1) if m.end() else None
    if nm and re.match(r"\s*[,.]", text[nm[1] :]):
        return nm
    return None


def _org_of_pre(text: str, tstart: int, pre: str, orgs: Orgs) -> OrgEntry | None:
    if not pre:
        return None
    return _org_before(text, tstart, orgs)


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


_COUNTRY_WORDS = re.compile(
    r"\b(?:"
    + "|".join(
        re.escape(w)
        for w in sorted(COUNTRY_OF, key=len, reverse=True)
        if len(w) >= 3 and w not in ("usa", "u.s.")
    )
    + r")\b",
    re.IGNORECASE,
)


def country_context(text: str, orgs: Orgs) -> str | None:
    """The country a text is about: the one its words and its organisations name most."""
    counts: Counter[str] = Counter()
    for m in _COUNTRY_WORDS.finditer(text):
        counts[COUNTRY_OF[m.group().casefold()]] += 1
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
        elif base in OFFICE_TITLES or base.split()[-1] in ("commissioner", "general"):
            r.org = home


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
