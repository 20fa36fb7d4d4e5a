"""Facilities a body runs (importers/en/orgs/phrases.py): "the KIPO Data Centre", "an EPO
Visitor Centre" are a building or a service of the body its acronym names, not bodies."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_bodys_acronym_and_a_data_or_visitor_centre_name_no_body() -> None:
    f = facts_text(
        "The Korean Intellectual Property Office (KIPO) and the European Patent Office (EPO) "
        "met in Daejeon. The guests toured the KIPO Data Centre, and the EPO Visitor Center "
        "will host the next visit."
    )
    assert not {"KIPO Data Centre", "EPO Visitor Center"} & org_set(f)
    assert "Korean Intellectual Property Office" in org_set(f)


def test_a_centre_named_by_its_field_is_still_a_body() -> None:
    f = facts_text("The Hong Kong Design Centre signed a plan with the Korea Design Centre.")
    assert "Hong Kong Design Centre" in org_set(f)
