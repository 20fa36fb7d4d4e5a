"""A title whose body is named in full after its owner's possessive, then its acronym and
the holder's name: "Director-General of the X Commission's Directorate-General for Y (DG Y)
NAME" holds the post at that directorate-general (roles/anchors.py). A unit the possessive
names ("WIPO's Copyright Law Division") stays the owner's post."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_body_after_its_owner_s_possessive_holds_the_post_of_the_name_after_it() -> None:
    f = facts_text(
        "Fisheries talks\n\n"
        "On Tuesday, Director-General of the European Commission’s Directorate-General for "
        "Maritime Affairs and Fisheries (DG MARE) Ilse Marten met the head of the agency in "
        "Brussels."
    )
    assert "Ilse Marten" in people_names(f)
    assert (
        "Ilse Marten",
        "Director-General",
        "Directorate-General for Maritime Affairs and Fisheries",
    ) in roles(f)


def test_a_unit_after_a_body_s_possessive_is_still_the_body_s_post() -> None:
    f = facts_text(
        "Copyright week\n\nThe Director of WIPO’s Copyright Law Division Jane Roe spoke."
    )
    assert {(p, o) for p, _, o in roles(f)} == {("Jane Roe", "WIPO")}
