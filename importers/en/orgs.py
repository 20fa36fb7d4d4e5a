"""Organisations named in an English text, grouped per organisation.

Names are found four ways: capitalised phrases that end in an organisation head noun or
start with one ("Danish Patent and Trademark Office", "Ministry of Justice of Israel",
"Government of the Republic of Tajikistan"), acronyms the text defines after a name
("... (SIPO)") or uses repeatedly on their own, the reference gazetteer, and a few fixed
forms of governments and counterparts ("the Guangdong provincial government", "the IP
authority of Armenia"). Every form of one organisation goes into one `OrgEntry`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from importers.en.names import caps_surname_at
from importers.en.words import (
    ACRONYM_ONLY_HEADS,
    COMPANY_HEADS,
    COUNTRIES,
    COUNTRIES_WITH_THE,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_OF,
    COUNTRY_QUALIFIED_HEADS,
    DIPLOMATIC_HEADS,
    DOCUMENT_NOUNS,
    EXAMPLE_NOUNS,
    FOR_ONLY_HEADS,
    LEADING_FUNCTION_WORDS,
    NAME_CONNECTORS,
    NAME_POSSESSIVES,
    NATIONAL_GENERIC_HEADS,
    NON_ORG_ACRONYMS,
    ON_HEADS,
    ORG_DESCRIPTION_HEADS,
    ORG_HEADS,
    ORGAN_HEADS,
    ROMANCE_CONNECTORS,
    STATE_LONG_NAMES,
    TITLE_CORE,
    UNDER_PARENTS,
    UNIT_FUNCTION_WORDS,
    UNIT_HEADS,
)
from importers.gazetteer import Reference, RefOrg
from store.text import fold

_TOKEN = re.compile(r"[^\W_][\w’'\-&]*|[()]|[^\w\s]")
_ACRONYM = re.compile(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$|^[A-Z]{2,}[0-9]*$|^[A-Z]+[0-9]+$")


@dataclass
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.casefold()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or (self.text[:1].isdigit() and len(self.text) > 1)


@dataclass(eq=False)
class OrgEntry:
    key: str
    name: str
    forms: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    ref: RefOrg | None = None
    country: str | None = None
    kind: str | None = None
    place: str | None = None  # for governments: the place they govern, as written
    described: bool = False  # "the IP authority of Armenia": a counterpart not named

    def add_form(self, form: str) -> None:
        if form and form not in self.forms:
            self.forms.append(form)
        clean = re.sub(r"\s+", " ", form).strip()
        if "(" not in clean and _better_name(clean, self.name):
            self.name = clean


def _better_name(new: str, old: str) -> bool:
    """Whether `new` is the fuller form: a spelled-out name beats an acronym, longer beats
    shorter, and a name with a straight apostrophe beats the same with a curly one."""
    if "(" in old and "(" not in new:
        return True
    if _ACRONYM.match(new) and not _ACRONYM.match(old):
        return False
    if _ACRONYM.match(old) and not _ACRONYM.match(new):
        return True
    return len(new) > len(old)


@dataclass
class Orgs:
    """The organisations of one document and where each is mentioned."""

    entries: list[OrgEntry] = field(default_factory=list)
    by_name: dict[str, OrgEntry] = field(default_factory=dict)
    mentions: list[tuple[int, int, OrgEntry]] = field(default_factory=list)
    non_org_acronyms: set[str] = field(default_factory=set)
    #: mentions of units seen through a title ("Director-General of the International
    #: Cooperation Department of CNIPA"): the unit stays in the title, not an organisation
    unit_spans: set[tuple[int, int]] = field(default_factory=set)

    def only_unit(self, entry: OrgEntry) -> bool:
        """Whether every mention of an entry is a unit inside a title."""
        return bool(entry.spans) and all(sp in self.unit_spans for sp in entry.spans)

    def lookup(self, name: str) -> OrgEntry | None:
        return self.by_name.get(fold(name))

    def add(
        self,
        name: str,
        start: int | None = None,
        end: int | None = None,
        *,
        ref: RefOrg | None = None,
        kind: str | None = None,
        country: str | None = None,
        place: str | None = None,
        described: bool = False,
        into: OrgEntry | None = None,
    ) -> OrgEntry:
        """Record a mention of `name`, merging with the entry that already has this name,
        the same reference id or (for governments) the same place."""
        entry = into or self.by_name.get(fold(name))
        if entry is None and ref is not None:
            entry = next((e for e in self.entries if e.ref and e.ref.id == ref.id), None)
        if entry is None and place is not None:
            entry = next((e for e in self.entries if e.place and _same_place(e.place, place)), None)
        if entry is None:
            entry = OrgEntry(key=f"o{len(self.entries) + 1}", name=name, described=described)
            self.entries.append(entry)
        entry.add_form(name)
        if described is False and entry.described and not _ACRONYM.match(name):
            entry.described = False
        entry.ref = entry.ref or ref
        entry.kind = entry.kind or kind or (ref.kind if ref else None)
        entry.country = entry.country or country or (ref.country if ref else None)
        entry.place = entry.place or place
        self.by_name.setdefault(fold(name), entry)
        if start is not None and end is not None:
            self.add_span(entry, start, end)
        return entry

    def add_span(self, entry: OrgEntry, start: int, end: int) -> None:
        for i, (s, e, _) in enumerate(self.mentions):
            if s <= start and end <= e:
                return  # inside a longer mention already recorded
            if start <= s and e <= end:
                self.mentions[i] = (start, end, entry)
                entry.spans.append((start, end))
                return
        self.mentions.append((start, end, entry))
        entry.spans.append((start, end))

    def covered(self, start: int, end: int) -> bool:
        return any(s <= start and end <= e for s, e, _ in self.mentions)

    def at(self, pos: int) -> tuple[int, int, OrgEntry] | None:
        """The mention that starts at `pos`."""
        return next((m for m in self.mentions if m[0] == pos), None)

    def between(self, start: int, end: int) -> list[tuple[int, int, OrgEntry]]:
        return sorted(m for m in self.mentions if start <= m[0] and m[1] <= end)

    def count(self, entry: OrgEntry) -> int:
        return sum(1 for m in self.mentions if m[2] is entry)


def _same_place(a: str, b: str) -> bool:
    ca, cb = COUNTRY_OF.get(a.casefold()), COUNTRY_OF.get(b.casefold())
    return (ca is not None and ca == cb) or fold(a) == fold(b)


def tokens(text: str) -> list[Tok]:
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]


def _is_head(tok: Tok) -> bool:
    return tok.low.rstrip(".") in ORG_HEADS or tok.low in ORG_HEADS


#: Whitespace that separates the columns of a plain-text table, not the words of a name.
_COLUMN_GAP = re.compile(r"\t| {3,}")


def _chunks(text: str, toks: list[Tok]) -> list[list[Tok]]:
    """Runs of capitalised words joined by name connectors and inline "(ACR)" groups.

    A run may cross a line break only right after a connector ("Committee on\\n\\nDevelopment"
    is one name broken by a PDF), never after a capitalised word (a heading followed by a
    sentence is two things).
    """
    out: list[list[Tok]] = []
    i = 0
    n = len(toks)
    while i < n:
        if not (toks[i].cap and toks[i].text[:1].isalpha()):
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < n:
            prev, tok = run[-1], toks[j]
            gap = text[prev.end : tok.start]
            if "\n" in gap and prev.low not in NAME_CONNECTORS:
                break
            if gap.strip() or _COLUMN_GAP.search(gap):
                break
            if tok.text == "(" and j + 2 < n and toks[j + 2].text == ")" and toks[j + 1].cap:
                run.extend(toks[j : j + 3])
                j += 3
                continue
            if tok.cap or tok.low in NAME_CONNECTORS:
                run.append(tok)
                j += 1
                continue
            if tok.low == "under" and _under_parent(toks, j) and _is_head(prev):
                run.append(tok)  # "Intellectual Property Agency under the Ministry of Justice"
                j += 1
                continue
            if tok.low in ROMANCE_CONNECTORS and j + 1 < n and toks[j + 1].cap:
                run.append(tok)  # "Instituto Nacional da Propriedade Industrial"
                j += 1
                continue
            break
        while run and (run[-1].low in NAME_CONNECTORS or run[-1].text in "()"):
            if run[-1].text == ")" and len(run) >= 3 and run[-3].text == "(":
                break
            run.pop()
        if run:
            out.append(run)
        i = max(j, i + 1)
    return out


def _under_parent(toks: list[Tok], j: int) -> bool:
    """ "under" at `j` joins a body to the ministry or government it sits under."""
    k = j + 1
    if k < len(toks) and toks[k].low == "the":
        k += 1
    return k < len(toks) and toks[k].cap and toks[k].low in UNDER_PARENTS


def _words(run: list[Tok]) -> list[Tok]:
    return [t for t in run if t.text not in "()"]


def _has_head(run: list[Tok]) -> bool:
    return any(_is_head(t) for t in run)


def _split_and(run: list[Tok]) -> list[list[Tok]]:
    """Split at "and"/"&" where both sides are names of their own: "the Danish Patent and
    Trademark Office" stays one; "the Polish Patent Office and the Swedish Patent Office" is
    two. "and the" always separates two names."""
    parts: list[list[Tok]] = [[]]
    for k, tok in enumerate(run):
        if tok.low in ("and", "&") and parts[-1]:
            rest = run[k + 1 :]
            nxt = [t for t in rest]
            right_until_and: list[Tok] = []
            for t in nxt:
                if t.low in ("and", "&"):
                    break
                right_until_and.append(t)
            hard = bool(nxt) and nxt[0].low == "the"
            if hard or (_has_head(parts[-1]) and _has_head(right_until_and)):
                parts.append([])
                continue
        parts[-1].append(tok)
    return [p for p in parts if p]


def _trim(seg: list[Tok]) -> list[Tok]:
    """The organisation name inside a segment: leading articles, ordinals, possessive
    qualifiers ("China's") and title-or-event words before "of" are dropped; the name ends
    at its last head noun or at the end of its "of/for ..." complement."""
    heads = [k for k, t in enumerate(seg) if _is_head(t) or _late_head(seg, k)]
    if not heads:
        return []
    first = heads[0]
    start = 0
    for k in range(first - 1, -1, -1):
        if seg[k].low in ("of", "for", "on") and not any(_is_head(t) for t in seg[:k]):
            start = k + 1
            break
    while start < len(seg):
        t = seg[start]
        if (
            t.low in ("the", "a", "an")
            or t.low in NAME_CONNECTORS
            or t.low in LEADING_FUNCTION_WORDS
            or (t.low.endswith("'s") or t.low.endswith("’s"))
            and t.low.replace("’", "'") not in NAME_POSSESSIVES
            or t.text[:1].isdigit()
        ):
            start += 1
        else:
            break
    last = heads[-1]
    if last < start:
        return []
    end = last
    if _general_after(seg, end):
        end += 1  # "Directorate General of Intellectual Property": one head of two words
    k = end + 1
    # "Office of Singapore", "Institute of Industrial Property of France", "Union for ..."
    while k < len(seg):
        t = seg[k]
        if t.low in ("of", "for") or (t.low == "on" and seg[end].low in ON_HEADS):
            m = k + 1
            while m < len(seg) and seg[m].low in ("the",):
                m += 1
            if m < len(seg) and seg[m].cap:
                while m < len(seg) and (seg[m].cap or seg[m].low in ("of", "and", "the", "for")):
                    if seg[m].low in DOCUMENT_NOUNS:
                        break
                    if seg[m].low in ("of", "and", "the", "for") and not (
                        m + 1 < len(seg) and (seg[m + 1].cap or seg[m + 1].low == "the")
                    ):
                        break
                    m += 1
                end = m - 1
                k = m
                continue
        if t.text == "(" and k + 2 < len(seg) and seg[k + 2].text == ")":
            k += 3
            continue
        break
    end = _romance_end(seg, start, end)
    while end > start and seg[end].low in NAME_CONNECTORS:
        end -= 1
    name = seg[start : end + 1]
    if name and name[-1].text == "(":
        name = name[:-1]
    words = _words(name)
    if len(words) < 2 and not (words and words[0].low in ("ltd", "llc")):
        return []
    if words[0].low in ORG_HEADS and len(words) == 1:
        return []
    return name


def _general_after(seg: list[Tok], k: int) -> bool:
    """'Directorate General of ...', 'Secretariat General of ...': a head whose second word
    "General" comes before its complement."""
    return (
        seg[k].low in ("directorate", "secretariat", "commissariat")
        and k + 2 < len(seg)
        and seg[k + 1].text == "General"
        and seg[k + 2].low in ("of", "for")
    )


def _late_head(seg: list[Tok], k: int) -> bool:
    """Heads that make a name only in one position: a company word that ends the run
    ("Hyundai Motor", "Samsung Electronics", not "Motor Show"), and "Delegation" before
    "of" ("Delegation of the European Union to China", not "the Delegation arrived")."""
    low = seg[k].low
    if low == "delegation":
        return k + 1 < len(seg) and seg[k + 1].low == "of"
    if low in FOR_ONLY_HEADS:
        return k + 2 < len(seg) and seg[k + 1].low == "for" and seg[k + 2].cap
    if low in ACRONYM_ONLY_HEADS:
        return k + 3 < len(seg) and seg[k + 1].text == "(" and seg[k + 3].text == ")"
    if low not in COMPANY_HEADS:
        return False
    rest = [t for t in seg[k + 1 :] if t.text not in "()"]
    return not rest or (len(rest) == 1 and _ACRONYM.match(rest[0].text) is not None)


def _romance_end(seg: list[Tok], start: int, end: int) -> int:
    """A name whose head comes first and runs on to its acronym: "Organisation Africaine de
    la Propriété Intellectuelle (OAPI)", "Instituto Nacional da Propriedade Industrial (INPI)".
    The acronym's first letter is the name's."""
    k = end + 1
    while k < len(seg) and seg[k].text != "(" and (seg[k].cap or seg[k].low in ROMANCE_CONNECTORS):
        k += 1
    if k == end + 1 or k + 2 >= len(seg) or start >= len(seg):
        return end
    if seg[k].text == "(" and seg[k + 2].text == ")" and seg[k + 1].text[:1] == seg[start].text[:1]:
        return k - 1
    return end


def _span_name(text: str, name: list[Tok]) -> tuple[str, str, list[str]]:
    """(surface as written, name without inline acronyms, the inline acronyms)."""
    surface = text[name[0].start : name[-1].end]
    acr = [name[k + 1].text for k in range(len(name) - 2) if name[k].text == "("]
    plain = re.sub(r"\s*\([^()]*\)", "", surface)
    return surface, re.sub(r"\s+", " ", plain).strip(), acr


def _common_phrase(text: str, plain: str) -> bool:
    """'Support Creative Industries' in a headline: a name that ends in a company word
    whose last two words the text also writes in lower case ("creative industries") is a
    common noun phrase in Title Case, not a company."""
    words = plain.split()
    if len(words) < 2 or words[-1].casefold() not in COMPANY_HEADS:
        return False
    phrase = " ".join(words[-2:]).casefold()
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text) is not None


def _as_role(text: str, start: int) -> bool:
    """'functioning ... as an International Searching Authority': a role, not a body."""
    return bool(re.search(r"\bas an?\s+$", text[max(0, start - 8) : start]))


def find_phrase_orgs(text: str, orgs: Orgs) -> None:
    toks = tokens(text)
    for run in _chunks(text, toks):
        if _as_role(text, run[0].start):
            continue
        for seg in _split_and(run):
            name = _trim(seg)
            if not name:
                continue
            name = _without_owner(text, name, orgs)
            surface, plain, acrs = _span_name(text, name)
            if plain.casefold().split()[0] in ("heads", "head") or _unit_name(plain):
                continue
            if _unit_of_parent(plain, orgs) or _organ_of_parent(text, name[-1].end, plain, orgs):
                continue
            if _common_phrase(text, plain):
                continue
            start, end = name[0].start, name[-1].end
            extra = _abbreviated_country(text, start, plain)
            if extra:
                start -= len(extra[0]) - len(plain)
                surface = plain = extra[0]
            end = _diplomatic_end(text, plain, end)
            if end > name[-1].end:
                surface = plain = re.sub(r"\s+", " ", text[start:end])
            into = _other_countrys(text, start, plain, orgs)
            entry = orgs.add(plain, start, end, country=_country_in(plain), into=into)
            if surface != plain:
                entry.add_form(surface)
                entry.name = plain if _better_name(plain, entry.name) else entry.name
            for a in acrs:
                orgs.add(a, into=entry)
            if extra:
                entry.add_form(extra[1])
                orgs.by_name.setdefault(fold(extra[1]), entry)
            _definition_after(text, end, entry, orgs)
            full = _continued_name(text, (start, end), plain, entry, orgs) or plain
            _qualify_by_country(text, start, full, entry, orgs)


_UNIT_OF = re.compile(
    r"(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){1,5}"
    r"(?:Department|Division|Unit|Section|Directorate|Branch|Team|Sector)\s+of\s+(?:the\s+)?(.+)"
)
_ORGAN_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,6})")


def _parent_known(name: str, orgs: Orgs) -> bool:
    """`name` is an organisation already found, or starts with an acronym ("INPI France")."""
    first = name.split()[0]
    return orgs.lookup(name) is not None or bool(
        re.fullmatch(r"[A-Z]{2,10}", first) and first not in NON_ORG_ACRONYMS
    )


def _unit_of_parent(name: str, orgs: Orgs) -> bool:
    """A department of a named body ("Legal Affairs Division of KIPO"): a unit, whose holders
    are recorded at the body with the unit in their title."""
    m = _UNIT_OF.fullmatch(name)
    return m is not None and _parent_known(m.group(1), orgs)


def _organ_of_parent(text: str, end: int, name: str, orgs: Orgs) -> bool:
    """A governing organ named apart from its body ("the Executive Council of ARIPO"): an
    organ, not an organisation of its own."""
    words = name.split()
    if len(words) > 3 or words[-1].casefold() not in ORGAN_HEADS:
        return False
    m = _ORGAN_OF.match(text, end)
    if m is None:
        return False
    parent = m.group(1)
    return _parent_known(parent, orgs) or any(
        orgs.lookup(" ".join(parent.split()[:k])) for k in range(1, len(parent.split()) + 1)
    )


_TITLED_OFFICE = re.compile(rf"Office of the (?:{TITLE_CORE})", re.IGNORECASE)


def _unit_name(name: str) -> bool:
    """A unit of a body rather than a body: "Communications Office", "Press Office", "Office
    of the Director General"."""
    words = name.casefold().split()
    if len(words) == 2 and words[0] in UNIT_FUNCTION_WORDS:
        return words[1] in ("office", "unit", "department", "division", "section", "service")
    return _TITLED_OFFICE.fullmatch(name) is not None


