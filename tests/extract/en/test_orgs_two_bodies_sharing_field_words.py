"""Two bodies whose names share their field words, joined by "and", the second glossed by an
acronym ("between Seed Office of Ruritania and Seed Variety Department (SVD) of Freedonia"):
the acronym spells the second name alone, so it is the second body's, and the first name
does not run on over "and" to it (orgs/acronyms.continued_name). A name cut at a comma and
completed before an acronym that spells the whole of it still runs on."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def _orgs(text: str) -> dict[str, list[str]]:
    return {o.name: o.aliases for o in facts_text(text).orgs}


def test_an_acronym_spelling_the_second_name_is_the_second_bodys() -> None:
    orgs = _orgs(
        "Talks were held between Seed Office of Ruritania and Seed Variety Department (SVD) "
        "of Freedonia."
    )
    assert orgs["Seed Office of Ruritania"] == []
    assert "SVD" in orgs["Seed Variety Department of Freedonia"]
    assert not any(" and " in name for name in orgs)


def test_a_name_whose_acronym_spells_all_of_it_still_runs_on() -> None:
    orgs = _orgs("The Board of Seeds, Plant Varieties and Orchards (BSPVO) met in May.")
    assert "BSPVO" in orgs["Board of Seeds, Plant Varieties and Orchards"]
