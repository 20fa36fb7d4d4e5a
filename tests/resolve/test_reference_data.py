"""The curated reference data (importers/resolve/reference_data/): well-formed and unambiguous."""

from __future__ import annotations

import json
import re

import pytest

from importers.facts import ORG_KINDS
from importers.resolve.reference import DATA_DIR, Reference, load_reference
from store.text import fold

NAME_KINDS = {"alias", "acronym", "previous", "transliteration"}
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
# Names that would match many offices: never a reference name.
AMBIGUOUS = {
    "Intellectual Property Office",
    "IP Office",
    "Patent Office",
    "Trademark Office",
    "IPO",
    "专利局",
    "知识产权局",
    "商标局",
    "Ministry of Commerce",
    "Ministry of Justice",
    "Ministry of Foreign Affairs",
    "INPI",
    "INAPI",
    "NIPO",
    "DIP",
    "IPD",
}


@pytest.fixture(scope="module")
def ref() -> Reference:
    load_reference.cache_clear()
    return load_reference()


@pytest.fixture(scope="module")
def raw() -> dict[str, dict]:
    """Each file's parsed JSON, by file name."""
    return {
        p.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(DATA_DIR.glob("*.json"))
    }


def _orgs(raw: dict[str, dict]) -> list[dict]:
    return [o for data in raw.values() for o in data.get("organisations", [])]


def _people(raw: dict[str, dict]) -> list[dict]:
    return [p for data in raw.values() for p in data.get("people", [])]


def test_the_three_files_exist_and_parse(raw, ref):
    assert {"organisations.json", "people.json", "governments.json"} <= set(raw)
    assert len(ref.orgs) == len(_orgs(raw)) >= 150
    assert len(ref.people) == len(_people(raw)) >= 40


def test_ids_are_unique(raw):
    ids = [o["id"] for o in _orgs(raw)] + [p["id"] for p in _people(raw)]
    dupes = {i for i in ids if ids.count(i) > 1}
    assert not dupes


def test_parents_and_role_organisations_exist(ref):
    for org in ref.orgs.values():
        assert org.parent is None or org.parent in ref.orgs, (org.id, org.parent)
        assert org.parent != org.id
    for person in ref.people.values():
        assert person.roles, person.id
        for role in person.roles:
            assert role.organisation in ref.orgs, (person.id, role.organisation)
            assert role.title.strip()


def test_parent_chains_have_no_cycles(ref):
    for org in ref.orgs.values():
        seen, cur = set(), org
        while cur.parent:
            assert cur.id not in seen, org.id
            seen.add(cur.id)
            cur = ref.orgs[cur.parent]


def test_every_entry_has_a_source_url(ref):
    for entry in [*ref.orgs.values(), *ref.people.values()]:
        assert entry.sources, entry.id
        for url in entry.sources:
            assert url.startswith(("https://", "http://")), (entry.id, url)


def test_fields_are_well_formed(ref):
    for org in ref.orgs.values():
        assert org.kind in ORG_KINDS, (org.id, org.kind)
        assert org.country is None or COUNTRY.match(org.country), (org.id, org.country)
        assert org.st3 is None or COUNTRY.match(org.st3), (org.id, org.st3)
        assert org.name.strip() == org.name and org.name
    for entry in [*ref.orgs.values(), *ref.people.values()]:
        for name in entry.names:
            assert name.kind in NAME_KINDS, (entry.id, name)
            assert name.text.strip() == name.text and fold(name.text), (entry.id, name)
            assert name.lang, (entry.id, name.text)


def _check_span(what, start, end):
    for d in (start, end):
        assert d is None or ISO_DATE.match(d), (what, d)
    if start and end:
        n = min(len(start), len(end))
        assert start[:n] <= end[:n], (what, start, end)


def test_dates_are_iso_prefixes_in_order(ref):
    for entry in [*ref.orgs.values(), *ref.people.values()]:
        for name in entry.names:
            _check_span((entry.id, name.text), name.valid_from, name.valid_to)
    for person in ref.people.values():
        for role in person.roles:
            _check_span((person.id, role.title, role.organisation), role.start, role.end)


def test_no_folded_name_belongs_to_two_entries(ref):
    for index in (ref._org_by_name, ref._person_by_name):
        shared = {key: ids for key, ids in index.items() if len(ids) > 1}
        assert not shared


def test_each_name_is_listed_once_per_entry(ref):
    for entry in [*ref.orgs.values(), *ref.people.values()]:
        texts = entry.all_names()
        assert len(texts) == len(set(texts)), entry.id


def test_no_generic_name_is_listed(ref):
    generic = {fold(a) for a in AMBIGUOUS}
    for name, org in ref.org_names():
        assert fold(name) not in generic, (org.id, name)


def test_national_offices_carry_their_country_code(ref):
    offices = [o for o in ref.orgs.values() if o.kind == "ip_office" and o.country and o.st3]
    assert len(offices) >= 80
    for o in offices:
        assert o.st3 == o.country, o.id


def test_known_links(ref):
    cnipa = ref.orgs["cnipa"]
    assert ref.org_named("SIPO") is cnipa
    assert ref.org_named("国家知识产权局") is cnipa
    assert ref.org_named("CNIPA") is cnipa
    assert ref.org_named("产权组织") is ref.orgs["wipo"]
    assert ref.org_named("World Intellectual Property Organization") is ref.orgs["wipo"]
    assert ref.org_named("OHIM") is ref.orgs["euipo"]
    assert ref.org_named("欧盟知识产权局") is ref.orgs["euipo"]
    assert ref.org_named("the European Patent Office") is ref.orgs["epo"]
    assert ref.org_named("UK IPO") is ref.orgs["ukipo"]
    assert ref.org_named("KIPO") is ref.orgs["kipo"]
    assert ref.org_named("广东省人民政府") is ref.orgs["guangdong-government"]
    assert (
        ref.org_named("Shanghai Municipal People's Government") is ref.orgs["shanghai-government"]
    )
    assert ref.org_named("上海市知识产权局") is ref.orgs["shanghai-ipo"]
    assert ref.org_named("贸促会") is ref.orgs["ccpit"]
    assert ref.org_named("IPOS International").parent == "ipos"
    assert ref.person_named("邓鸿森") is ref.people["daren-tang"]
    assert ref.person_named("Daren Tang Heng Shim") is ref.people["daren-tang"]
    assert ref.person_named("申长雨") is ref.people["shen-changyu"]
    assert ref.person_named("Antonio Campinos") is ref.people["antonio-campinos"]


def test_arab_and_egyptian_bodies_are_known_by_their_chinese_names(ref):
    assert ref.org_named("阿盟") is ref.orgs["las"]
    assert ref.org_named("Arab League") is ref.orgs["las"]
    assert ref.org_named("埃及知识产权局") is ref.orgs["eg-ipa"]
    assert ref.org_named("Egyptian Authority for Intellectual Property") is ref.orgs["eg-ipa"]
    assert ref.org_named("阿曼商业、工业和投资促进部") is ref.orgs["om-mocipp"]


def test_ambiguous_names_resolve_to_nothing(ref):
    for name in ("Intellectual Property Office", "IPO", "INPI", "专利局", "知识产权局"):
        assert ref.org_named(name) is None, name


def test_daren_tang_roles_are_in_order(ref):
    roles = ref.people["daren-tang"].roles
    wipo = [r for r in roles if r.organisation == "wipo"]
    ipos = [r for r in roles if r.organisation == "ipos"]
    assert wipo and ipos
    assert max(r.end for r in ipos if r.end) < wipo[0].start
