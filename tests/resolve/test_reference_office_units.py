"""The Philippine office under the names Taiwan and Hong Kong write for it, and CNIPA's
research centre for IP development as a unit of CNIPA in English and both Chinese scripts:
each form leads to one reference entry, and texts in either language store one body."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import select

from importers import zh
from importers.pipeline import import_paths
from importers.resolve.reference import load_reference
from store.db import Database, open_database
from store.models import Name, Organisation


@pytest.mark.parametrize(
    ("name", "ref_id"),
    [
        ("菲律賓智慧財產局", "ipophl"),
        ("菲律賓知識產權局", "ipophl"),
        ("菲律宾知识产权局", "ipophl"),
        ("国家知识产权局知识产权发展研究中心", "cnipa-ipdrc"),
        ("國家知識產權局知識產權發展研究中心", "cnipa-ipdrc"),
        ("CNIPA Intellectual Property Development Research Center", "cnipa-ipdrc"),
    ],
)
def test_an_office_or_unit_is_found_under_each_of_its_names(name: str, ref_id: str) -> None:
    found = load_reference().org_named(name)
    assert found is not None and found.id == ref_id


def test_the_research_centre_belongs_to_cnipa() -> None:
    centre = load_reference().orgs["cnipa-ipdrc"]
    assert centre.parent == "cnipa"


def test_a_taiwanese_release_names_the_philippine_office_apart_from_its_own() -> None:
    text = "菲律賓智慧財產局與本部官員今日在台北舉行專利審查合作會議，雙方交換審查經驗。"
    facts = zh.extract(text, date=None, reference=load_reference(), repaired=True)
    assert "ipophl" in {o.ref for o in facts.orgs}


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    yield database
    database.engine.dispose()


def test_the_research_centre_named_in_two_languages_is_one_body_under_cnipa(
    db: Database, tmp_path: Path
) -> None:
    texts = {
        "en.txt": "The CNIPA Intellectual Property Development Research Center hosted a "
        "seminar on patent valuation for visiting university researchers last week.\n",
        "zh.txt": "国家知识产权局知识产权发展研究中心近日与一所高校签署合作协议，"
        "共同开展知识产权人才培养。\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = import_paths(db, [tmp_path / n for n in texts], jobs=1)
    assert not report.problems
    with db.session() as s:
        owners = {
            n.entity_id
            for n in s.exec(select(Name).where(Name.entity_type == "organisation"))
            if n.text
            in (
                "CNIPA Intellectual Property Development Research Center",
                "国家知识产权局知识产权发展研究中心",
            )
        }
        assert len(owners) == 1
        centre = s.get(Organisation, owners.pop())
        assert centre is not None and centre.ref_id == "cnipa-ipdrc"
        parent = s.get(Organisation, centre.parent_id)
        assert parent is not None and parent.ref_id == "cnipa"
