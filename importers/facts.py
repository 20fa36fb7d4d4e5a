"""The facts one document states, before they are resolved to stored entities.

Extractors (`importers/en/`, `importers/zh/`) produce a `DocumentFacts`; the resolver
(`importers/resolve/`) turns it into rows in the store. Keeping this contract small and
free of database types lets extractors be tested on text alone.

Within one document an extractor already groups the mentions of one entity: "Intellectual
Property Office of Singapore (IPOS)" and a later "IPOS" are one `OrgFact` with both names.
Across documents, grouping is the resolver's job.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from store.text import lexicon

#: Kinds an agreement and an organisation can have (EXCHANGE.md), one list in words/kinds.txt.
AGREEMENT_KINDS = lexicon.words("kinds.txt", "agreement")
ORG_KINDS = lexicon.words("kinds.txt", "organisation")


@dataclass(frozen=True)
class Span:
    """Character offsets into the document text given to the extractor: text[start:end]."""

    start: int
    end: int


@dataclass
class OrgFact:
    key: str  # unique within the document, e.g. "o1"
    name: str  # fullest name the document gives (or the reference canonical name)
    aliases: list[str] = field(default_factory=list)  # other forms in this text, as written
    kind: str | None = None  # one of ORG_KINDS
    country: str | None = None  # ISO 3166 alpha-2
    ref: str | None = None  # id in the curated reference data, when matched
    spans: list[Span] = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class PersonFact:
    key: str  # unique within the document, e.g. "p1"
    name: str  # name as written (fullest form)
    aliases: list[str] = field(default_factory=list)
    ref: str | None = None
    spans: list[Span] = field(default_factory=list)
    confidence: float = 1.0


@dataclass
class RoleFact:
    person: str  # PersonFact.key
    org: str | None  # OrgFact.key; None when the text names no organisation
    title: str  # as written, without "then-" / "former"
    start: str | None = None  # ISO 8601 prefix
    end: str | None = None
    span: Span | None = None  # the sentence or phrase that states it
    confidence: float = 1.0


@dataclass
class AgreementFact:
    title: str  # the text's own wording
    kind: str  # one of AGREEMENT_KINDS
    date: str | None = None  # ISO 8601 prefix
    parties: list[str] = field(default_factory=list)  # OrgFact keys
    signatories: list[str] = field(default_factory=list)  # PersonFact keys
    witnesses: list[str] = field(default_factory=list)  # PersonFact keys
    place: str | None = None
    span: Span | None = None
    confidence: float = 1.0


@dataclass
class DocumentFacts:
    extractor: str  # e.g. "en/1", "zh/1": recorded on every mention
    orgs: list[OrgFact] = field(default_factory=list)
    people: list[PersonFact] = field(default_factory=list)
    roles: list[RoleFact] = field(default_factory=list)
    agreements: list[AgreementFact] = field(default_factory=list)


def one_role_per_title(
    roles: list[RoleFact], titles_of: Callable[[str], list[str]]
) -> list[RoleFact]:
    """Each role whose title is a run of titles ("Chief Executive and Comptroller-General",
    党组书记、局长) as one role per title, at the same organisation and from the same span:
    a person with two titles holds two posts, and the benchmark's annotators give them two
    roles. `titles_of` is the language's reading of a run (the title alone when it is one
    post). A title the person already holds there is not given twice."""
    out: list[RoleFact] = []
    seen: set[tuple[str, str | None, str]] = set()
    for r in roles:
        for title in titles_of(r.title):
            key = (r.person, r.org, title.casefold())
            if key not in seen:
                seen.add(key)
                out.append(r if title == r.title else replace(r, title=title))
    return out