#: "(Valstybinis patentų biuras, VPB)": the name in the native language, then the acronym.
_NATIVE_THEN_ACRONYM = re.compile(r"\s*\(\s*[^\W\d_][^(),;]{2,80},\s*([A-Z]{2,10})\s*\)")


def _definition_after(text: str, end: int, entry: OrgEntry, orgs: Orgs) -> None:
    """The acronym defined right after a name: "(KIPO)", or after a native-language form
    of it: "(Valstybinis patentų biuras, VPB)"."""
    m = re.match(r"\s*\(\s*([A-Z][A-Za-z0-9&\-]{1,14}(?: [A-Z]{2,10})?)\s*\)", text[end:])
    if m and (m.group(1).isupper() or _ACRONYM.match(m.group(1)) or m.group(1)[0].isupper()):
        orgs.add(m.group(1), into=entry)
        return
    native = _NATIVE_THEN_ACRONYM.match(text, end)
    if native and not orgs.lookup(native.group(1)):
        orgs.add(native.group(1), into=entry)


_CONTINUED = re.compile(
    r"((?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w’'-]*(?:\s+(?:and|of|the|[A-Z][\w’'-]*))*)+)"
    r"\s*\(([A-Z][A-Z0-9]{1,9})\)"
)
#: The rest of a coordinated portfolio cut at its first comma: ", Trade and Supply".
_LIST_REST = re.compile(
    r"((?:,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?=[\s.,;:)]))?)"
    r"(?:\s*\(([A-Z][A-Z0-9]{1,9})\))?"
)


