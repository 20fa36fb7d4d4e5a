"""A holder's name set off after "Title of X (ACR)," may end at the verb of meeting its clause
goes on with ("..., NAME met ..."), not only at a second comma (importers/en/roles/
after_title.py, the [meeting_verbs] of store/text/words/en_roles.txt)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_name_after_a_bodys_title_and_comma_ends_at_met() -> None:
    f = facts_text(
        "The Registrar of the Kenya Industrial Property Institute (KIPI), Ruth Wambui met "
        "in Nairobi with a visiting delegation from Uganda."
    )
    assert ("Ruth Wambui", "Registrar", "Kenya Industrial Property Institute") in roles(f)


def test_the_second_holder_of_two_joined_by_and_ends_at_met_too() -> None:
    f = facts_text(
        "The President of the Nordic Patent Institute (NPI), Ingrid Dahl and the Director "
        "General of the Lakeland Institute of Industrial Property (LIIP), Tomás Ibáñez Rojas "
        "met in Santiago to review their joint projects."
    )
    assert ("Ingrid Dahl", "President", "Nordic Patent Institute") in roles(f)
    assert (
        "Tomás Ibáñez Rojas",
        "Director General",
        "Lakeland Institute of Industrial Property",
    ) in roles(f)


def test_a_name_running_into_a_preposition_is_still_no_holder() -> None:
    f = facts_text(
        "The Director General of the Kenya Industrial Property Institute (KIPI), Nairobi in "
        "particular, hosts the training."
    )
    assert "Nairobi" not in people_names(f)
