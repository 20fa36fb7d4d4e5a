"""The letters that open a document's symbol ("document XY/XII/4": a series, a session's
Roman numeral, a number) name a series of papers, however often a report cites them, no
body (importers/en/orgs/acronyms.py). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set

_REPORT = (
    "1. The Council considered the items of the Annual Agenda (document QR/XIV/2 Prov.1).\n\n"
    "2. Its conclusions are recorded in the Summary Report (document QR/XIV/9).\n"
)


def test_the_series_letters_of_a_document_symbol_cited_twice_are_no_body() -> None:
    assert "QR" not in org_set(facts_text(_REPORT))


def test_an_acronym_used_twice_beside_a_slash_between_bodies_still_names_one() -> None:
    text = "The KLMA met the TPO. The KLMA/TPO panel reported to the KLMA board.\n"
    assert "KLMA" in org_set(facts_text(text))
