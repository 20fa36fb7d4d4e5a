"""Two fields sharing one head after a complete name (importers/en/orgs/shared_heads.py):
"X Office and Finance and Planning Department" names the office and one department."""

from __future__ import annotations

from importers.en.orgs import find_orgs
from importers.gazetteer import Reference
from tests.extract.en.helpers import facts_text, org_set

_LISTED = (
    "Heads from the Nordic Patent Office and Finance and Planning Department and Legal "
    "Affairs Department of the Baltic Trade Ministry attended."
)


def test_two_fields_after_a_complete_name_share_the_next_head() -> None:
    names = {e.name for e in find_orgs(_LISTED, Reference()).entries}
    assert "Finance and Planning Department" in names
    assert "Planning Department" not in names


def test_the_first_field_is_no_body_of_its_own() -> None:
    assert "Finance" not in org_set(facts_text(_LISTED))
    short = "Heads from NPO Legal Office and Finance and Planning Department attended."
    assert "Finance" not in org_set(facts_text(short + " The Nordic Patent Office (NPO) hosted."))


def test_two_complete_names_joined_by_and_are_still_two() -> None:
    names = org_set(
        facts_text("The Nordic Patent Office and the Baltic Trademark Office signed a plan.")
    )
    assert {"Nordic Patent Office", "Baltic Trademark Office"} <= names


def test_a_mechanism_before_and_is_no_field_of_the_head_after_it() -> None:
    """ "the X Dialogue Mechanism and Working Group": a mechanism between parties and the group
    that meets under it, not one body named "X Mechanism and Working Group"."""
    f = facts_text(
        "The programme supports the Trade Policy Consultation Mechanism and Working Group."
    )
    assert not any("Mechanism" in n for n in org_set(f))
