"""Agreements a report lists in a table, agreements a text is itself (a statement with its
closing formula and signature block), participles that end a title, and plans that are
only expected. Documents and sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set

REPORT = (
    "date: 2025-05\n\nNORTHLAND PATENT OFFICE\nANNUAL REPORT 2024\n\n"
    "Under Director General Ada Brun, the Northland Patent Office (NPO) signed several "
    "instruments.\n\n"
    "Table 3  Instruments signed in 2024\n\n"
    " No. | Partner                   | Instrument            | Signed      | Status\n"
    " ----+---------------------------+-----------------------+-------------+--------\n"
    "  1  | Eastland Trademark Office | Memorandum of         | 03 Mar 2024 | New\n"
    "     | (ETO)                     | Understanding on      |             |\n"
    "     |                           | Design Examination    |             |\n"
    "  2  | Southern Union            | Work Plan 2024-2025   | 19 Jun 2024 | New\n"
    "     | Intellectual Property     |                       |             |\n"
    "     | Office (SUIPO)            |                       |             |\n"
    "  3  | Institute of Industrial   | Cooperation Agreement | 02 Oct 2024 | Renewed\n"
    "     | Property, Westland (IIP)  |                       |             |\n"
    "  -  | Highland Patent Office    | Memorandum of         | --          | Talks\n"
    "     | (HPO)                     | Understanding         |             |\n"
    "\n"
    "Eastland. The Memorandum of Understanding with the ETO was signed in Eastport by "
    "Director General Brun.\n\n"
    "Westland. The renewed agreement with the IIP was signed in the capital.\n"
)


def _folded(found: list[tuple[str, str, str | None, frozenset[str]]]) -> list[tuple[str, ...]]:
    """The report's heading writes the office in capitals: compare names case-blind."""
    return [(t, k, d or "", *sorted(x.casefold() for x in p)) for t, k, d, p in found]


def test_each_table_row_with_a_date_is_one_agreement_with_the_publisher() -> None:
    found = agreements_of(facts_text(REPORT, "2025-05"))
    assert (
        "Memorandum of Understanding on Design Examination",
        "mou",
        "2024-03-03",
        "eastland trademark office",
        "northland patent office",
    ) in _folded(found)
    assert any(
        t == "Work Plan 2024-2025"
        and d == "2024-06-19"
        and "Southern Union Intellectual Property Office" in p
        for t, _, d, p in found
    )
    assert any(t == "Cooperation Agreement" and d == "2024-10-02" for t, _, d, _ in found)


def test_a_row_without_a_date_is_no_agreement() -> None:
    found = agreements_of(facts_text(REPORT, "2025-05"))
    assert not any("Highland Patent Office" in p for *_, p in found)


def test_prose_that_retells_a_row_adds_no_agreement() -> None:
    found = agreements_of(facts_text(REPORT, "2025-05"))
    assert len(found) == 3


def test_a_wrapped_partner_cell_is_one_organisation_with_its_acronym() -> None:
    names = org_set(facts_text(REPORT, "2025-05"))
    assert {"Southern Union Intellectual Property Office", "SUIPO"} <= names
    assert "Southern Union Intellectual Property" not in names


STATEMENT = (
    "date: 2025-04-02\n\nJOINT MINISTERIAL STATEMENT ON DESIGN PROTECTION\n\n"
    "1. We, the ministers of Norland and Sudland, met today.\n\n"
    "2. We welcome the Letter of Intent on Data Exchange signed in Nordby in February 2025 by "
    "the Norland Patent Office (NPO) and the Sudland Trademark Office (STO).\n\n"
    "Adopted in Nordby on 1 April 2025.\n\n"
    "For the Government of Norland\nHon Kari Vesti, Minister for Industry\n\n"
    "For the Government of Sudland\nMr Paulo Reis, Minister of Economy\n"
)


def test_a_statement_with_a_closing_formula_and_signature_block_is_an_agreement() -> None:
    found = agreements_of(facts_text(STATEMENT, "2025-04-02"))
    assert (
        "JOINT MINISTERIAL STATEMENT ON DESIGN PROTECTION",
        "joint_statement",
        "2025-04-01",
        frozenset({"Government of Norland", "Government of Sudland"}),
    ) in found
    assert sum(k == "joint_statement" for _, k, _, _ in found) == 1


def test_signed_in_after_an_agreement_ends_its_title() -> None:
    found = agreements_of(facts_text(STATEMENT, "2025-04-02"))
    assert (
        "Letter of Intent on Data Exchange",
        "letter_of_intent",
        "2025-02",
        frozenset({"Norland Patent Office", "Sudland Trademark Office"}),
    ) in found


def test_an_agreement_a_text_expects_to_conclude_is_not_signed() -> None:
    f = facts_text(
        "Next year we expect to conclude a Memorandum of Understanding with the Highland "
        "Patent Office.",
        "2025-01-10",
    )
    assert agreements_of(f) == []


