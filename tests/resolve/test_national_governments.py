"""A state's national government the reference data knows (Indonesia's): named by its
demonym ("the Indonesian government") or with "of" ("the Government of Indonesia"), in any
text, it is that one body."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import select

from store.db import Database
from store.models import Name, Organisation
from tests.resolve.helpers import import_texts


def test_a_state_s_government_by_its_demonym_and_by_of_is_the_reference_body(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": "Jakarta, 3 March 2016 - The Indonesian government adopted a new plan for "
            "copyright collecting societies. The Indonesian government will review it in 2017.\n",
            "b.txt": "Geneva, 5 May 2022 - The Government of Indonesia and WIPO held a "
            "workshop on geographical indications. The Government of Indonesia hosted it.\n",
        },
    )
    with db.session() as s:
        named = s.exec(
            select(Name.entity_id).where(
                Name.entity_type == "organisation",
                Name.text.in_(["Indonesian government", "Government of Indonesia"]),  # type: ignore[attr-defined]
            )
        ).all()
        refs = {o.ref_id for i in named if (o := s.get(Organisation, i)) is not None}
    assert refs == {"id-government"}
