"""Bodies that only their country names apart, and counterparts named by their country.

Many countries have a "Ministry of Commerce" or a "National Institute of Industrial
Property": "Thailand's Ministry of Commerce" is the "Ministry of Commerce of Thailand", never
Jordan's. "IP Australia" is an office named by its country; "the IP authorities of France"
is France's office when the text names it, else a described counterpart that only an
agreement's party list may need.
"""

from __future__ import annotations

import re

from importers.en.orgs.chunks import GENERAL_HEADS
from importers.en.orgs.model import OrgEntry, Orgs, merge
from importers.en.places import country_in, country_name, possessive_before
from importers.en.subject import clear_country
from importers.en.word_patterns import STATE_FORM
from importers.en.words import (
    COUNTRIES,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_OF,
    COUNTRY_QUALIFIED_HEADS,
    DIPLOMATIC_HEADS,
    HEAD_LAST_ADJECTIVES,
    HEAD_LAST_HEADS,
    NATIONAL_GENERIC_HEADS,
    STATE_LONG_NAMES,
)
from importers.guarded import guarded
from store.text import fold
from store.text.occurrences import has_whole_word


def qualify_by_country(text: str, start: int, name: str, entry: OrgEntry, orgs: Orgs) -> None:
    """A generic body named with its country before it ("Thailand's Ministry of Commerce",
    "the Jordanian Ministry of ...", "the Philippine Embassy in Bangkok") is the "Ministry of
    Commerce of Thailand": the country stays part of the name, so that two countries'
    ministries of commerce are never one organisation."""
    words = name.split()
    poss = possessive_before(text, start)
    written = name
    if poss and COUNTRY_OF.get(poss.group(1).casefold()) and " under " in name:
        _under_parent(name, entry, orgs, COUNTRY_OF[poss.group(1).casefold()])
        return
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
        _bracketed_country(name, entry, orgs)
        return
    bare = _head_first(bare)
    if not _country_qualified(bare) or country_in(" ".join(bare)):
        return
    other = orgs.lookup(_canonical(bare, code))
    if other is not None and other is not entry:
        merge(orgs, other, entry)
        entry = other
    if written != name and name in entry.forms:
        entry.forms.remove(name)  # the bare "Ministry of Commerce" names no one body
    entry.add_form(written)
    orgs.by_name[fold(written)] = entry
    give_country(entry, orgs, bare, code)
    if span:
        orgs.add_span(entry, *span)


def _under_parent(name: str, entry: OrgEntry, orgs: Orgs, code: str) -> None:
    """ "Uzbekistan's Intellectual Property Agency under the Ministry of Justice": that
    country's agency, also named without its parent ("Intellectual Property Agency
    (Uzbekistan)") and with its parent's country ("... Ministry of Justice of Uzbekistan")."""
    if entry.country not in (None, code) or country_in(name):
        return
    entry.country = code
    body = name.split(" under ")[0].strip()
    country = COUNTRIES[code][0]
    for form in (f"{name} of {country}", f"{body} ({country})"):
        entry.add_form(form)
        orgs.by_name.setdefault(fold(form), entry)


def give_country(entry: OrgEntry, orgs: Orgs, bare: list[str], code: str) -> None:
    """Name a generic body by its country: "Ministry of Commerce of Thailand", also written
    "Ministry of Commerce (Thailand)" (the form reference data gives) and with the state's
    long form."""
    head, rest = _head_and_rest(bare)
    diplomatic = rest.startswith(("in ", "to ")) or not rest
    canonical = _canonical(bare, code)
    entry.add_form(canonical)
    if not diplomatic:
        bracketed = f"{head} {rest} ({COUNTRIES[code][0]})"
        entry.add_form(bracketed)
        orgs.by_name[fold(bracketed)] = entry
    entry.name = canonical
    entry.country = entry.country or code
    orgs.by_name[fold(canonical)] = entry
    long = STATE_LONG_NAMES.get(code)
    if long and not diplomatic:
        alias = f"{head} {rest} of the {long}"
        entry.add_form(alias)
        entry.name = canonical
        orgs.by_name.setdefault(fold(alias), entry)


