"""What the tests of the Chinese extractor share: a small reference, and the facts as sets."""

from __future__ import annotations

from pathlib import Path

from importers import zh
from importers.facts import DocumentFacts
from importers.resolve.reference import parse

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures" / "zh"
SEED_001 = ROOT / "seeds" / "001_bbd4cb2640ab796e.txt"

# A small reference so that the fixtures test the patterns, not a large gazetteer.
SMALL_REF = parse(
    [
        {
            "id": "cnipa",
            "name": "China National Intellectual Property Administration",
            "kind": "ip_office",
            "country": "CN",
            "names": [
                {"text": "CNIPA", "kind": "acronym"},
                {"text": "国家知识产权局"},
                {"text": "中国国家知识产权局"},
            ],
        },
        {
            "id": "ipos",
            "name": "Intellectual Property Office of Singapore",
            "kind": "ip_office",
            "country": "SG",
            "names": [{"text": "IPOS", "kind": "acronym"}, {"text": "新加坡知识产权局"}],
        },
        {
            "id": "wipo",
            "name": "World Intellectual Property Organization",
            "kind": "igo",
            "names": [
                {"text": "WIPO", "kind": "acronym"},
                {"text": "世界知识产权组织"},
                {"text": "产权组织"},
            ],
        },
        {
            "id": "epo",
            "name": "European Patent Office",
            "kind": "ip_office",
            "names": [{"text": "EPO", "kind": "acronym"}, {"text": "欧洲专利局"}],
        },
    ],
    [{"id": "daren-tang", "name": "Daren Tang", "names": [{"text": "邓鸿森"}]}],
)


def run(
    text: str, date: str | None = None, reference=SMALL_REF, repaired: bool = False
) -> DocumentFacts:
    return zh.extract(text, date=date, reference=reference, repaired=repaired)


def org_names(facts: DocumentFacts) -> set[str]:
    return {n for o in facts.orgs for n in [o.name, *o.aliases]}


def people(facts: DocumentFacts) -> set[str]:
    return {p.name for p in facts.people}


def roles(facts: DocumentFacts) -> set[tuple[str, str, str]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs[r.org or ""]) for r in facts.roles}


def held_roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    """Roles as (person, title, organisation), None for a role held at no organisation."""
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def agreements(facts: DocumentFacts) -> list[tuple[str, str, str | None, set[str]]]:
    orgs = {o.key: o.name for o in facts.orgs}
    return [(a.title, a.kind, a.date, {orgs[k] for k in a.parties}) for a in facts.agreements]
