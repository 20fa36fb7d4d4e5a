"""A government department named by its portfolio is one body in either order ("the
Commerce Department" = "the Department of Commerce"), placed by the country of the bodies
the text names; and a body is one in American and British spelling ("Organization")."""

from __future__ import annotations

from importers.resolve.variants import name_variants
from tests.imported import import_texts


def test_a_portfolio_department_is_turned_even_where_ip_names_are_not() -> None:
    assert "Department of Justice" in name_variants("Justice Department", turn=False)
    assert "Department of Intellectual Property" not in name_variants(
        "Intellectual Property Department", turn=False
    )


def test_a_ministry_named_by_its_portfolio_is_turned_like_a_department() -> None:
    assert "Ministry of Energy" in name_variants("Energy Ministry", turn=False)
    assert "Trade Ministry" in name_variants("Ministry of Trade", turn=False)


def test_a_ministry_named_in_both_orders_in_one_text_is_one_body(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "VALLETTA, 3 March 2025 - The Maltese Ministry of Justice hosted a seminar on "
        "copyright enforcement with the Commerce Department of Malta.\n\n"
        "A Justice Ministry spokesperson said the seminar would be held again next year.\n",
    )
    ministries = [o for o in data["organisations"] if "Justice" in o["name"]]
    assert len(ministries) == 1
    assert "Justice Ministry" in ministries[0]["aliases"]


def test_the_commerce_department_of_a_us_text_is_the_us_department_of_commerce(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "WASHINGTON, 9 July 2024 - The Commerce Department's United States Patent and "
        "Trademark Office (USPTO) and the Japan Patent Office signed a "
        "work plan on patent classification.\n",
    )
    doc = next(o for o in data["organisations"] if "Commerce Department" in o["aliases"])
    assert doc["name"] == "United States Department of Commerce"


def test_a_body_spelt_the_american_way_is_the_body_the_reference_spells_the_british_way(
    ipx, empty_db, tmp_path
) -> None:
    """The reference writes "Hellenic Industrial Property Organisation"; a release from
    abroad writes "Organization"."""
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "ATHENS, 2 June 2024 - The Director General of the Hellenic Industrial Property "
        "Organization met the Commissioner of the Japan Patent Office.\n",
    )
    obi = next(o for o in data["organisations"] if o["name"].startswith("Hellenic"))
    assert obi["reference_id"] == "gr-obi"
    assert "Hellenic Industrial Property Organization" in obi["aliases"]


def test_a_head_word_rendered_another_way_with_the_states_style_is_the_known_body(
    ipx, empty_db, tmp_path
) -> None:
    """The reference writes Colombia's "Superintendence of Industry and Commerce"; a
    release from abroad writes "Superintendency", with the state's long style after "of",
    and later names the office by its country: one body, not two."""
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "NEW YORK, 4 May 2024 - The Lemurian Brand Owners Association and the Superintendency "
        "of Industry and Commerce of the Republic of Colombia (SIC) signed a memorandum. "
        "Colombia’s IP Office will share its examination manuals.\n",
    )
    sic = [o for o in data["organisations"] if "SIC" in (o["name"], *o["aliases"])]
    assert [o["reference_id"] for o in sic] == ["co-sic"]
    assert len([o for o in data["organisations"] if o["reference_id"] == "co-sic"]) == 1
