"""An acronym bracketed after the country an office noun is "of" ("the patent offices of
Chile (CPTO)") is that country's office's, used alone later as its name, however its
letters spell (importers/en/orgs/countries.acronym_of_countrys_office,
importers/en/orgs/acronyms.py)."""

from __future__ import annotations

from importers.en.orgs import find_orgs
from importers.resolve.reference import load_reference
from tests.extract.en.helpers import facts_text, org_set


def test_an_acronym_after_an_offices_country_names_the_office() -> None:
    f = facts_text(
        "A pilot between the patent offices of Chile (CPTO) and Ruritania is now in effect. "
        "Applicants at the CPTO can ask for faster examination."
    )
    assert "CPTO" in org_set(f)


def test_an_acronym_after_a_country_with_no_office_noun_is_no_body() -> None:
    f = facts_text(
        "Exporters from Chile (CLX) sell to Ruritania. Prices for CLX goods rose as CLX firms grew."
    )
    assert "CLX" not in org_set(f)


def test_each_acronym_bracketed_after_a_list_of_an_offices_countries_is_an_office() -> None:
    """Not only the first country's: the second acronym is no defined non-body, and its
    later use alone is its office's."""
    text = (
        "The trade mark offices of Peru (PTMO) and Uruguay (UTMO) agreed on a work plan on "
        "Friday. Examiners of the UTMO will visit Lima in May."
    )
    orgs = find_orgs(text, load_reference())
    assert not {"PTMO", "UTMO"} & orgs.non_org_acronyms
    utmo = orgs.lookup("UTMO")
    assert utmo is not None and utmo.country == "UY"
    assert len(utmo.spans) == 2
