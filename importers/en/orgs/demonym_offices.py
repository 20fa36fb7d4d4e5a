"""A country's IP office named by the country's adjective: "the Slovak office".

A text about a meeting may call a counterpart "the Danish office" or "the Chilean patent
office" and give its post-holders as "the Danish office's Director General, NAME". The office
is that country's IP office: the one the text names, else the one the reference data knows
for the country. An acronym set off by commas right after it ("the Chilean office, INAPI,")
is that office's name. Only a lower-case "office" is read so: a capitalised one is a name of
its own ("the Danish Patent Office"), and "the X office of/for/in ..." is some other office.

Two other writings name the same office: the country's possessive before a generic IP office
("Chile's IP Office", capitalised or not: the possessive is no part of a name), and a
headline's, which drops the article ("Chilean patent office opens ..." at a line's start).
Both are also kept as the office's written names, so that a bare "IP Office" later in the text
finds its owner (bare_offices.py).
"""

from __future__ import annotations

import re

from importers.en.orgs.countries import office_of_country
from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs, merge
from importers.en.words import COUNTRY_OF
from importers.gazetteer import Reference
from importers.guarded import guarded

_FIELDS = r"(?:IP|intellectual property|industrial property|patent|trademark)"
#: Not some other office of the country's: "the Chilean office for ...".
_NOT_ANOTHER = r"(?![\w-])(?![ \t]+(?:of|for|in|at)\b)"
_OFFICE = re.compile(
    rf"\b[Tt]he[ \t]+(?P<country>[A-Z][a-z]+)[ \t]+(?:{_FIELDS}[ \t]+)?office{_NOT_ANOTHER}"
)
#: "Chile's IP Office", "Chile’s patent office", "the UK's Intellectual Property Office" (a
#: country written by its capitals).
_POSSESSED = guarded(
    r"\b(?P<country>(?:[A-Z][a-z]+[ \t]+){0,3}[A-Z][a-z]+|[A-Z]{2,3})['’]s[ \t]+"
    rf"(?i:{_FIELDS})[ \t]+(?i:office){_NOT_ANOTHER}"
)
#: "Chilean IP office ..." opening a line: a headline's, without its article.
_HEADLINE = re.compile(
    rf"^(?P<country>[A-Z][a-z]+)[ \t]+{_FIELDS}[ \t]+office{_NOT_ANOTHER}", re.MULTILINE
)

#: ", INAPI," right after the office: its acronym in apposition.
_APPOSED_ACRONYM = re.compile(r",[ \t]+([A-Z][A-Za-z]*[A-Z][A-Za-z]*)(?=[ \t]*[,.;)]|[ \t]+and\b)")


def find_demonym_offices(text: str, orgs: Orgs, reference: Reference) -> None:
    """Record "the <Demonym> office" as a mention of that country's IP office, and "Chile's
    IP Office" or a headline's "Chilean IP office" as one of its names."""
    for m in _POSSESSED.finditer(text):
        _written(text, m, orgs, reference, _country_start(m))
    for m in _HEADLINE.finditer(text):
        _written(text, m, orgs, reference, m.start())
    for m in _OFFICE.finditer(text):
        code = COUNTRY_OF.get(m.group("country").casefold())
        if code is None or orgs.covered(*m.span()):
            continue
        acronym = _APPOSED_ACRONYM.match(text, m.end())
        entry = _office(orgs, code, reference, acronym.group(1) if acronym else None)
        if entry is None:
            continue
        orgs.add_span(entry, m.start(), m.end())
        if acronym is not None and ACRONYM.fullmatch(acronym.group(1)):
            _name_by_acronym(orgs, entry, acronym.group(1), *acronym.span(1))


def _country_start(m: re.Match[str]) -> int:
    """Where the country before the possessive starts: its name may take several words
    ("South Korea's", "New Zealand's"), the longest the table knows; -1 for none."""
    words = list(re.finditer(r"\S+", m.group("country")))
    for w in words:
        if m.group("country")[w.start() :].casefold() in COUNTRY_OF:
            return m.start("country") + w.start()
    return -1


def _written(text: str, m: re.Match[str], orgs: Orgs, reference: Reference, start: int) -> None:
    """The country's office, named as written from `start` to the end of `m`."""
    code = COUNTRY_OF.get(text[start : m.end("country")].casefold()) if start >= 0 else None
    entry = _office(orgs, code, reference, None) if code is not None else None
    if entry is None:
        return
    # "the UK's Intellectual Property Office": the name after the possessive, read as a body
    # of its own, is this office
    for _, _, inner in orgs.between(start, m.end()):
        if inner is not entry and inner in orgs.entries and inner.ref is None:
            merge(orgs, entry, inner)
    orgs.add(re.sub(r"\s+", " ", text[start : m.end()]), start, m.end(), into=entry)


def _office(orgs: Orgs, code: str, reference: Reference, acronym: str | None) -> OrgEntry | None:
    """The country's IP office: the one the text names, else the reference's only one, else
    (when the text gives its acronym) a body named by that acronym."""
    named = office_of_country(orgs, code)
    if named is not None and named.kind == "ip_office":
        return named
    known = reference.national_offices(code)
    if len(known) == 1:
        return orgs.add(known[0].name, ref=known[0])
    if acronym is not None and ACRONYM.fullmatch(acronym):
        return orgs.add(acronym, kind="ip_office", country=code)
    return None


def _name_by_acronym(orgs: Orgs, entry: OrgEntry, acronym: str, start: int, end: int) -> None:
    """The apposed acronym is one of the office's names; a body the text found under it
    alone is the office."""
    other = orgs.lookup(acronym)
    if other is not None and other is not entry:
        if other.ref is not None and entry.ref is not None and other.ref.id != entry.ref.id:
            return  # the acronym is another known body's: not this office's name
        entry.ref, entry.country = entry.ref or other.ref, entry.country or other.country
        merge(orgs, entry, other)
    orgs.add(acronym, start, end, into=entry)