def test_a_list_item_naming_a_collaboration_arrangement_and_one_exchanged() -> None:
    f = facts_text(
        "The following instruments were concluded during the visit:\n\n"
        "- A Research Collaboration Arrangement between the Norland Science Agency (NSA) and "
        "the Sudland Academy of Sciences (SAS), signed by their presidents.\n"
        "- A Memorandum of Understanding on Design Cooperation between the Norland Patent "
        "Office (NPO) and the Sudland Trademark Office (STO), exchanged at the same meeting.\n",
        "2025-03-04",
    )
    kinds = {(k, p) for _, k, _, p in agreements_of(f)}
    assert ("other", frozenset({"Norland Science Agency", "Sudland Academy of Sciences"})) in kinds
    assert ("mou", frozenset({"Norland Patent Office", "Sudland Trademark Office"})) in kinds


def test_a_headline_below_metadata_and_a_label_names_the_storys_agreement_once() -> None:
    f = facts_text(
        "date: 2025-06-20\n\nNEWS RELEASE\n\n"
        "Nordic office hosts heads meeting; heads adopt joint statement on data quality\n\n"
        "Oslo, June 20, 2025 - The Nordic Design Office (NDO) hosted the heads of five offices "
        "on June 18 and 19. On the second day, the heads adopted the Oslo Heads Joint "
        "Statement on data quality, said the NDO.\n",
        "2025-06-20",
    )
    statements = [a for a in agreements_of(f) if a[1] == "joint_statement"]
    assert len(statements) == 1


def test_a_headline_does_not_swallow_the_signing_the_story_reports() -> None:
    f = facts_text(
        "date: 2025-06-20\n\nNDO, STO ink MoU as regional offices deepen ties\n\n"
        "OSLO, June 19 -- The Nordic Design Office (NDO) and the Sudland Trademark Office (STO) "
        "today signed a memorandum of understanding on examination. It was signed by NDO "
        "Director Sara Holm and STO Director Paulo Reis.\n\n"
        "In a separate ceremony, the NDO and the Baltic Patent Office (BPO) renewed their "
        "bilateral MoU.\n",
        "2025-06-20",
    )
    parties = {p for _, k, _, p in agreements_of(f) if k == "mou"}
    assert frozenset({"Nordic Design Office", "Sudland Trademark Office"}) in parties
    assert frozenset({"Nordic Design Office", "Baltic Patent Office"}) in parties


def test_a_row_names_its_partner_by_acronym_and_country_and_a_pph_by_the_highway() -> None:
    f = facts_text(
        "NORTHLAND PATENT OFFICE\nANNUAL REPORT 2024\n\n"
        "The Northland Patent Office (NPO) works with the Coastal Patent Office (CPO) and the "
        "Harbour IP Office (HIPO).\n\n"
        "Partner | Arrangement | Date | Status |\n"
        "--- | --- | --- | --- |\n"
        "CPO (New Zealand) | Cooperation arrangement | Nov 2023 | Renewed |\n"
        "HIPO (Singapore) | Patent Prosecution Highway (PPH) | Jan 2024 | Extended |\n",
        "2024-08-01",
    )
    found = _folded(agreements_of(f))
    assert (
        "Cooperation arrangement",
        "other",
        "2023-11",
        "coastal patent office",
        "northland patent office",
    ) in found
    assert (
        "Patent Prosecution Highway (PPH)",
        "pph",
        "2024-01",
        "harbour ip office",
        "northland patent office",
    ) in found


PROSE_THEN_TABLE = (
    "date: 2025-04\n\nNORTHLAND PATENT OFFICE\nANNUAL REPORT 2024\n\n"
    "In the spring, the Northland Patent Office (NPO) and the Eastland Trademark Office (ETO) "
    "put their names to a memorandum of understanding on examiner training. The ceremony was "
    "held in Eastport on 12 March; the MoU was signed by Director General Ada Brun.\n\n"
    "A Memorandum of Cooperation with the Westland Design Office (WDO) followed in July.\n\n"
    "Table 2  Instruments signed in 2024\n\n"
    "Partner | Instrument | Date |\n"
    "ETO | Memorandum of understanding | Mar 2024 |\n"
    "WDO | Memorandum of Cooperation | Jul 2024 |\n"
)


def test_a_sentence_naming_an_agreement_again_never_dates_a_table_row_below_it() -> None:
    """'the MoU was signed by ...' goes back to the agreement the prose named last, not to
    the last row of a table further down, which keeps its own date."""
    found = agreements_of(facts_text(PROSE_THEN_TABLE, "2025-04"))
    westland = [d for _, _, d, p in found if "Westland Design Office" in p]
    assert westland == ["2024-07"]
