"""A known body's acronym hyphened to its own country ("IPOS-Singapore") is one form of its
name, kept as an alias; hyphened to another country it names only the body."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_an_acronym_hyphened_to_its_own_country_is_a_form_of_the_body() -> None:
    f = extract(
        "Experts from IPOS-Singapore and JPO-Japan held a workshop on design examination "
        "in Tokyo last week."
    )
    names = {o.ref: {o.name, *o.aliases} for o in f.orgs}
    assert "IPOS-Singapore" in names["ipos"]
    assert "JPO-Japan" in names["jpo"]


def test_an_acronym_hyphened_to_another_country_is_only_the_body() -> None:
    f = extract("The EPO-Brazil programme trained forty examiners at the EPO in Munich.")
    epo = next(o for o in f.orgs if o.ref == "epo")
    assert all("Brazil" not in n for n in (epo.name, *epo.aliases))