def _continued_name(
    text: str, span: tuple[int, int], plain: str, entry: OrgEntry, orgs: Orgs
) -> str | None:
    """A name cut at a comma but completed before its acronym: "Standing Committee on the
    Law of Trademarks, Industrial Designs and Geographical Indications (SCT)", or a
    portfolio list "Ministry of Industry, Trade and Supply". Returns the full name, whose
    whole span becomes the mention (so that "Sports" in it is no list member)."""
    start, end = span
    m = _CONTINUED.match(text, end)
    initials = {w[:1] for w in plain.split() if w[:1].isupper()}
    if m and m.group(2)[0] in initials and not orgs.lookup(m.group(2)) and "\n" not in m.group(1):
        rest, acr, rest_end = m.group(1), m.group(2), m.end(1)
    else:
        lm = _LIST_REST.match(text, end)
        if not lm or text[end : end + 1] != "," or "\n" in lm.group(1):
            return None
        if not re.search(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*$", plain):
            return None
        rest, acr, rest_end = lm.group(1), lm.group(2), lm.end(1)
        if acr and orgs.lookup(acr):
            acr = None
    full = re.sub(r"\s+", " ", plain + rest).strip()
    orgs.add_span(entry, start, rest_end)
    entry.add_form(full)
    orgs.by_name.setdefault(fold(full), entry)
    if acr:
        orgs.add(acr, into=entry)
        orgs.non_org_acronyms.discard(acr)
    return full


def country_name(code: str) -> str:
    """A country's short English name, with "the" where English uses it."""
    name = COUNTRIES[code][0]
    return f"the {name}" if code in COUNTRIES_WITH_THE else name


def _qualify_by_country(text: str, start: int, name: str, entry: OrgEntry, orgs: Orgs) -> None:
    """A generic body named with its country before it ("Thailand's Ministry of Commerce",
    "the Jordanian Ministry of ...", "the Philippine Embassy in Bangkok") is the "Ministry of
    Commerce of Thailand": the country stays part of the name, so that two countries'
    ministries of commerce are never one organisation."""
    words = name.split()
    poss = re.search(
        r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$", text[max(0, start - 40) : start]
    )
    written = name
    if poss and COUNTRY_OF.get(poss.group(1).casefold()):
        code = COUNTRY_OF[poss.group(1).casefold()]
        bare = words
        written = (
            f"{poss.group(1)}{text[start - len(poss.group()) + len(poss.group(1)) : start]}{name}"
        )
        span = (start - len(poss.group()), start + len(name))
    elif len(words) > 2 and "." not in words[0] and COUNTRY_OF.get(words[0].casefold()):
        code = COUNTRY_OF[words[0].casefold()]
        bare = words[1:]
        span = None
    else:
        return
    if not _country_qualified(bare) or _country_in(" ".join(bare)):
        return
    head, rest = bare[0], " ".join(bare[1:])
    place = country_name(code)
    if rest.startswith(("in ", "to ")) or not rest:
        canonical = f"{head} of {place} {rest}".strip()
    else:
        canonical = f"{head} {rest} of {place}"
    other = orgs.lookup(canonical)
    if other is not None and other is not entry:
        merge(orgs, other, entry)
        entry = other
    if written != name and name in entry.forms:
        entry.forms.remove(name)  # the bare "Ministry of Commerce" names no one body
    entry.add_form(written)
    entry.add_form(canonical)
    entry.name = canonical
    entry.country = entry.country or code
    orgs.by_name[fold(canonical)] = entry
    orgs.by_name[fold(written)] = entry
    long = STATE_LONG_NAMES.get(code)
    if long and not rest.startswith(("in ", "to ")):
        alias = f"{head} {rest} of the {long}"
        entry.add_form(alias)
        entry.name = canonical
        orgs.by_name.setdefault(fold(alias), entry)
    if span:
        orgs.add_span(entry, *span)


def _other_countrys(text: str, start: int, name: str, orgs: Orgs) -> OrgEntry | None:
    """A new entry for "Chile's National Institute of ..." when "Brazil's National Institute
    of ..." is already known under the same bare name: another country's body."""
    known = orgs.lookup(name)
    poss = re.search(
        r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$", text[max(0, start - 40) : start]
    )
    code = COUNTRY_OF.get(poss.group(1).casefold()) if poss else None
    if known is None or code is None or known.country in (None, code):
        return None
    fresh = OrgEntry(key=f"o{len(orgs.entries) + 1}", name=name)
    orgs.entries.append(fresh)
    return fresh


def _country_qualified(words: list[str]) -> bool:
    """A name that says which body only with its country: "Ministry of Commerce", "National
    Institute of Industrial Property" (many countries have one)."""
    first = words[0].casefold()
    if first in COUNTRY_QUALIFIED_HEADS:
        return True
    return first == "national" and len(words) > 2 and words[1].casefold() in NATIONAL_GENERIC_HEADS


def _abbreviated_country(text: str, start: int, plain: str) -> tuple[str, str] | None:
    """'U.S. Department of State': (the name with its abbreviation, the name spelled out)."""
    m = re.search(r"(?<![\w.])(U\.S\.|U\.K\.)\s+$", text[max(0, start - 6) : start])
    if not m or plain.startswith(("United", "U.")):
        return None
    return f"{m.group(1)} {plain}", f"{COUNTRY_ABBREVIATIONS[m.group(1)]} {plain}"


def _without_owner(text: str, name: list[Tok], orgs: Orgs) -> list[Tok]:
    """'the Industrial Property Protection Directorate of MITS': a unit of a body the text
    has named already ends before "of" + that body's acronym."""
    if len(name) >= 4 and name[-2].low == "of" and _ACRONYM.match(name[-1].text):
        owner = orgs.lookup(name[-1].text)
        if owner is not None and _is_head(name[-3]):
            return name[:-2]
    for k in range(2, len(name) - 2):
        # "Design Examination Department of the Japan Patent Office": a unit, then its owner
        if name[k].low == "of" and name[k - 1].low in UNIT_HEADS and _has_head(name[k + 1 :]):
            return name[:k]
    return name


_DIPLOMATIC_REST = re.compile(
    r"(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*"
    r"(?:\s+(?:at|in)\s+[A-Z][\w’'-]*)?|\s+in\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)


def _diplomatic_end(text: str, name: str, end: int) -> int:
    """Where a mission's name ends: "Permanent Mission of Brazil to the United Nations Office
    at Geneva", "Embassy of Japan in Beijing"."""
    if name.split()[-1].casefold() not in DIPLOMATIC_HEADS and not re.search(
        r"\b(?:Mission|Embassy|Consulate|Delegation)\s+of\b", name
    ):
        return end
    m = _DIPLOMATIC_REST.match(text, end)
    return m.end() if m else end


def _country_in(name: str) -> str | None:
    for word in re.findall(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?", name):
        for cand in (word, word.split()[0]):
            code = COUNTRY_OF.get(cand.casefold())
            if code:
                return code
    return None


@lru_cache(maxsize=8)
def _gazetteer(ref_id: int, names: tuple[str, ...]) -> re.Pattern[str] | None:
    latin = [n for n in names if n.isascii() and len(n) >= 2]
    if not latin:
        return None
    alts = sorted(set(latin), key=len, reverse=True)
    pattern = r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in alts) + r")(?![\w])"
    return re.compile(pattern)


def find_gazetteer_orgs(text: str, orgs: Orgs, reference: Reference) -> None:
    """Reference names as written (case-sensitive: "EPO" yes, "epo" no)."""
    pairs = reference.org_names()
    by_name: dict[str, RefOrg] = {}
    for n, o in pairs:
        if o.kind == "programme" or n in orgs.non_org_acronyms:
            continue
        by_name.setdefault(n, o)
    rx = _gazetteer(id(reference), tuple(sorted(by_name)))
    if rx is None:
        return
    for m in rx.finditer(text):
        s, e = m.span()
        if orgs.covered(s, e) and not _inside_same(orgs, s, e, by_name[m.group()]):
            continue
        ref = by_name[m.group()]
        orgs.add(m.group(), s, e, ref=ref)


def _inside_same(orgs: Orgs, s: int, e: int, ref: RefOrg) -> bool:
    for ms, me, entry in orgs.mentions:
        if ms <= s and e <= me:
            return entry.ref is not None and entry.ref.id == ref.id
    return False


def _reference_forms(form: str) -> list[str]:
    """A name and the forms a reference may list it under: "Department of Intellectual
    Property of the Kingdom of Thailand" is "Department of Intellectual Property (Thailand)"."""
    out = [form]
    m = re.fullmatch(
        r"(.+?)\s+of\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Federative Republic)\s+of\s+)?"
        r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)",
        form,
    )
    if m and COUNTRY_OF.get(m.group(2).casefold()):
        short = COUNTRIES[COUNTRY_OF[m.group(2).casefold()]][0]
        out += [f"{m.group(1)} ({short})", f"{m.group(1)} of {short}"]
    return out


def link_references(orgs: Orgs, reference: Reference) -> None:
    """Give entries found by pattern their reference id when one of their forms is known."""
    for entry in list(orgs.entries):
        if entry.ref:
            continue
        for form in [f for x in entry.forms for f in _reference_forms(x)]:
            ref = reference.org_named(form)
            if ref:
                entry.ref = ref
                entry.kind = entry.kind or ref.kind
                entry.country = entry.country or ref.country
                break
    # two entries with the same reference id are one organisation
    by_ref: dict[str, OrgEntry] = {}
    for entry in list(orgs.entries):
        if not entry.ref:
            continue
        keep = by_ref.setdefault(entry.ref.id, entry)
        if keep is not entry:
            merge(orgs, keep, entry)


def merge(orgs: Orgs, keep: OrgEntry, drop: OrgEntry) -> None:
    for f in drop.forms:
        keep.add_form(f)
        orgs.by_name[fold(f)] = keep
    keep.spans.extend(drop.spans)
    keep.described = keep.described and drop.described
    orgs.mentions = [(s, e, keep if x is drop else x) for s, e, x in orgs.mentions]
    orgs.entries.remove(drop)


def find_acronym_uses(text: str, orgs: Orgs) -> None:
    """Every later use of a defined acronym ("SIPO"), also inside "China-ASEAN"."""
    acr = {f: e for e in orgs.entries for f in e.forms if _ACRONYM.match(f) or f.isupper()}
    if not acr:
        return
    rx = re.compile(
        r"(?<![\w])(" + "|".join(map(re.escape, sorted(acr, key=len)[::-1])) + r")(?!\w)"
    )
    for m in rx.finditer(text):
        if not orgs.covered(m.start(), m.end()):
            orgs.add_span(acr[m.group(1)], m.start(), m.end())


def find_definitions_of_non_orgs(text: str, orgs: Orgs) -> None:
    """Acronyms the text defines for things that are not organisations ("Patent Prosecution
    Highway (PPH)") must not become organisations by frequency."""
    for m in re.finditer(r"\(([A-Z][A-Z0-9]{1,9})\)", text):
        if not orgs.lookup(m.group(1)):
            orgs.non_org_acronyms.add(m.group(1))


def find_bare_acronyms(text: str, orgs: Orgs) -> None:
    """Acronyms used on their own at least twice ("ASEAN member states", "China-ASEAN") name
    organisations or groupings even when the text never spells them out."""
    counts: dict[str, list[tuple[int, int]]] = {}
    alone: set[str] = set()
    for m in re.finditer(r"(?<![\w])([A-Z][A-Z0-9]{1,9})(?![\w])", text):
        word = m.group(1)
        if not any(c.isalpha() for c in word) or sum(c.isalpha() for c in word) < 2:
            continue
        counts.setdefault(word, []).append(m.span())
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 2]
        if before != "-" and after[:1] != "-" and not re.match(r" [A-Z]", after):
            alone.add(word)
    for word, spans in counts.items():
        if (
            len(spans) < 2
            or word not in alone
            or word in NON_ORG_ACRONYMS
            or word in orgs.non_org_acronyms
            or word.casefold() in COUNTRY_OF
            or orgs.lookup(word)
            or _all_caps_context(text, spans)
            or any(caps_surname_at(text, s) for s, _ in spans)
        ):
            continue
        entry = orgs.add(word)
        for s, e in spans:
            orgs.add_span(entry, s, e)


