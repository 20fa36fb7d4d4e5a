"""A portfolio body named in full and, later in the same text, by the words before its comma
("the Department of Industry" after "the Department of Industry, Innovation and Science")
is one organisation; a body of another country, or a comma that lists no fields, is not."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from importers.facts import DocumentFacts, OrgFact, RoleFact
from importers.pipeline import import_paths
from importers.resolve.cut_names import fold_cut_names, head_before_list
from store.db import Database, open_database
from store.models import Name, Organisation


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'cut.db'}")
    yield database
    database.engine.dispose()


def _import(db: Database, tmp_path: Path, text: str) -> None:
    path = tmp_path / "news.txt"
    path.write_text(text, encoding="utf-8")
    assert not import_paths(db, [path], jobs=1).problems


def _organisations_named(db: Database, *names: str) -> set[int]:
    with db.session() as s:
        rows = s.exec(
            select(Name.entity_id).where(Name.entity_type == "organisation", Name.text.in_(names))  # type: ignore[attr-defined]
        ).all()
        return {
            org.merged_into or org.id
            for i in rows
            if (org := s.get(Organisation, i)) is not None and org.id is not None
        }


def test_a_department_cut_short_at_its_comma_is_the_same_department(
    db: Database, tmp_path: Path
) -> None:
    _import(
        db,
        tmp_path,
        "Canberra, 3 March 2020 - Ms Joan Whitfield, a First Assistant Secretary at the "
        "Department of Industry, Science, Energy and Resources, will lead IP Australia from "
        "June. Ms Whitfield spent six years at the Department of Industry, where she ran "
        "the manufacturing programmes.\n",
    )
    ids = _organisations_named(
        db, "Department of Industry, Science, Energy and Resources", "Department of Industry"
    )
    assert len(ids) == 1


def test_a_ministry_cut_short_in_another_wording_is_one_ministry(
    db: Database, tmp_path: Path
) -> None:
    _import(
        db,
        tmp_path,
        "Wellington, 9 May 2022 - The Ministry of Business, Innovation and Employment "
        "published new patent fees today. A spokesperson for the Ministry of Business said "
        "the fees would take effect in July.\n",
    )
    ids = _organisations_named(
        db, "Ministry of Business, Innovation and Employment", "Ministry of Business"
    )
    assert len(ids) == 1


def _facts(*orgs: OrgFact) -> DocumentFacts:
    roles = [RoleFact(person="p1", org=o.key, title="Director") for o in orgs]
    return DocumentFacts("en/1", list(orgs), [], roles, [])


def test_a_cut_name_of_another_country_stays_a_body_of_its_own() -> None:
    facts = _facts(
        OrgFact("o1", "Ministry of Economy, Trade and Industry", country="JP"),
        OrgFact("o2", "Ministry of Economy", country="UA"),
    )
    assert [o.key for o in fold_cut_names(facts).orgs] == ["o1", "o2"]


def test_the_cut_form_takes_its_roles_to_the_full_body() -> None:
    facts = fold_cut_names(
        _facts(
            OrgFact("o1", "Department of Health, Disability and Ageing", country="AU"),
            OrgFact(
                "o2",
                "Department of Health",
                aliases=["Department of Health (Australia)"],
                country="AU",
            ),
        )
    )
    assert [o.key for o in facts.orgs] == ["o1"]
    assert "Department of Health" in facts.orgs[0].aliases
    assert "Department of Health (Australia)" not in facts.orgs[0].aliases
    assert {r.org for r in facts.roles} == {"o1"}


def test_only_a_comma_that_lists_fields_cuts_a_name() -> None:
    assert head_before_list("Ministry of Trade, Industry and Energy") == "Ministry of Trade"
    assert head_before_list("Ministry of Trade, Cambodia") == ""
    assert head_before_list("Trade, Industry and Energy") == ""
    assert head_before_list("Intellectual Property Office of Singapore") == ""
