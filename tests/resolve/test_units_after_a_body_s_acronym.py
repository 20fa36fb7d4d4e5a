"""A unit named after its body, the body written by its acronym in one text and in full in
another ("JPO Examination Standards Council", "Japan Patent Office Examination Standards
Council"), is one unit (importers/resolve/acronym_units.py)."""

from __future__ import annotations

from importers.resolve.acronym_units import body_written_otherwise
from importers.resolve.reference import load_reference
from tests.imported import import_texts


def test_the_body_is_written_by_its_other_english_names() -> None:
    ref = load_reference()
    forms = body_written_otherwise(ref, "JPO Examination Standards Council")
    assert "Japan Patent Office Examination Standards Council" in forms
    assert "JPO Examination Standards Council" in body_written_otherwise(
        ref, "Japan Patent Office Examination Standards Council"
    )


def test_a_name_without_a_known_body_before_its_unit_has_no_other_form() -> None:
    ref = load_reference()
    assert body_written_otherwise(ref, "XQZR Examination Standards Council") == []
    assert body_written_otherwise(ref, "Japan Patent Office") == []
    assert body_written_otherwise(ref, "JPO") == []


def test_one_unit_named_after_the_acronym_and_after_the_full_name_is_one_body(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "HARARE, 2 May 2026 - The ARIPO Administrative Council met on Friday to review the "
        "budget of the coming year.\n",
        "HARARE, 9 June 2026 - The African Regional Intellectual Property Organization "
        "Administrative Council adopted the budget of the coming year.\n",
    )
    councils = [o for o in data["organisations"] if "Administrative Council" in o["name"]]
    assert len(councils) == 1
