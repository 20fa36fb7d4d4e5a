"""A body renamed: texts from before and after the change, in either script, name one
organisation, and its former name is stored as such, with the date it ended (reference
data: Macao's Economic Bureau became the Economic and Technological Development Bureau on
1 February 2021)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from store.db import Database
from store.models import Name, Organisation
from tests.resolve.helpers import import_texts


def _bodies(db: Database, *names: str) -> set[int]:
    with db.session() as s:
        ids = s.exec(
            select(Name.entity_id).where(Name.entity_type == "organisation", Name.text.in_(names))  # type: ignore[attr-defined]
        ).all()
        return {o.merged_into or o.id for i in ids if (o := s.get(Organisation, i)) and o.id}


def test_the_former_and_the_current_name_in_two_scripts_are_one_body(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "2019.txt": "2019年10月，国家知识产权局与澳门特别行政区政府经济局在北京举行商标审查"
            "业务座谈。\n",
            "2020.txt": "Macao, 2 June 2020 - The Macao Economic Services Bureau opened a new "
            "counter for trade mark applications.\n",
            "2023.txt": "Macao, 8 May 2023 - The Economic and Technological Development Bureau "
            "(DSEDT) received a delegation from the European Union Intellectual Property "
            "Office.\n",
        },
    )
    bodies = _bodies(db, "澳门特别行政区政府经济局", "Macao Economic Services Bureau", "DSEDT")
    assert len(bodies) == 1


def test_a_former_name_is_stored_as_former_with_its_end(db: Database, tmp_path: Path) -> None:
    import_texts(
        db,
        tmp_path,
        {"a.txt": "2018年5月，澳門特別行政區政府經濟局舉辦知識產權宣傳活動。\n"},
    )
    with db.session() as s:
        (former,) = s.exec(
            select(Name).where(
                Name.entity_type == "organisation", Name.text == "澳門特別行政區政府經濟局"
            )
        ).all()
        org = s.get(Organisation, former.entity_id)
        assert org is not None and org.ref_id == "mo-dsedt"
        assert former.kind == "previous" and former.valid_to == "2021-01-31"


def test_a_ministry_under_its_earlier_and_its_later_english_names_is_one_body(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": "Jakarta, 3 March 2003 - The Ministry of Justice and Human Rights of "
            "Indonesia hosted a seminar on trade mark law.\n",
            "b.txt": "Jakarta, 5 May 2015 - Indonesia's Ministry of Law and Human Rights "
            "opened a new copyright office.\n",
        },
    )
    bodies = _bodies(
        db,
        "Ministry of Justice and Human Rights of Indonesia",
        "Indonesia’s Ministry of Law and Human Rights",
        "Indonesia's Ministry of Law and Human Rights",
        "Ministry of Law and Human Rights",
    )
    assert len(bodies) == 1