def _canonical(bare: list[str], code: str) -> str:
    """ "Ministry of Commerce of Thailand", "Embassy of Japan in Beijing", "Consulate General
    of Japan in Osaka" (a head of two words)."""
    head, rest = _head_and_rest(bare)
    if rest.startswith(("in ", "to ")) or not rest:
        return f"{head} of {country_name(code)} {rest}".strip()
    return f"{head} {rest} of {country_name(code)}"


def qualify_by_document(text: str, orgs: Orgs) -> None:
    """A generic body named bare ("the Ministry of Industry") in a text clearly about one
    country is that country's: it gets the qualified names beside the one written."""
    code = clear_country(text, orgs)
    if code is None:
        return
    for entry in orgs.entries:
        if entry.country or entry.ref or not entry.spans or entry.described:
            continue
        bare = entry.name.split()
        if not _country_qualified(bare) or country_in(entry.name) or "(" in entry.name:
            continue
        if orgs.lookup(_canonical(bare, code)) in (None, entry):
            give_country(entry, orgs, bare, code)


def qualify_by_parent(text: str, orgs: Orgs) -> None:
    """A generic body named with the body it belongs to ("Department of Intellectual
    Property, Ministry of Industry and Commerce of Lao PDR", "the Patent Office under the
    Ministry of Economy of X") is that country's: one body, qualified by its parent's country."""
    for _s, e, entry in sorted(orgs.mentions, key=lambda m: m[:2]):
        if entry.country or entry.ref or entry.kind == "government":
            continue
        bare = entry.name.split()
        if not _country_qualified(bare) or country_in(entry.name):
            continue
        link = re.match(r"\s*,\s*(?:the\s+)?|\s+(?:of|under)\s+(?:the\s+)?", text[e:])
        parent = orgs.at(e + link.end()) if link else None
        if parent is None or parent[2] is entry or not parent[2].country:
            continue
        if not re.match(r"(?:Ministry|Government|Cabinet)\b", parent[2].name):
            continue
        other = orgs.lookup(_canonical(bare, parent[2].country))
        if other is not None and other is not entry:
            continue
        give_country(entry, orgs, bare, parent[2].country)


#: ", Japan" closing a name's mention: the country alone, then the end of the line, of a
#: sentence or of a bracket ("Ministry of Economy, Trade and Industry, Japan").
_TRAILING_COUNTRY = re.compile(
    r",[ \t]*(?:the[ \t]+)?([A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*){0,3})[ \t]*(?=$|\n|[.;:)\]])"
)


#: " Pakistan in", " Kenya.": a country glued after a name with no "of", the name ending there
_GLUED_COUNTRY = re.compile(
    r"[ \t]+([A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*){0,2})(?=[ \t]+[a-z]|[ \t]*(?:$|\n|[.,;:)\]]))"
)


def qualify_by_trailing_country(text: str, orgs: Orgs) -> None:
    """A generic body written with its country after a comma ("Ministry of Commerce,
    Thailand", as headlines and address lines write it) is that country's: the same body
    as "Ministry of Commerce of Thailand" where the text also writes that. So is a body of
    two words or more with its country glued after it and no "of" ("the Intellectual
    Property Office Kenya"), as some countries name their offices."""
    for _s, e, entry in sorted(orgs.mentions, key=lambda m: m[:2]):
        if entry not in orgs.entries or entry.country or entry.ref:
            continue
        if _glued_inside(entry, orgs):
            continue
        trailing = _TRAILING_COUNTRY.match(text, e)
        glued = None if trailing else _GLUED_COUNTRY.match(text, e)
        m = trailing or glued
        code = COUNTRY_OF.get(m.group(1).casefold()) if m else None
        bare = entry.name.split()
        if code is None or entry.kind == "government" or country_in(entry.name):
            continue
        if not (_country_qualified(bare) or glued is not None and len(bare) >= 2):
            continue
        if glued is not None:  # the name as written, the country glued to it
            entry.add_form(f"{entry.name} {glued.group(1)}")
        other = orgs.lookup(_canonical(bare, code))
        if other is not None and other is not entry:
            merge(orgs, other, entry)
            entry = other
        if " ".join(bare) in entry.forms:
            entry.forms.remove(" ".join(bare))  # the bare name names no one body
        give_country(entry, orgs, bare, code)


