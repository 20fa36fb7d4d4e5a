"""One government noun shared by two countries names both governments
(importers/en/states.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set


def _governments(text: str) -> set[str]:
    f = facts_text(text, "2021-06-01")
    return {o.name for o in f.orgs if o.kind == "government"}


def test_the_governments_of_two_countries_are_two_governments() -> None:
    names = _governments(
        "On May 3, the Fisheries Cooperation Agreement between the governments of Norway and "
        "Chile was signed in Oslo."
    )
    assert names == {"government of Norway", "government of Chile"}


def test_the_country_after_between_the_government_of_one_and_is_its_government() -> None:
    f = facts_text(
        "On May 3, the Fisheries Cooperation Agreement between the government of Norway and "
        "the Republic of Chile was signed in Oslo.",
        "2021-06-01",
    )
    ((*_, parties),) = agreements_of(f)
    assert parties == {"government of Norway", "government of the Republic of Chile"}
    assert not any(n.startswith("IP authority") for n in org_set(f))


def test_a_place_that_is_no_country_gets_no_government() -> None:
    names = _governments(
        "The governments of Norway and Western Europe met in Oslo on May 3 to talk about fish. "
        "Officials of the government of Norway chaired."
    )
    assert names == {"government of Norway"}
