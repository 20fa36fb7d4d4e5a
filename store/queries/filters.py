"""What a user typed in the filter bar (or on the command line), as one value every pane and
`ipx stats` apply the same way.

A filter is free text, as the filter bar has always matched it (every word, folded, in any
order), plus fields:

    year:2017   year:2017..2019   year:..2019   year:2017..
    kind:mou    kind:"work plan"  kind:ip_office  kind:mou,pph
    party:CNIPA party:"Intellectual Property Office of Singapore"  party:国家知识产权局
    country:SG  country:sg,my     country:Singapore

Field names are case-insensitive; a value may be quoted ("..." or '...') to hold spaces;
kinds and countries may list several choices separated by commas (a party's name may hold a
comma, so a party is always one value). Kinds and countries are alternatives
(an agreement has one kind: `kind:mou kind:pph` means either); parties all have to take
part (`party:CNIPA party:IPOS` is what those two signed together); two year ranges narrow
each other. Kinds are agreement kinds and organisation kinds at once, so that one filter
serves every pane: the Agreements pane reads `kind:ip_office` as "with an IP office among the
parties", the Organisations pane reads `kind:mou` as "party to an MoU".

Parsing needs no database: a value is checked against the codes it can take (kinds, ISO
country codes) so a typo is reported at once, in one line, as `FilterError`. Parties are kept
as typed and matched against the names in the store when the filter is applied
(store.queries.stats).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from store.text import fold, lexicon
from store.views.labels import AGREEMENT_KIND, agreement_kind

__all__ = [
    "AGREEMENT_KINDS",
    "FIELDS",
    "ORG_KINDS",
    "Filter",
    "FilterError",
    "parse_filter",
    "year_of",
]

#: the fields a filter knows, in the order describe() names them
FIELDS = ("year", "kind", "party", "country")

#: the kinds the data model stores (EXCHANGE.md), one list for the writers and the filters
AGREEMENT_KINDS = lexicon.wordset("kinds.txt", "agreement")
ORG_KINDS = lexicon.wordset("kinds.txt", "organisation")

#: years a date in the store can plausibly have; anything else is a typo
_YEARS = range(1800, 2201)


class FilterError(ValueError):
    """A filter names an unknown field or gives a field a value it cannot take; the message
    is one line, quoting the offending part."""


@dataclass(frozen=True)
class Filter:
    """A parsed filter. The empty filter (`Filter()`) lets everything through."""

    text: str = ""  # free text: every word must occur (folded) in what a row shows
    year_from: int | None = None
    year_to: int | None = None
    kinds: frozenset[str] = field(default_factory=frozenset)  # agreement and organisation kinds
    parties: tuple[str, ...] = ()  # names, acronyms or ids (o12) as typed
    countries: frozenset[str] = field(default_factory=frozenset)  # ISO codes, upper case

    @property
    def active(self) -> bool:
        """Whether the filter holds anything back."""
        return bool(
            self.text.strip()
            or self.year_from is not None
            or self.year_to is not None
            or self.kinds
            or self.parties
            or self.countries
        )

    @property
    def words(self) -> list[str]:
        """The free text as the filter bar compares it: each word folded on its own."""
        return [w for w in (fold(word) for word in self.text.split()) if w]

    @property
    def agreement_kinds(self) -> frozenset[str]:
        """The kinds that are agreement kinds (`programme` and `other` are both kinds)."""
        return self.kinds & AGREEMENT_KINDS

    @property
    def org_kinds(self) -> frozenset[str]:
        """The kinds that are organisation kinds."""
        return self.kinds & ORG_KINDS

    def in_years(self, date: str | None) -> bool:
        """Whether a stored date (an ISO prefix) lies in the year range; with a range set, an
        undated row does not."""
        if self.year_from is None and self.year_to is None:
            return True
        year = year_of(date)
        if year is None:
            return False
        return (self.year_from is None or year >= self.year_from) and (
            self.year_to is None or year <= self.year_to
        )

    def describe(self) -> str:
        """The filter in words, as the filter bar shows it while active; "" when inactive:
        'year 2017–2019 · kind MoU, PPH · party CNIPA · country SG · "cooperation"'."""
        parts = []
        years = _describe_years(self.year_from, self.year_to)
        if years:
            parts.append(f"year {years}")
        if self.kinds:
            parts.append("kind " + ", ".join(_kind_label(k) for k in sorted(self.kinds)))
        if self.parties:
            parts.append("party " + " + ".join(self.parties))
        if self.countries:
            parts.append("country " + ", ".join(sorted(self.countries)))
        if self.text.strip():
            parts.append(f'"{" ".join(self.text.split())}"')
        return " · ".join(parts)


def year_of(date: str | None) -> int | None:
    """The year of a stored date ('2017-02' -> 2017), None when undated."""
    if date and len(date) >= 4 and date[:4].isdigit():
        return int(date[:4])
    return None


def _describe_years(start: int | None, end: int | None) -> str:
    if start is not None and end is not None:
        return str(start) if start == end else f"{start}–{end}"
    if start is not None:
        return f"from {start}"
    if end is not None:
        return f"until {end}"
    return ""


def _kind_label(kind: str) -> str:
    return agreement_kind(kind) if kind in AGREEMENT_KINDS else kind.replace("_", " ")


# ------------------------------------------------------------------ parsing

#: a token: a field with a (maybe quoted) value, a quoted phrase, or a word. A quote left
#: open (the user is still typing) runs to the end.
_TOKEN = re.compile(
    r"""(?P<field>[A-Za-z]+):(?P<value>(?:"[^"]*"?|'[^']*'?|[^\s"']+)*)"""
    r"""|(?P<phrase>"[^"]*"?|'[^']*'?)"""
    r"""|(?P<word>\S+)"""
)


