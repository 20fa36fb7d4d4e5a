"""Curated reference data: IP offices, intergovernmental bodies and well-known officials.

The data lives in JSON files beside this module (`reference/*.json`), each entry with the
sources it was taken from; see `reference/README.md`. Extractors use it as a gazetteer
(names to look for, jieba words to add) and the resolver uses it to link names that no rule
can link (邓鸿森 = Daren Tang; SIPO = CNIPA).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from store.text import fold

DATA_DIR = Path(__file__).with_name("reference_data")


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


def _names(raw: list[dict]) -> tuple[RefName, ...]:
    return tuple(
        RefName(
            text=n["text"],
            kind=n.get("kind", "alias"),
            lang=n.get("lang"),
            valid_from=n.get("from"),
            valid_to=n.get("to"),
        )
        for n in raw
    )


def parse(orgs_raw: list[dict], people_raw: list[dict]) -> Reference:
    ref = Reference()
    for o in orgs_raw:
        org = RefOrg(
            id=o["id"],
            name=o["name"],
            kind=o.get("kind"),
            country=o.get("country"),
            st3=o.get("st3"),
            parent=o.get("parent"),
            names=_names(o.get("names", [])),
            sources=tuple(o.get("sources", [])),
        )
        ref.orgs[org.id] = org
        for n in org.all_names():
            ids = ref._org_by_name.setdefault(fold(n), [])
            if org.id not in ids:
                ids.append(org.id)
    for p in people_raw:
        person = RefPerson(
            id=p["id"],
            name=p["name"],
            family=p.get("family"),
            given=p.get("given"),
            names=_names(p.get("names", [])),
            roles=tuple(
                RefRole(r["title"], r["organisation"], r.get("start"), r.get("end"))
                for r in p.get("roles", [])
            ),
            sources=tuple(p.get("sources", [])),
        )
        ref.people[person.id] = person
        for n in person.all_names():
            ids = ref._person_by_name.setdefault(fold(n), [])
            if person.id not in ids:
                ids.append(person.id)
    return ref


@cache
def load_reference(data_dir: Path = DATA_DIR) -> Reference:
    """Every reference file in `data_dir`: organisations*.json and people*.json."""
    orgs: list[dict] = []
    people: list[dict] = []
    for path in sorted(data_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        orgs.extend(data.get("organisations", []))
        people.extend(data.get("people", []))
    return parse(orgs, people)
