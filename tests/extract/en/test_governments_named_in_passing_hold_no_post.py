"""A government described by its place's adjective ("the Xland Government") and named only
in passing is no body of the text, and no post is held at it; a government no mention names
is never made up for a post, unless the reference data knows it (China's central government,
where the gold places its heads' posts) (importers/en/states.py,
importers/en/roles/governments.py, importers/en/roles/bare.py).

In passing: the owner of a common noun, by a possessive ("the Xland Government's
commitment") or by "of" after a lower-case noun ("the agencies of the Xland Government").
A post whose holder the text places in that country ("Prime Minister NAME", "Xland's
Minister of Trade NAME") is then said by its title and country alone, with no body.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def _held(text: str) -> set[tuple[str, str, str | None]]:
    f = facts_text(text)
    people = {p.key: p.name for p in f.people}
    orgs = {o.key: o.name for o in f.orgs}
    return {(people[r.person], r.title, orgs.get(r.org or "")) for r in f.roles}


def test_a_government_owning_a_common_noun_through_of_is_named_in_passing() -> None:
    f = facts_text(
        "The Danube Patent Office trained officers from the enforcement agencies of the "
        "Ruritanian Government in March."
    )
    assert org_set(f) == {"Danube Patent Office"}


def test_a_body_of_a_government_through_of_still_names_the_government() -> None:
    f = facts_text(
        "The Trade Marks Registry of the Ruritanian Government signed a memorandum with the "
        "Danube Patent Office."
    )
    assert "Ruritanian Government" in org_set(f)


def test_a_government_named_only_in_passing_holds_no_post() -> None:
    held = _held(
        "Director General Oskar Brandt of the Danube Patent Office visited Portugal and met "
        "Prime Minister Ilona Varga. Mr. Brandt praised the Portuguese Government’s "
        "commitment to stronger patent examination."
    )
    assert ("Ilona Varga", "Prime Minister", None) in held
    assert not any(o and "Government" in o for _, _, o in held)


def test_a_minister_of_a_country_whose_government_is_never_named_holds_no_body() -> None:
    f = facts_text(
        "Ruritanian Minister of Trade Pavel Horak met the Commissioner of the Danube Patent "
        "Office, Anna Kovacs, in Vienna."
    )
    assert not any("Government" in n for n in org_set(f))


def test_a_head_of_a_government_the_reference_knows_is_at_it_though_no_mention_names_it() -> None:
    held = _held(
        "Premier Wang Lihua met the Director General of the Danube Patent Office in Beijing "
        "on Monday, and the two sides reviewed cooperation with China."
    )
    assert ("Wang Lihua", "Premier", "Government of the People's Republic of China") in held


def test_a_country_s_government_named_once_and_needed_by_nothing_is_its_country() -> None:
    f = facts_text(
        "The Danube Patent Office briefed the Government of Portugal on its examination "
        "backlog before the summer."
    )
    assert "Government of Portugal" not in org_set(f)
    assert "Danube Patent Office" in org_set(f)


def test_a_country_s_government_named_twice_stays_a_body() -> None:
    f = facts_text(
        "The Portuguese Government funds the Danube Patent Office's training centre. "
        "Next year the Portuguese Government will double the grant."
    )
    assert "Portuguese Government" in org_set(f)


def test_a_country_s_government_that_signs_once_stays_a_body() -> None:
    f = facts_text(
        "The Government of Portugal and the Danube Patent Office signed a memorandum of "
        "understanding on patent examination in Vienna on 3 May 2024."
    )
    assert "Government of Portugal" in org_set(f)


def test_a_province_s_government_named_once_stays_a_body() -> None:
    f = facts_text(
        "The People's Government of Zhejiang Province hosted the Danube Patent Office's "
        "delegation in Hangzhou."
    )
    assert any("Zhejiang" in n for n in org_set(f))
