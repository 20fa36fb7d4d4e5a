"""Sub-bodies and script forms across documents, through the real import: a sub-body named
with its parent is stored under that parent, the same sub-body whatever the language, and a
name written in Traditional characters is one person with its Simplified form."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from store.db import Database
from store.models import Name, Organisation, Person
from tests.resolve.helpers import import_texts


def _org(db: Database, name: str) -> Organisation:
    with db.session() as s:
        row = s.exec(select(Name).where(Name.entity_type == "organisation", Name.text == name))
        org = s.get(Organisation, row.first().entity_id)  # type: ignore[union-attr]
        assert org is not None
        return org


def test_a_unit_named_with_its_parent_is_stored_under_the_parent(
    db: Database, tmp_path: Path
) -> None:
    import_texts(db, tmp_path, {"a.txt": "欧洲专利局国际合作部与日本特许厅举行了工作会谈。\n"})
    unit = _org(db, "欧洲专利局国际合作部")
    with db.session() as s:
        parent = s.get(Organisation, unit.parent_id)
        assert parent is not None and parent.ref_id == "epo"


def test_the_same_sub_body_in_english_and_chinese_is_one_organisation(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "en.txt": "The Patent Reexamination Board of SIPO heard 300 appeals in 2017.\n",
            "zh.txt": "国家知识产权局专利局复审和无效审理部与欧洲专利局举行会谈。\n",
        },
    )
    a = _org(db, "Patent Reexamination Board of SIPO")
    b = _org(db, "国家知识产权局专利局复审和无效审理部")
    assert a.id == b.id and a.ref_id == "cnipa-reexamination"
    with db.session() as s:
        parent = s.get(Organisation, a.parent_id)
        assert parent is not None and parent.ref_id == "cnipa-po"


def test_a_traditional_name_is_stored_as_written_and_found_by_its_simplified_form(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a_hk.txt": "知識產權署署長黃美華與新加坡知識產權局局長簽署諒解備忘錄。\n",
            "b_cn.txt": "香港特区政府知识产权署署长黄美华出席论坛并致辞。\n",
        },
    )
    with db.session() as s:
        people = s.exec(select(Person).where(Person.merged_into == None)).all()  # noqa: E711
        assert [p.name for p in people] == ["黃美華"]
        names = {n.text for n in s.exec(select(Name).where(Name.entity_type == "person"))}
        assert {"黃美華", "黄美华"} <= names