#: Kinds of body whose own name may end with a country (a company's local arm, a government)
_NOT_GLUED = frozenset({"company", "government", "law_firm"})


def _glued_inside(entry: OrgEntry, orgs: Orgs) -> bool:
    """'the Intellectual Property Office Kenya' read whole by another finder (a party of
    "between"): the name with its glued country is the country's body, as when the country
    follows the name's mention (`qualify_by_trailing_country`)."""
    words = entry.name.split()
    # the longest country first: "South Korea", "Republic of Korea" before "Korea"
    k = next((k for k in (3, 2, 1) if " ".join(words[-k:]).casefold() in COUNTRY_OF), 0)
    code, bare = COUNTRY_OF.get(" ".join(words[-k:]).casefold()) if k else None, words[:-k]
    if code is None or len(bare) < 2 or entry.kind in _NOT_GLUED:
        return False
    if not all(w[:1].isupper() or w in ("and", "&") for w in bare):
        return False  # "Bank of X", "WIPO Office in X": the country is the name's own
    if " ".join(bare) in entry.forms:
        entry.forms.remove(" ".join(bare))  # the bare name names no one body
    give_country(entry, orgs, bare, code)
    return True


#: The first words of a line and what follows them: a table row's first column.
_ROW_START = re.compile(r"[ \t]*\|?[ \t]*((?:[A-Z][\w’'.-]*[ \t]?){1,4})")


def _row_country(line: str) -> str | None:
    """The country a table row opens with, in a column of its own ("Lao PDR Ms. X, Director
    ...", "| Cambodia | ..."): the longest run of first words that is a country, followed by
    another capitalised cell, never by a lower-case verb."""
    m = _ROW_START.match(line)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words) - 1, 0, -1):
        code = COUNTRY_OF.get(" ".join(words[:k]).casefold())
        if code is not None:
            return code
    rest = line[m.end() :].lstrip()
    code = COUNTRY_OF.get(words[0].casefold()) if len(words) == 1 else None
    return code if code and rest.startswith("|") else None


def qualify_by_row(text: str, orgs: Orgs) -> None:
    """A generic body on a table row whose first column is a country ("Lao PDR | ...,
    Department of Intellectual Property, Ministry of ...") is that country's, when every row
    that names it is that country's."""
    codes: dict[str, set[str | None]] = {}
    by_key = {e.key: e for e in orgs.entries}
    rows = [_row_country(line) for line in text.split("\n")]
    if sum(1 for r in rows if r) < 2:
        return  # one line opening with a country is a sentence, not a table of countries
    pos = 0
    for line, code in zip(text.split("\n"), rows, strict=True):
        for _s, _e, entry in orgs.between(pos, pos + len(line)):
            codes.setdefault(entry.key, set()).add(code)
        pos += len(line) + 1
    for key, found in codes.items():
        body = by_key.get(key)
        if body is None or len(found) != 1 or None in found or body.country or body.ref:
            continue
        code = next(iter(found))
        bare = body.name.split()
        if body.kind == "government" or not _country_qualified(bare) or country_in(body.name):
            continue
        if code is not None and orgs.lookup(_canonical(bare, code)) in (None, body):
            give_country(body, orgs, bare, code)


#: "X of Cambodia", "X of the Kingdom of Cambodia": the state's long form is no part of X
_OF_COUNTRY = re.compile(
    rf"(.+?) of (?:the )?(?:{STATE_FORM})?"
    r"([A-Z][\w’'-]*(?: [A-Z][\w’'-]*)?)"
)


def _bracketed_country(name: str, entry: OrgEntry, orgs: Orgs) -> None:
    """ "Ministry of Commerce of Cambodia" is also written "Ministry of Commerce (Cambodia)",
    the form reference data and annotators give a country's generic body; and so is the
    "Ministry of Commerce of the Kingdom of Cambodia"."""
    m = _OF_COUNTRY.fullmatch(" ".join(name.split()))
    code = COUNTRY_OF.get(m.group(2).casefold()) if m else None
    if m is None or code is None or not _country_qualified(m.group(1).split()):
        return
    if country_in(m.group(1)):
        return
    bracketed = f"{m.group(1)} ({COUNTRIES[code][0]})"
    entry.add_form(bracketed)
    orgs.by_name.setdefault(fold(bracketed), entry)
    entry.country = entry.country or code


