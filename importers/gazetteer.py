"""What the extractors may know before they read a document: the gazetteer, and how to find it.

A contract between the stages, like `facts.py`: the resolver loads the curated reference data
(`importers/resolve/reference.py`) into these types and the pipeline hands them to the
extractors, which look for the names (and prime jieba with them) without depending on how or
where the data is kept. `name_pattern` is the one way a list of known names becomes a regex,
so that both extractors find a name by the same rules (longest first, whole names only);
`name_finder` finds the same matches of a long list faster.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from store.text import fold

Edges = Literal["word", "latin"]

#: Ids of entries the knowledge base learned from stored documents (importers/resolve/
#: judged.py), not from the curated reference data.
LEARNED_PREFIX = "kb:"


@dataclass(frozen=True)
class RefName:
    text: str
    kind: str = "alias"  # primary, alias, acronym, previous, transliteration
    lang: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None


@dataclass(frozen=True)
class RefRole:
    title: str
    organisation: str  # RefOrg.id
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True)
class RefOrg:
    id: str
    name: str
    kind: str | None = None
    country: str | None = None
    st3: str | None = None
    parent: str | None = None
    names: tuple[RefName, ...] = ()
    sources: tuple[str, ...] = ()

    def all_names(self) -> list[str]:
        return [self.name, *(n.text for n in self.names)]

    @property
    def learned(self) -> bool:
        """Whether the knowledge base learned this name from stored documents: it may help
        find the name, but is no evidence of how the text around it is built (it anchors no
        unit or branch, so what is found anyway is found the same with or without it)."""
        return self.id.startswith(LEARNED_PREFIX)


@dataclass(frozen=True)
class RefPerson:
    id: str
    name: str
    family: str | None = None
    given: str | None = None
    names: tuple[RefName, ...] = ()
    roles: tuple[RefRole, ...] = ()
    sources: tuple[str, ...] = ()

    def all_names(self) -> list[str]:
        return [self.name, *(n.text for n in self.names)]


@dataclass
class Reference:
    orgs: dict[str, RefOrg] = field(default_factory=dict)
    people: dict[str, RefPerson] = field(default_factory=dict)
    _org_by_name: dict[str, list[str]] = field(default_factory=dict)
    _person_by_name: dict[str, list[str]] = field(default_factory=dict)

    def org_named(self, name: str) -> RefOrg | None:
        """The one reference organisation with this name (folded), or None if none or ambiguous."""
        ids = self._org_by_name.get(fold(name), [])
        return self.orgs[ids[0]] if len(ids) == 1 else None

    def person_named(self, name: str) -> RefPerson | None:
        ids = self._person_by_name.get(fold(name), [])
        return self.people[ids[0]] if len(ids) == 1 else None

    def national_offices(self, code: str) -> list[RefOrg]:
        """The IP offices of one country (ISO code): "the Danish office" may name only one."""
        return [o for o in self.orgs.values() if o.kind == "ip_office" and o.country == code]

    def org_names(self) -> list[tuple[str, RefOrg]]:
        """Every (name, organisation) pair: the gazetteer extractors search for."""
        return [(n, o) for o in self.orgs.values() for n in o.all_names()]

    def person_names(self) -> list[tuple[str, RefPerson]]:
        return [(n, p) for p in self.people.values() for n in p.all_names()]


def name_pattern(
    names: Iterable[str],
    *,
    edges: Edges = "word",
    loose_spaces: bool = False,
    ignore_case: bool = False,
) -> re.Pattern[str] | None:
    """One regex that finds any of `names` as written (case-sensitive unless `ignore_case`),
    or None for no names.

    Longer names are tried first, so that "European Patent Office" wins over "European Patent".
    `edges` says where a name may start and end:

    - ``"word"`` (English text): not inside a word, nor right after a hyphen ("EPO" is not
      found in "EPOS" or "pre-EPO");
    - ``"latin"`` (Chinese text, where names touch Han characters without a space): only an
      end that is a Latin letter or digit must not run on into another one; a Han end needs
      no boundary.

    With `loose_spaces`, a space inside a name may be missing or be any one white-space
    character in the text (Chinese text writes "WIPO 中国办事处" and "WIPO中国办事处").
    The patterns are compiled once per list of names: a list of every reference name takes
    a while to compile.
    """
    return _compiled(frozenset(names), edges, loose_spaces, ignore_case)


class NameFinder:
    """The matches `name_pattern`'s regex finds, in the same order. One alternation of
    thousands of names tries every one of them at each position of a text; split by the
    name's first character, only the names that can start at a position are tried there
    (the reference's names took a tenth of the time of reading a Chinese text)."""

    def __init__(self, firsts: list[str], edged: list[str]) -> None:
        groups: dict[str, list[str]] = defaultdict(list)
        for first, body in zip(firsts, edged, strict=True):
            groups[first].append(body)  # (longest first within each group)
        self._by_first = {c: re.compile("|".join(b)) for c, b in groups.items()}
        self._starts = re.compile("[" + "".join(re.escape(c) for c in groups) + "]")

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        search, by_first, pos = self._starts.search, self._by_first, 0
        while (hit := search(text, pos)) is not None:
            start = hit.start()
            m = by_first[text[start]].match(text, start)
            if m is None:
                pos = start + 1
            else:
                yield m
                pos = m.end()


def name_finder(
    names: Iterable[str], *, edges: Edges = "word", loose_spaces: bool = False
) -> NameFinder | None:
    """What `name_pattern` finds (case-sensitive), for long lists; None for no names."""
    return _finder(frozenset(n for n in names if n.strip()), edges, loose_spaces)


@lru_cache(maxsize=8)
def _finder(names: frozenset[str], edges: Edges, loose_spaces: bool) -> NameFinder | None:
    if not names:
        return None
    ordered = longest_first(names)
    bodies = [_body(n, loose_spaces) for n in ordered]
    if edges == "word":
        edged = [r"(?<![\w-])(?:" + b + r")(?![\w])" for b in bodies]
    else:
        edged = [_latin_edges(n, b) for n, b in zip(ordered, bodies, strict=True)]
    firsts = [n.split()[0][0] if loose_spaces else n[0] for n in ordered]
    return NameFinder(firsts, edged)


@lru_cache(maxsize=32)
def _compiled(
    names: frozenset[str], edges: Edges, loose_spaces: bool, ignore_case: bool
) -> re.Pattern[str] | None:
    if not names:
        return None
    ordered = longest_first(names)
    bodies = [_body(n, loose_spaces) for n in ordered]
    flags = re.IGNORECASE if ignore_case else 0
    if edges == "word":
        return re.compile(r"(?<![\w-])(?:" + "|".join(bodies) + r")(?![\w])", flags)
    edged = (_latin_edges(n, b) for n, b in zip(ordered, bodies, strict=True))
    return re.compile("|".join(edged), flags)


def longest_first(words: Iterable[str]) -> list[str]:
    """Alternations must try longer words first (副局长 before 局长); ties in a fixed order."""
    return sorted(set(words), key=lambda w: (-len(w), w))


def alternation(words: Iterable[str]) -> str:
    """The regex body that matches any of `words` literally, longest first."""
    return "|".join(re.escape(w) for w in longest_first(words))


def _body(name: str, loose_spaces: bool) -> str:
    if loose_spaces:
        return r"\s?".join(re.escape(w) for w in name.split())
    return re.escape(name)


def _latin_edges(name: str, body: str) -> str:
    if re.search(r"[A-Za-z0-9]$", name):
        body += r"(?![A-Za-z0-9])"
    if re.match(r"[A-Za-z0-9]", name):
        body = r"(?<![A-Za-z0-9])" + body
    return body
