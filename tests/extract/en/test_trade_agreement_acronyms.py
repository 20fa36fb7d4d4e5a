"""A trade agreement known by its initials (the USMCA, NAFTA, the CPTPP, TRIPS) is an instrument,
never a body, however the text uses it: as a subject, or before "signing" or "talks"
([non_org_acronyms] in store/text/words/en_orgs.txt). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_trade_agreement_s_initials_before_signing_and_as_a_subject_name_no_body() -> None:
    text = (
        "Next week the ministers will attend the CPTPP signing in Santiago. The CPTPP will "
        "help patent owners, and the Norwegian Industrial Property Office welcomed it.\n"
    )
    assert org_set(facts_text(text, "2031-03-04")) == {"Norwegian Industrial Property Office"}


def test_initials_of_an_agreement_being_replaced_name_no_body() -> None:
    text = (
        "The NAFTA talks ended in May. The USMCA will replace NAFTA, the Norwegian Industrial "
        "Property Office said.\n"
    )
    assert org_set(facts_text(text, "2031-03-04")) == {"Norwegian Industrial Property Office"}


def test_the_trips_agreement_s_initials_name_no_body_but_its_council_is_one() -> None:
    text = (
        "The office joined two TRIPS proposals this year and reported on WTO/TRIPS work. Its "
        "delegates also spoke at the TRIPS Council in Geneva.\n"
    )
    names = org_set(facts_text(text, "2031-03-04"))
    assert "TRIPS" not in names
    assert any(n.startswith("TRIPS Council") for n in names)
