"""A unit's remit after "for" that goes on as a list ("Directorate-General for Internal
Market, Industry and Y (DG XY)") is one name, with its bracketed short name of two words;
the union of a treaty's members ("the Xville Union" beside "the Xville Protocol") is no body;
and a union of states before its people ("EU citizens") qualifies them, as before its
members."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_a_remit_after_for_listed_with_commas_is_one_name() -> None:
    f = extract(
        "Officials of the Directorate-General for Internal Market, Industry, Entrepreneurship "
        "and SMEs (DG GROW) visited the Lemurian office on Monday; DG GROW will host the next "
        "round."
    )
    dg = next(o for o in f.orgs if o.name.startswith("Directorate-General"))
    assert dg.name == "Directorate-General for Internal Market, Industry, Entrepreneurship and SMEs"
    assert "DG GROW" in dg.aliases
    assert all(o.name != "DG" for o in f.orgs)


def test_the_union_of_a_treaty_named_beside_the_treaty_is_no_body() -> None:
    f = extract(
        "In 2012 Lemuria joined the Xville Protocol for the registration of marks. Membership "
        "of the Xville Union gives owners a cheap route abroad, said the Lemurian Trademark "
        "Office."
    )
    assert {o.name for o in f.orgs} == {"Lemurian Trademark Office"}


def test_a_union_of_states_stays_a_body_beside_a_treaty_of_its_adjective() -> None:
    f = extract("The European Convention was cited. The European Union and Xland signed a plan.")
    assert "European Union" in {o.name for o in f.orgs}


def test_a_union_of_states_before_its_citizens_is_no_body() -> None:
    f = extract(
        "The Office will work with the Commission for the benefit of EU citizens, said the "
        "Lemurian Trademark Office."
    )
    assert all(o.name not in ("EU", "European Union") for o in f.orgs)
