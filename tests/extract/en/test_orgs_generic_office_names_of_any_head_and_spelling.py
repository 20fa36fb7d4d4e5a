"""A body named only by an IP office's generic name of any head word ("the Intellectual
Property Center", "the IP Institute") is the one body the text names in full with that
name and its owner, whatever the state's adjective before it ("National") and however each
writer spells the head ("Centre", "Center")."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_a_generic_centre_is_the_national_centre_named_in_full() -> None:
    f = extract(
        "The ambassador was received at the Intellectual Property Center on Monday. The "
        "Chairman of the Center spoke of the work of the National Intellectual Property "
        "Centre of Lemuria."
    )
    assert [(o.name, sorted(o.aliases)) for o in f.orgs] == [
        ("National Intellectual Property Centre of Lemuria", ["Intellectual Property Center"])
    ]


def test_a_generic_name_stays_apart_where_two_bodies_bear_it() -> None:
    f = extract(
        "Staff of the Intellectual Property Institute met. The National Intellectual Property "
        "Institute of Lemuria and the National Intellectual Property Institute of Xland "
        "signed a plan."
    )
    assert "Intellectual Property Institute" in {o.name for o in f.orgs}