def _all_caps_context(text: str, spans: list[tuple[int, int]]) -> bool:
    """A word in an all-capitals headline or dateline ("BEIJING, Feb. 25") is not an acronym."""
    s, e = spans[0]
    around = text[max(0, s - 20) : e + 20]
    letters = [c for c in around if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8


_GOV_ADJ = re.compile(
    r"\b(?:the[ \t]+)?([A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+(provincial|municipal|city|state|"
    r"federal|national|central|regional|local)?[ \t]*[Gg]overnment\b"
)
_GOV_OF = re.compile(
    r"\b(?:(?:People[’']s|Federal|National|State|Royal)\s+)?Government\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]*\s+(?:of\s+)?)*[A-Z][\w’'-]*)"
)


def find_governments(text: str, orgs: Orgs) -> None:
    """Governments by their place: "Government of the People's Republic of China", "the
    Chinese Government", "the Guangdong provincial government" and "People's Government of
    Guangdong Province" are grouped by the country or place they govern."""
    for m in _GOV_OF.finditer(text):
        place = re.sub(r"\s+Province$", "", m.group(1))
        place_key = _place_key(place)
        orgs.add(
            m.group(0),
            m.start(),
            m.end(),
            kind="government",
            place=place_key,
            country=COUNTRY_OF.get(place_key.casefold()),
        )
    for m in _GOV_ADJ.finditer(text):
        place = m.group(1)
        if place.casefold() in ("the", "local", "central", "this", "that", "our", "their"):
            continue
        if orgs.covered(m.start(1), m.end()):
            continue
        surface = text[m.start(1) : m.end()]
        orgs.add(
            surface,
            m.start(1),
            m.end(),
            kind="government",
            place=_place_key(place),
            country=COUNTRY_OF.get(place.casefold()),
        )


def _place_key(place: str) -> str:
    """The place a government governs, with state long forms reduced to the country name."""
    place = re.sub(r"^(?:the\s+)?(?:Republic of|Kingdom of|State of)\s+", "", place)
    for code, long in STATE_LONG_NAMES.items():
        if fold(place) == fold(long):
            return COUNTRIES[code][0]
    return place


_DESCRIBED = re.compile(
    r"\b(?:the\s+)?(?:IP|intellectual property|patent|trademark|industrial property)\s+"
    r"(?:authority|authorities|office|offices)\s+of\s+(?:the\s+)?"
    r"((?:[A-Z][\w’'-]+)(?:\s+[A-Z][\w’'-]+)*(?:\s*,\s*(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)*"
    r"(?:,?\s+and\s+(?:the\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*)?)"
)


def find_described(text: str, orgs: Orgs) -> None:
    """Counterparts described rather than named ("the IP authorities of France") are
    mentions of that country's office when the text names it elsewhere. Unnamed ones become
    organisations only when an agreement needs them as a party (see `described_org`)."""
    for m in _DESCRIBED.finditer(text):
        for part in re.split(r"\s*,\s*|\s+and\s+", m.group(1)):
            part = re.sub(r"^the\s+", "", part).strip()
            if not part:
                continue
            pos = m.start(1) + m.group(1).find(part)
            code = COUNTRY_OF.get(part.casefold())
            if code is None:
                continue
            named = office_of_country(orgs, code, part)
            if named is not None:
                orgs.add_span(named, pos, pos + len(part))


def office_of_country(orgs: Orgs, code: str, word: str = "") -> OrgEntry | None:
    """The named non-government organisation of a country: its IP office, usually."""
    cands = []
    for e in orgs.entries:
        if e.kind == "government" or e.described:
            continue
        names = " ".join(e.forms)
        if e.country == code or any(
            re.search(rf"\b{re.escape(n)}\b", names) for n in COUNTRIES.get(code, ())
        ):
            cands.append(e)
    if not cands:
        return None
    return max(cands, key=lambda e: (e.kind == "ip_office", orgs.count(e)))


def find_ip_country(text: str, orgs: Orgs) -> None:
    """'IP Australia': an office named "IP" plus its country."""
    for m in re.finditer(r"\bIP ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b", text):
        if COUNTRY_OF.get(m.group(1).casefold()) and not orgs.covered(*m.span()):
            orgs.add(
                m.group(0),
                m.start(),
                m.end(),
                kind="ip_office",
                country=COUNTRY_OF[m.group(1).casefold()],
            )


def find_list_members(text: str, orgs: Orgs) -> None:
    """In a comma list whose other members are organisations ("the Japan External Trade
    Organization, the German Engineering Federation, AstraZeneca and Bosch"), a lone
    capitalised word is an organisation too."""
    for sent in re.finditer(r"[^.;:\n]+", text):
        s0 = sent.start()
        parts = [(m.start() + s0, m.group()) for m in re.finditer(r"[^,]+", sent.group())]
        items: list[tuple[int, str]] = []
        for pos, part in parts:
            for sub in re.finditer(r"(?:^|\band\s+)((?:(?!\band\b).)+)", part):
                items.append((pos + sub.start(1), sub.group(1)))
        if len(items) < 3:
            continue
        org_items = sum(1 for pos, it in items if _item_is_org(orgs, pos, it))
        if org_items < 2:
            continue
        for pos, it in items:
            m = re.fullmatch(r"\s*(?:the\s+)?([A-Z][A-Za-z]+[a-z][A-Za-z]*)(?:\s+etc)?\s*", it)
            if not m:
                continue
            word = m.group(1)
            start = pos + m.start(1)
            if word.casefold() in COUNTRY_OF or orgs.covered(start, start + len(word)):
                continue
            if word.casefold() in ("etc", "others", "other"):
                continue
            orgs.add(word, start, start + len(word), kind="company")


_EXAMPLES = re.compile(
    r"\b(" + "|".join(EXAMPLE_NOUNS) + r")\s+(?:such\s+as|like|including)\s+"
    r"((?:[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})(?:(?:,\s+|,?\s+and\s+)"
    r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})*)"
)


