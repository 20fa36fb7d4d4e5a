"""What the extractors may know before they read a document: the gazetteer.

A contract between the stages, like `facts.py`: the resolver loads the curated reference data
(`importers/resolve/reference.py`) into these types and the pipeline hands them to the
extractors, which look for the names (and prime jieba with them) without depending on how or
where the data is kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from store.text import fold


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

    def org_names(self) -> list[tuple[str, RefOrg]]:
        """Every (name, organisation) pair: the gazetteer extractors search for."""
        return [(n, o) for o in self.orgs.values() for n in o.all_names()]

    def person_names(self) -> list[tuple[str, RefPerson]]:
        return [(n, p) for p in self.people.values() for n in p.all_names()]
