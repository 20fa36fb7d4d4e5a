"""A capitalised name that ends as a signed document's title ("a Service Level Agreement
(SLA)") is the document, not a body, even when one of its words is a body's head word
("Service"): importers/en/orgs/not_bodies.is_document. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set

BOIP = "Benelux Office for Intellectual Property"
EPO = "European Patent Office"


def test_a_service_agreement_with_its_acronym_is_no_body() -> None:
    text = (
        f"The {BOIP} (BOIP) and the {EPO} (EPO) have concluded a Service Level Agreement "
        "(SLA) on shared translation tools, effective from 3 March 2022.\n"
    )
    facts = facts_text(text)
    assert org_set(facts) == {BOIP, "BOIP", EPO, "EPO"}
    ((title, _kind, _date, parties),) = agreements_of(facts)
    assert "Service Level Agreement" in title and parties == {BOIP, EPO}


def test_a_body_named_with_service_is_still_a_body() -> None:
    text = "The Korea Customs Service (KCS) signed a memorandum with the Japan Patent Office.\n"
    assert "Korea Customs Service" in org_set(facts_text(text))
