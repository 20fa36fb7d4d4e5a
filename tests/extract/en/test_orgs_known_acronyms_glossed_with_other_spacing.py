"""A known body's acronym bracketed after its name is the body's, though the writer spaces
or joins the name's words otherwise than the reference data ("Trademarks" for "Trade
Marks") and the name is shaped like a post's title; and the offices that preceded the IP5
named as one ("the Trilateral Offices") are one body, as the IP5 is."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_an_acronym_after_a_known_name_written_with_other_spaces_is_the_body() -> None:
    f = extract(
        "The plan between the Controller General of Patents, Designs and Trademarks "
        "(CGPDTM) of India and the JPO was reviewed."
    )
    office = next(o for o in f.orgs if "CGPDTM" in (o.name, *o.aliases))
    assert office.ref == "cgpdtm"


def test_the_trilateral_offices_are_one_body() -> None:
    f = extract("Talks of the Trilateral Offices on search practice resumed in Munich this spring.")
    assert "Trilateral Offices" in {o.name for o in f.orgs}
