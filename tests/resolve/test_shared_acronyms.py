"""An acronym several countries' bodies share (INPI: Brazil's, Argentina's, France's,
Portugal's institutes) names the body its own document points to, never the one another
document named by it; with nothing to point, a body of its own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from importers.resolve.reference import load_reference
from importers.resolve.shared_acronyms import (
    country_after,
    country_before,
    is_shared,
    shared_acronyms,
)
from store.db import Database
from store.exchange import export_data
from tests.resolve.helpers import import_texts

ARGENTINE = (
    "Buenos Aires, 3 March 2026. Director Lina Vasquez of the National Institute of "
    "Industrial Property (INPI) of Argentina welcomed a delegation of patent examiners.\n"
)


def _orgs(db: Database) -> list[dict[str, Any]]:
    with db.session() as s:
        return list(export_data(s, with_text=False)["organisations"])


def _holder(db: Database, doc_name: str, surface: str) -> dict[str, Any]:
    """The organisation a mention that writes SURFACE in the document DOC_NAME went to."""
    with db.session() as s:
        data = export_data(s, with_text=False)
    doc = next(d["id"] for d in data["documents"] if d["path"].endswith(doc_name))
    return next(
        o
        for o in data["organisations"]
        if any(m["document"] == doc and surface in m["surface"] for m in o["mentions"])
    )


def test_the_reference_lists_inpi_as_several_countries_acronym() -> None:
    ref = load_reference()
    assert {"AR", "BR", "FR", "PT"} <= set(shared_acronyms(ref)["INPI"])
    assert is_shared(ref, "INPI")
    assert not is_shared(ref, "EPO")


def test_the_country_written_right_after_a_mention() -> None:
    assert country_after("INPI (Brazil) hosted", 4) == "BR"
    assert country_after("INPI of the Argentine Republic", 4) == "AR"
    assert country_after("INPI, France.", 4) == "FR"
    assert country_after("INPI and the EPO", 4) is None


def test_the_country_written_right_before_a_mention() -> None:
    text = "we renewed our plan with Brazil's INPI and the Portuguese INPI; INPI said"
    assert country_before(text, text.index("INPI")) == "BR"
    assert country_before(text, text.index("INPI", text.index("Portuguese"))) == "PT"
    assert country_before(text, text.rindex("INPI")) is None


def test_a_countrys_possessive_decides(db: Database, tmp_path: Path) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": ARGENTINE,
            "b.txt": "In May our office renewed its training plan with Portugal's INPI.\n",
        },
    )
    assert _holder(db, "b.txt", "INPI")["reference_id"] == "inpi-pt"


def test_a_country_in_brackets_decides_against_another_documents_namesake(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": ARGENTINE,
            "b.txt": "Ms. Helena Prado, President of INPI (Brazil), opened the design forum.\n",
        },
    )
    assert _holder(db, "b.txt", "INPI")["reference_id"] == "inpi-br"
    assert _holder(db, "a.txt", "Argentina")["reference_id"] == "inpi-ar"


def test_the_earlier_document_is_not_folded_into_the_later_ones_body(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": "The heads met online. Mr. Joao Ramos, President of INPI (Brazil), spoke.\n",
            "b.txt": ARGENTINE,
        },
    )
    assert _holder(db, "a.txt", "INPI")["reference_id"] == "inpi-br"
    argentine = next(o for o in _orgs(db) if o["reference_id"] == "inpi-ar")
    assert len({m["document"] for m in argentine["mentions"]}) == 1


def test_with_no_evidence_the_acronym_stays_apart(db: Database, tmp_path: Path) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": ARGENTINE,
            "b.txt": "Mr. Tomas Lenz, President of INPI, opened the design forum.\n",
        },
    )
    assert _holder(db, "b.txt", "INPI")["reference_id"] is None


def test_the_one_country_the_documents_bodies_are_placed_in_decides(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": ARGENTINE,
            "b.txt": "Lisbon, 9 May 2026. The Portuguese Ministry of Justice hosted a seminar. "
            "Ms. Rita Sousa, President of INPI, opened it.\n",
        },
    )
    assert _holder(db, "b.txt", "INPI")["reference_id"] == "inpi-pt"


def test_two_candidate_countries_in_the_document_decide_nothing(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": ARGENTINE,
            "b.txt": "Lisbon, 9 May 2026. The Portuguese Ministry of Justice and the French "
            "Ministry of Culture held a seminar. Ms. Rita Sousa, President of INPI, opened it.\n",
        },
    )
    assert _holder(db, "b.txt", "INPI")["reference_id"] is None


def test_a_chinese_text_and_an_english_bracketed_acronym_name_one_institute(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": "2026年3月5日，国家知识产权局局长王明在北京会见了巴西国家工业产权局局长"
            "卡洛斯一行。\n",
            "b.txt": "Mr. Carlos Mendes, President of INPI (Brazil), met the CNIPA delegation.\n",
        },
    )
    brazil = _holder(db, "a.txt", "巴西")
    assert brazil["reference_id"] == "inpi-br"
    assert _holder(db, "b.txt", "INPI")["id"] == brazil["id"]


def test_a_full_name_glossed_by_the_shared_acronym_joins_no_other_documents_body(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {
            "a.txt": ARGENTINE,
            "b.txt": "Munich, 4 June 2026. The National Institute of Industrial Property "
            "(INPI) signed a memorandum of understanding with the European Patent Office.\n",
        },
    )
    assert _holder(db, "b.txt", "Industrial Property")["reference_id"] is None


def test_the_shared_acronym_is_kept_as_a_mention_never_as_a_bodys_name(
    db: Database, tmp_path: Path
) -> None:
    import_texts(
        db,
        tmp_path,
        {"b.txt": "Mr. Carlos Mendes, President of INPI (Brazil), met the CNIPA delegation.\n"},
    )
    brazil = _holder(db, "b.txt", "INPI")
    assert brazil["reference_id"] == "inpi-br"
    assert "INPI" not in brazil["aliases"]
