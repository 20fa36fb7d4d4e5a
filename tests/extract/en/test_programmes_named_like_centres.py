"""A centre's name, or the acronym it defines, before "initiative" or "programme" names a
programme, not a body (importers/en/orgs/meetings.py, is_project)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_centre_named_before_initiative_is_a_programme_not_a_body() -> None:
    f = facts_text(
        "The Chilean Patent Office (INAPI) launched the Patent Information Hub (PIH) "
        "initiative in Santiago. Under the PIH scheme, universities will get search training."
    )
    assert "Patent Information Hub" not in org_set(f)
    assert "Chilean Patent Office" in org_set(f)


def test_a_centre_never_called_a_programme_stays_a_body() -> None:
    f = facts_text(
        "The Chilean Patent Office (INAPI) signed an agreement with the Andes Innovation "
        "Centre (AIC) in Santiago on 2 May 2023."
    )
    assert "Andes Innovation Centre" in org_set(f)