def find_examples(text: str, orgs: Orgs) -> None:
    """Organisations given as examples: "companies such as Hyundai Motor and Sony",
    "universities including Tsinghua University"."""
    for m in _EXAMPLES.finditer(text):
        kind = EXAMPLE_NOUNS[m.group(1).casefold()]
        base = m.start(2)
        for item in re.finditer(r"[^,]+?(?=,|\s+and\s+|$)", m.group(2)):
            name = re.sub(r"^(?:and\s+)", "", item.group().strip())
            if not name or name.casefold() in COUNTRY_OF:
                continue
            start = base + item.start() + item.group().find(name)
            if not orgs.covered(start, start + len(name)):
                orgs.add(name, start, start + len(name), kind=kind)


_CAMEL = re.compile(r"(?<![\w-])([A-Z][a-z]{2,}(?:[A-Z][a-z]+)+)(?![\w-])")


_FIRM = re.compile(
    r"\b(?:partners?|associates?|counsel|lawyers?|attorneys?|solicitors?|law\s+firms?)"
    r"(?:\s+(?:at|with|of|from))?\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?:,\s+[A-Z][\w’'-]+)*\s+&\s+[A-Z][\w’'-]+"
    r"(?:\s+(?:LLP|LLC|Inc\.|Ltd\.?|GmbH|Attorneys))?)"
)


