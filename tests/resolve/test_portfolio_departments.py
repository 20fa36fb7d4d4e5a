"""A government department named by its portfolio is one body in either order ("the
Commerce Department" = "the Department of Commerce"), placed by the country of the bodies
the text names, even where an IP office's name in one order is kept apart from the other."""

from __future__ import annotations

from importers.resolve.variants import name_variants
from tests.imported import import_texts


def test_a_portfolio_department_is_turned_even_where_ip_names_are_not() -> None:
    assert "Department of Justice" in name_variants("Justice Department", turn=False)
    assert "Department of Intellectual Property" not in name_variants(
        "Intellectual Property Department", turn=False
    )


def test_the_commerce_department_of_a_us_text_is_the_us_department_of_commerce(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "WASHINGTON, 9 July 2024 - The Commerce Department's United States Patent and "
        "Trademark Office (USPTO) and the Korean Intellectual Property Office signed a "
        "work plan on patent classification.\n",
    )
    doc = next(o for o in data["organisations"] if "Commerce Department" in o["aliases"])
    assert doc["name"] == "United States Department of Commerce"
