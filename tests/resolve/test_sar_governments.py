"""A short name of a SAR government (特區政府) is the government of the region the
document's other bodies belong to, and stays a name of its own when that is undecided; a body
named after it (特區政府知識產權署) is that region's body of the name. In English, the
region's full name before "Government" is as much the government's name as "Government of
the ... Region" is."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from importers.facts import DocumentFacts, OrgFact
from importers.resolve import resolve
from importers.resolve.reference import load_reference
from store.db import Database, open_database
from store.models import Document, Organisation
from tests.extract.en.helpers import facts_text

_DOCUMENTS = itertools.count()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    yield database
    database.engine.dispose()


def _ref_id_of_short_form(db: Database, orgs: list[OrgFact]) -> str | None:
    """The reference id of the organisation the short form (key "sar") resolved to."""
    with db.session() as s:
        number = next(_DOCUMENTS)
        doc = Document(path=f"d{number}.txt", sha256=str(number), text="x" * 100)
        s.add(doc)
        s.flush()
        assert doc.id is not None
        out = resolve(s, doc.id, DocumentFacts(extractor="zh/1", orgs=orgs), load_reference())
        s.commit()
        org = s.get(Organisation, out.orgs["sar"])
        assert org is not None
        return org.ref_id


def _short_form(name: str = "特區政府") -> OrgFact:
    return OrgFact("sar", name, kind="government")


def test_the_sar_government_of_a_text_about_hong_kong_bodies_is_hong_kongs(
    db: Database,
) -> None:
    hk_office = OrgFact("o1", "香港知識產權署", ref="hkipd")
    assert _ref_id_of_short_form(db, [hk_office, _short_form()]) == "hksar-government"


def test_the_sar_government_of_a_text_about_macao_bodies_is_macaos(db: Database) -> None:
    mo_office = OrgFact("o1", "Macao Economic Bureau", ref="mo-dsedt")
    assert _ref_id_of_short_form(db, [mo_office, _short_form("特区政府")]) == (
        "macao-sar-government"
    )


def test_the_sar_government_stays_unplaced_when_both_regions_are_named(db: Database) -> None:
    both = [OrgFact("o1", "HK office", ref="hkipd"), OrgFact("o2", "MO bureau", ref="mo-dsedt")]
    assert _ref_id_of_short_form(db, [*both, _short_form()]) is None


def test_the_sar_government_stays_unplaced_when_no_region_is_named(db: Database) -> None:
    other = OrgFact("o1", "Office of a far country", ref="epo")
    assert _ref_id_of_short_form(db, [other, _short_form()]) is None


def test_a_body_named_after_the_short_form_is_the_regions_body_of_that_name(
    db: Database,
) -> None:
    government = OrgFact("o1", "香港特區政府", ref="hksar-government")
    unit = OrgFact("sar", "特區政府知識產權署")
    assert _ref_id_of_short_form(db, [government, unit]) == "hkipd"


def test_a_body_after_the_short_form_stays_its_own_when_no_region_is_named(
    db: Database,
) -> None:
    other = OrgFact("o1", "Office of a far country", ref="epo")
    assert _ref_id_of_short_form(db, [other, OrgFact("sar", "特区政府知识产权署")]) is None


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("Hong Kong Special Administrative Region Government", "hksar-government"),
        ("Macao Special Administrative Region Government", "macao-sar-government"),
        ("Macau Special Administrative Region Government", "macao-sar-government"),
    ],
)
def test_the_regions_full_name_before_government_is_that_government(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_a_bracketed_acronym_inside_the_governments_name_leaves_it_that_government() -> None:
    f = facts_text(
        "Hong Kong, 2 March 2026. The Hong Kong Special Administrative Region (HKSAR) "
        "Government and the Macao SAR Government agreed to share design registers. The "
        "HKSAR Government will open its register first.\n"
    )
    hk = [o for o in f.orgs if o.ref == "hksar-government"]
    assert len(hk) == 1
    assert all("Hong Kong Special" not in o.name for o in f.orgs if o.ref is None)
