"""An intergovernmental organisation and the office it runs are two bodies (the European
Patent Organisation and the European Patent Office; the Eurasian Patent Organization and the
Eurasian Patent Office). A text that writes the organisation in full means it, even with the
office's acronym in brackets after it, and uses that acronym for it; a bare acronym in
another text is the office's (importers/resolve/written_in_full.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from importers.resolve.written_in_full import as_written_in_full
from tests.imported import import_texts

REF = load_reference()


def test_the_organisation_written_in_full_beats_its_offices_acronym() -> None:
    office = REF.orgs["eapo"]
    assert as_written_in_full(REF, "Eurasian Patent Organization", office).id == "eaporg"
    assert as_written_in_full(REF, "European Patent Organisation", REF.orgs["epo"]).id == "eporg"


def test_the_office_stays_the_office() -> None:
    office = REF.orgs["eapo"]
    assert as_written_in_full(REF, "EAPO", office) is office
    assert as_written_in_full(REF, "Eurasian Patent Office", office) is office


def test_a_full_name_of_an_unrelated_body_changes_nothing() -> None:
    office = REF.orgs["eapo"]
    assert as_written_in_full(REF, "World Intellectual Property Organization", office) is office
    assert as_written_in_full(REF, "Some Unknown Council", office) is office


def test_the_eurasian_organisation_and_its_office_are_two_bodies_in_the_store(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "ALMATY, 4 May 2026 - Delegates of the Eurasian Patent Organization (EAPO) joined a "
        "regional round table on design law. The EAPO delegation spoke on fees.\n",
        "MOSCOW, 11 June 2026 - The EAPO and the Ruritanian Patent Bureau signed a "
        "memorandum on the exchange of search reports.\n",
    )
    by_ref = {o["reference_id"]: o for o in data["organisations"] if o["reference_id"]}
    organisation, office = by_ref["eaporg"], by_ref["eapo"]
    assert organisation["name"] == "Eurasian Patent Organization"
    assert "EAPO" in organisation["aliases"]  # the first text's own short form
    assert office["name"] == "Eurasian Patent Office"
    assert office["parent"] == organisation["id"]
    docs = {d["id"]: d["path"] for d in data["documents"]}
    first = next(i for i, p in docs.items() if p.endswith("doc0.txt"))
    second = next(i for i, p in docs.items() if p.endswith("doc1.txt"))
    assert first in organisation["sources"] and second not in organisation["sources"]
    assert second in office["sources"] and first not in office["sources"]