def other_countrys(text: str, start: int, name: str, orgs: Orgs) -> OrgEntry | None:
    """A new entry for "Chile's National Institute of ..." when "Brazil's National Institute
    of ..." is already known under the same bare name: another country's body."""
    known = orgs.lookup(name)
    poss = possessive_before(text, start)
    code = COUNTRY_OF.get(poss.group(1).casefold()) if poss else None
    if known is None or code is None or known.country in (None, code):
        return None
    fresh = OrgEntry(key=f"o{len(orgs.entries) + 1}", name=name)
    orgs.entries.append(fresh)
    return fresh


def _head_and_rest(bare: list[str]) -> tuple[str, str]:
    """A bare name's head and the words after it; a head may have two words ("Consulate
    General", "High Commission")."""
    n = 1
    if len(bare) >= 2 and (
        (bare[1] == "General" and bare[0].casefold() in GENERAL_HEADS)
        or " ".join(bare[:2]).casefold() in DIPLOMATIC_HEADS
    ):
        n = 2
    head, rest = " ".join(bare[:n]), " ".join(bare[n:])
    if head.casefold() in DIPLOMATIC_HEADS and re.fullmatch(r"[A-Z][a-z]+", rest):
        rest = f"in {rest}"  # "British Embassy Hanoi": the city the embassy sits in
    return head, rest


def _head_first(bare: list[str]) -> list[str]:
    """ "Science and Technology Ministry" after its country is the country's "Ministry of
    Science and Technology": one body whichever way round the writer put the head."""
    if len(bare) < 2 or bare[-1].casefold() not in HEAD_LAST_HEADS:
        return bare
    field = bare[:-1]
    if field[-1].casefold() in HEAD_LAST_ADJECTIVES or not all(
        w[:1].isupper() or w == "and" for w in field
    ):
        return bare
    return [bare[-1], "of", *field]


def _country_qualified(words: list[str]) -> bool:
    """A name that says which body only with its country: "Ministry of Commerce", "National
    Institute of Industrial Property" (many countries have one), a "High Commission"."""
    first = words[0].casefold()
    if first in COUNTRY_QUALIFIED_HEADS or " ".join(words[:2]).casefold() in DIPLOMATIC_HEADS:
        return True
    return first == "national" and len(words) > 2 and words[1].casefold() in NATIONAL_GENERIC_HEADS


def abbreviated_country(text: str, start: int, plain: str) -> tuple[str, str] | None:
    """'U.S. Department of State': (the name with its abbreviation, the name spelled out)."""
    m = re.search(r"(?<![\w.])(U\.S\.|U\.K\.)\s+$", text[max(0, start - 6) : start])
    if not m or plain.startswith(("United", "U.")):
        return None
    return f"{m.group(1)} {plain}", f"{COUNTRY_ABBREVIATIONS[m.group(1)]} {plain}"


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


_DESCRIBED = guarded(
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


def state_named_once(e: OrgEntry) -> bool:
    """A country's government the text names once ("talks with the Xland Government", "the
    Government of Xland welcomed"): unless a role or an agreement of the text needs it, it
    stands there for its country, as "Xland" would, and a country is no organisation of a
    text. In the read sets' blind exports such a government was a spurious body ten times in
    ten (six in seven in the same sets' exports by the code of 2026-12-07), where one that
    signs, employs or comes back in the text is one. A city's or a province's government (no
    country for its place) is a local body of its own."""
    return (
        e.kind == "government"
        and e.place is not None
        and e.place.casefold() in COUNTRY_OF
        and len(set(e.spans)) == 1
    )


def office_of_country(orgs: Orgs, code: str, word: str = "") -> OrgEntry | None:
    """The named non-government organisation of a country: its IP office, usually."""
    cands = []
    for e in orgs.entries:
        if e.kind == "government" or e.described:
            continue
        names = " ".join(e.forms)
        if e.country == code or any(has_whole_word(names, n) for n in COUNTRIES.get(code, ())):
            cands.append(e)
    if not cands:
        return None
    return max(cands, key=lambda e: (e.kind == "ip_office", orgs.count(e)))


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
