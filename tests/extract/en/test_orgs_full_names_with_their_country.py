"""A known body's full name with its own country after "of" ("the Federal Service for ...
of the Russian Federation") is one form of its name, kept as an alias: the country adds
nothing."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_a_full_name_with_its_own_country_after_of_is_a_form_of_the_body() -> None:
    f = extract(
        "A letter of intent between the Japan Patent Office and the Federal Service for "
        "Intellectual Property, Patents and Trademarks of the Russian Federation was signed "
        "in Moscow on Tuesday."
    )
    names = {o.ref: {o.name, *o.aliases} for o in f.orgs}
    assert (
        "Federal Service for Intellectual Property, Patents and Trademarks of the Russian "
        "Federation" in names["rospatent"]
    )
