"""Two holders, each set off after a title by a comma and joined by "and": "signed by Director
General of X, Jane Roe and Rector of the Y University, John Doe at the city hall". The first
name is no field of the first title (a field list, "of Patents, Trade Marks and Designs", has
no second title after its "and"), and the last name holds its title though a place, not a
comma, follows it."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

_SIGNING = (
    "The Tarvian Patent Agency (TPA) and the University of Applied Sciences Tarvia signed a "
    "cooperation agreement. The signing was carried out by Director General of Industrial "
    "Design, Maria Lopez and Rector of the University of Applied Sciences Tarvia, Anton Weber "
    "at the City Hall on Monday."
)


def test_a_name_between_a_field_and_the_next_title_is_the_first_holder() -> None:
    f = facts_text(_SIGNING, "2020-03-02")
    assert "Maria Lopez" in people_names(f)
    assert (
        "Maria Lopez",
        "Director General of Industrial Design",
        "Tarvian Patent Agency",
    ) in roles(f)


def test_a_holder_set_off_by_a_comma_may_be_followed_by_where_they_acted() -> None:
    f = facts_text(_SIGNING, "2020-03-02")
    assert ("Anton Weber", "Rector", "University of Applied Sciences Tarvia") in roles(f)


def test_a_field_list_joined_by_and_keeps_its_last_field() -> None:
    f = facts_text(
        "The Commissioner of Patents, Trade Marks and Designs, Hana Ito, opened the Tarvian "
        "Patent Agency's new office.",
        "2020-03-02",
    )
    assert (
        "Hana Ito",
        "Commissioner of Patents, Trade Marks and Designs",
        "Tarvian Patent Agency",
    ) in roles(f)
