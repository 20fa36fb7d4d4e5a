"""In a title-case headline or treaty title ("Agreement Between the Government of A And the
Government of B", "Government of Xland To Sign ..."), a capitalised function word ends the
place a government governs, and its name with it: it is no word of either side's name."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import extract, org_set


@pytest.mark.parametrize("apostrophe", ["'", "’"])
def test_a_capitalised_and_between_two_governments_ends_the_first(apostrophe: str) -> None:
    f = extract(
        "The Trade Accord Between the Government of the People"
        f"{apostrophe}s Republic of Lemuria And the Government of Xland was signed on Monday."
    )
    names = org_set(f)
    assert f"Government of the People{apostrophe}s Republic of Lemuria" in names
    assert "Government of Xland" in names
    assert not any(n.endswith(" And") for n in names)


def test_a_headline_verb_after_a_government_is_no_part_of_its_place() -> None:
    f = extract(
        "Government of Kenya To Sign Accord With Xland Patent Office\n\n"
        "The Government of Kenya will sign the accord next week."
    )
    assert {o.name for o in f.orgs} == {"Government of Kenya", "Xland Patent Office"}


def test_a_country_whose_name_holds_and_keeps_it_in_title_case() -> None:
    f = extract(
        "Talks Between Government of Bosnia And Herzegovina And Government of Serbia\n\n"
        "The Government of Serbia hosted the Government of Bosnia And "
        "Herzegovina in the capital."
    )
    assert {o.name for o in f.orgs} == {
        "Government of Bosnia And Herzegovina",
        "Government of Serbia",
    }