def find_law_firms(text: str, orgs: Orgs) -> None:
    """Firms named by their partners' names, "a partner at Spoor & Fisher": an "&" name right
    after a lawyer's function or "law firm"."""
    for m in _FIRM.finditer(text):
        s, e = m.span("name")
        if orgs.at(s) is None:
            orgs.add(m.group("name"), s, e, kind="law_firm")


def find_camel_orgs(text: str, orgs: Orgs) -> None:
    """One-word names written in camel case ("BusinessEurope", "DigitalEurope") are
    organisations when the text describes them as one ("X, the European business federation")
    or coordinates them with one ("the China Trademark Association (CTA) and X")."""
    for m in _CAMEL.finditer(text):
        word, start, end = m.group(1), m.start(1), m.end(1)
        if orgs.covered(start, end) or word.casefold() in COUNTRY_OF:
            continue
        apposition = re.match(r",\s+(?:the|a|an)\s+([^,.;()]{1,60})", text[end : end + 80])
        described = apposition is not None and any(
            w in ORG_DESCRIPTION_HEADS for w in apposition.group(1).split()[:5]
        )
        if described or _coordinated(text, start, end, orgs):
            orgs.add(word, start, end, kind="association" if described else None)


def _coordinated(text: str, start: int, end: int, orgs: Orgs) -> bool:
    """Whether a word is joined by "and" or a comma to an organisation's mention."""
    before = re.search(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$", text[max(0, start - 12) : start])
    if before:
        pos = start - len(before.group())
        if any(
            e == pos or re.fullmatch(r"\s*\([^()]{1,15}\)", text[e:pos])
            for _, e, _ in orgs.mentions
            if e <= pos
        ):
            return True
    after = re.match(r"(?:\s*,\s*|\s+and\s+)(?:the\s+)?", text[end:])
    return bool(after and orgs.at(end + after.end()))


def _item_is_org(orgs: Orgs, pos: int, item: str) -> bool:
    stripped = item.strip()
    if not stripped[:1].isupper() and not stripped.startswith("the "):
        return False
    lead = len(item) - len(item.lstrip())
    end = pos + lead + len(stripped)
    return any(
        pos <= s and e <= end + 1 and e - s >= len(stripped) * 0.5 for s, e, _ in orgs.mentions
    )


def described_org(orgs: Orgs, country_word: str) -> OrgEntry | None:
    """The counterpart "the IP authority of <country>": the country's named office when the
    text names one, else an entry for the description itself."""
    code = COUNTRY_OF.get(country_word.casefold())
    if code is None:
        return None
    named = office_of_country(orgs, code, country_word)
    if named is not None:
        return named
    country = COUNTRIES[code][0]
    return orgs.add(f"IP authority of {country}", country=code, described=True, kind="ip_office")