_PIECE = re.compile(r""""([^"]*)"?|'([^']*)'?|([^,"']+)|(,)""")


def _unquote(value: str) -> str:
    """A value without its quotes: '"work plan"' -> 'work plan'."""
    return "".join(m.group(m.lastindex or 0) for m in _PIECE.finditer(value)).strip()


def _choices(name: str, value: str) -> list[str]:
    """The comma-separated choices of VALUE (a comma inside quotes is part of a choice)."""
    choices, current = [], ""
    for m in _PIECE.finditer(value):
        if m.lastindex == 4:  # a comma outside quotes
            choices.append(current.strip())
            current = ""
        else:
            current += m.group(m.lastindex or 0)
    choices = [c for c in (*choices, current.strip()) if c]
    if not choices:
        raise FilterError(f"{name}: needs a value (e.g. {_EXAMPLE[name]})")
    return choices


_EXAMPLE = {
    "year": "year:2017 or year:2017..2019",
    "kind": "kind:mou or kind:ip_office",
    "party": "party:CNIPA",
    "country": "country:SG",
}


def _year(raw: str, whole: str) -> int:
    if not re.fullmatch(r"\d{4}", raw) or int(raw) not in _YEARS:
        raise FilterError(f"year:{whole}: {raw!r} is not a year (e.g. year:2017..2019)")
    return int(raw)


def _years(value: str) -> tuple[int | None, int | None]:
    """'2017' -> (2017, 2017); '2017..2019'; '..2019'; '2017..' (also '2017-2019')."""
    raw = value.strip()
    if not raw:
        raise FilterError(f"year: needs a value (e.g. {_EXAMPLE['year']})")
    sep = re.fullmatch(r"(\d*)\s*(?:\.\.|–|-)\s*(\d*)", raw)
    if sep is None:
        year = _year(raw, raw)
        return year, year
    lo, hi = sep.group(1), sep.group(2)
    if not lo and not hi:
        raise FilterError(f"year:{raw}: give a first or a last year (e.g. year:2017..2019)")
    start = _year(lo, raw) if lo else None
    end = _year(hi, raw) if hi else None
    if start is not None and end is not None and start > end:
        raise FilterError(f"year:{raw}: {start} is after {end}")
    return start, end


@cache
def _kind_words() -> dict[str, str]:
    """What a user may type for a kind -> its code: the code, its label ('work plan', 'LoI'),
    with spaces, hyphens or underscores."""
    out: dict[str, str] = {}
    for code in AGREEMENT_KINDS | ORG_KINDS:
        out[fold(code)] = code
    for code, label in AGREEMENT_KIND.items():
        out.setdefault(fold(label), code)
    return out


def _kind(value: str) -> str:
    code = _kind_words().get(fold(value))
    if code is None:
        known = ", ".join(sorted(AGREEMENT_KINDS | ORG_KINDS))
        raise FilterError(f"kind:{value}: not a kind (one of {known})")
    return code


@cache
def _country_words() -> dict[str, str]:
    """ISO codes and English and Chinese country names (folded) -> ISO code."""
    out: dict[str, str] = {}
    for row in lexicon.table("countries.tsv"):
        code = row["code"].upper()
        out[fold(code)] = code
        for name in (*row["en"], *row["zh"]):
            out.setdefault(fold(name), code)
    return out


def _country(value: str) -> str:
    code = _country_words().get(fold(value))
    if code is None:
        raise FilterError(f"country:{value}: not a country code or name (e.g. country:SG)")
    return code


def _narrow(
    current: tuple[int | None, int | None], new: tuple[int | None, int | None]
) -> tuple[int | None, int | None]:
    starts = [y for y in (current[0], new[0]) if y is not None]
    ends = [y for y in (current[1], new[1]) if y is not None]
    return (max(starts) if starts else None, min(ends) if ends else None)


def parse_filter(text: str) -> Filter:
    """TEXT as typed in the filter bar -> a Filter; FilterError (one line) for an unknown
    field or a value the field cannot take."""
    words: list[str] = []
    years: tuple[int | None, int | None] = (None, None)
    kinds: set[str] = set()
    parties: list[str] = []
    countries: set[str] = set()
    for m in _TOKEN.finditer(text or ""):
        if m.group("word") is not None:
            words.append(m.group("word"))
            continue
        if m.group("phrase") is not None:
            phrase = _unquote(m.group("phrase"))
            if phrase:
                words.append(phrase)
            continue
        name = m.group("field").lower()
        value = m.group("value")
        if name not in FIELDS:
            known = ", ".join(f + ":" for f in FIELDS)
            raise FilterError(f"{m.group('field')}: unknown filter field (fields: {known})")
        if name == "year":
            years = _narrow(years, _years(_unquote(value)))
        elif name == "kind":
            kinds.update(_kind(v) for v in _choices(name, value))
        elif name == "country":
            countries.update(_country(v) for v in _choices(name, value))
        else:
            value = _unquote(value)
            if not value:
                raise FilterError(f"party: needs a value (e.g. {_EXAMPLE['party']})")
            if value not in parties:
                parties.append(value)
    return Filter(
        text=" ".join(words),
        year_from=years[0],
        year_to=years[1],
        kinds=frozenset(kinds),
        parties=tuple(parties),
        countries=frozenset(countries),
    )
