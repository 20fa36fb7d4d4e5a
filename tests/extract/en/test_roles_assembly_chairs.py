"""The chair of an organisation's assembly of member states holds the post at the assembly,
not at the organisation; a governing council's chair stays the body's officer
(importers/en/roles/assemblies.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles

OPENING = (
    "GENEVA, May 4 - The Secretary-General of the International Seed Union (ISU), Mr. Tomas "
    "Berger, welcomed delegates on Monday. He thanked Ambassador Hana Kovac, Chair of the ISU "
    "General Assembly, for guiding the preparatory talks."
)

ADDRESS = (
    "Speech by the Secretary-General of the International Seed Union (ISU)\n\n"
    "Your Excellency Ambassador Luis Ferreira Dias, Chair, ISU General Assembly,\n"
    "Distinguished delegates,\n\n"
    "It is an honour to open this session of the Assembly."
)


def test_the_chair_of_a_general_assembly_holds_the_chair_at_the_assembly() -> None:
    f = facts_text(OPENING)
    assert ("Hana Kovac", "Chair", "ISU General Assembly") in roles(f)
    assert not any(p == "Hana Kovac" and o != "ISU General Assembly" for p, _, o in roles(f))


def test_an_address_line_naming_the_assembly_after_a_comma_is_read_the_same() -> None:
    f = facts_text(ADDRESS)
    assert ("Luis Ferreira Dias", "Chair", "ISU General Assembly") in roles(f)
    assert "ISU General Assembly" in org_set(f)


def test_the_chair_of_a_governing_council_stays_an_officer_of_the_body() -> None:
    f = facts_text(
        "The Administrative Council of the Nordic Seed Office met in Oslo under its Chairman, "
        "Mr. Anders Holm. The Chairman of the Administrative Council, Mr. Anders Holm, "
        "presented the budget."
    )
    assert "Administrative Council" not in org_set(f)
