"""A centre named as part of an office that an acronym's possessive owns ("the X Center of
the ABC's Patent Office") is one name: the centre of that office, not of the acronym's body."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_centre_of_an_acronyms_office_is_one_name() -> None:
    f = facts_text(
        "The training week was held at the Regional Examination Support Center of the KIPO's "
        "Patent Office in Daejeon, with examiners from five countries.\n"
    )
    names = org_set(f)
    assert "Regional Examination Support Center of the KIPO's Patent Office" in names
    assert "Regional Examination Support Center of the KIPO" not in names


def test_a_committee_after_a_bodys_possessive_stays_its_organ() -> None:
    f = facts_text(
        "The Law Society of Kenya's Intellectual Property Committee met the Kenya Industrial "
        "Property Institute on 4 May 2021.\n"
    )
    assert "Law Society of Kenya" in org_set(f)
