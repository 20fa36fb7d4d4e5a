"""Organisation names written beside other names (importers/en/orgs): a body's own-language
name in brackets before its acronym, a name qualified by its country followed by "and" and
another body, and "the Treasury" of the country a text is about."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import all_names, facts_text, org_names, org_set


def _key(f: DocumentFacts, name: str) -> str:
    return next(k for k, n in org_names(f).items() if n == name)


def test_a_french_name_in_brackets_before_the_acronym_is_a_second_name_of_the_body() -> None:
    f = facts_text(
        "The Belgian Office for Intellectual Property (Office belge de la propriété "
        "intellectuelle, OBPI) met the Swiss Federal Institute of Intellectual Property."
    )
    names = all_names(f, _key(f, "Belgian Office for Intellectual Property"))
    assert {"Office belge de la propriété intellectuelle", "OBPI"} <= names


def test_a_spanish_name_introduced_by_or_is_kept_too() -> None:
    f = facts_text(
        "Officials of the Peruvian Industrial Property Directorate (Dirección de Propiedad "
        "Industrial, or DPI) travelled to Lima."
    )
    names = all_names(f, _key(f, "Peruvian Industrial Property Directorate"))
    assert "Dirección de Propiedad Industrial" in names
    assert "DPI" in names


def test_a_body_qualified_by_its_country_ends_before_and_and_the_next_body() -> None:
    f = facts_text(
        "The Patent Institute (PI) of Ecuador and IP Australia renewed their work-sharing "
        "pilot. IP Australia welcomed the decision."
    )
    assert "IP Australia" in org_set(f)
    assert not any("and IP Australia" in n for n in org_set(f))


def test_the_treasury_is_the_finance_ministry_of_the_country_the_text_is_about() -> None:
    f = facts_text(
        "New Zealand's patent office named a new Commissioner. She worked in New Zealand "
        "for twenty years, first at the Treasury and then at the New Zealand Customs "
        "Service, and represented New Zealand at WIPO."
    )
    treasury = next(o for o in f.orgs if o.name == "Treasury")
    assert treasury.country == "NZ"


def test_the_treasury_of_no_clear_country_is_no_organisation() -> None:
    f = facts_text("Officials from the Treasury and from Japan and Korea met in Geneva.")
    assert "Treasury" not in org_set(f)
