"""What the tests of the English extractor share: running it, and reading its facts as sets.

The fixtures under tests/fixtures/en/ are documents written for these tests; the other tests
run the extractor on sentences written for them, each showing one general pattern.
"""

from __future__ import annotations

from pathlib import Path

from importers import en
from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference

ROOT = Path(__file__).resolve().parents[3]
FIX = ROOT / "tests" / "fixtures" / "en"
_SHARED = ROOT.parent / "shared" / "benchmark"
SCORE = _SHARED if (_SHARED / "score.py").exists() else ROOT / "tests" / "benchmark"
GOLD = SCORE / "seeds_gold.json"


def extract(text: str, date: str | None = None) -> DocumentFacts:
    return en.extract(text, date=date, reference=load_reference())


def facts_of(name: str, date: str | None = None) -> DocumentFacts:
    """The facts of a fixture document."""
    return extract((FIX / name).read_text(encoding="utf-8"), date)


def facts_text(text: str, date: str | None = None) -> DocumentFacts:
    """The facts of a text written in the test."""
    return extract(text, date)


def org_names(f: DocumentFacts) -> dict[str, str]:
    return {o.key: o.name for o in f.orgs}


def all_names(f: DocumentFacts, key: str) -> set[str]:
    o = next(o for o in f.orgs if o.key == key)
    return {o.name, *o.aliases}


def org_set(f: DocumentFacts) -> set[str]:
    """Every name and alias of every organisation."""
    return {n for o in f.orgs for n in (o.name, *o.aliases)}


def people_names(f: DocumentFacts) -> set[str]:
    return {p.name for p in f.people}


def roles(f: DocumentFacts) -> set[tuple[str, str, str]]:
    """(person, title, organisation) of every role held at an organisation."""
    people = {p.key: p.name for p in f.people}
    orgs = org_names(f)
    return {(people[r.person], r.title, orgs[r.org]) for r in f.roles if r.org}


def parties(f: DocumentFacts, i: int) -> set[str]:
    orgs = org_names(f)
    return {orgs[k] for k in f.agreements[i].parties}


def agreements_of(f: DocumentFacts) -> list[tuple[str, str, str | None, frozenset[str]]]:
    """(title, kind, date, party names) of every agreement, in order."""
    names = org_names(f)
    return [(a.title, a.kind, a.date, frozenset(names[k] for k in a.parties)) for a in f.agreements]
