"""Names that link to a father's name run long, read forwards or backwards and in any case
(importers/en/names.py); a title after the name of the one a body is led by is held at
that body (roles/bare.py); a unit written after its owner's acronym, and "the same
department" after it, are the owner's (roles/units.py, roles/same_body.py); a portfolio
in brackets or written in lower case is the post's (roles/portfolio.py,
roles/portfolio_before.py, roles/lower_apposed.py), and "Minister of X at the Y Office"
after "in his capacity as" is held at that office (roles/careers.py)."""

from __future__ import annotations

from tests.extract.en.helpers import extract, people_names, roles


def _held(text: str) -> set[tuple[str, str, str | None]]:
    f = extract(text)
    people = {p.key: p.name for p in f.people}
    orgs = {o.key: o.name for o in f.orgs}
    return {(people[r.person], r.title, orgs.get(r.org or "")) for r in f.roles}


def test_a_name_with_a_capitalised_fathers_link_is_read_whole_before_its_title() -> None:
    f = extract(
        '"We welcome this step," Khalid Omar Bin Saeed Al Marri, undersecretary, '
        "Ruritanian Ministry of Economy, said on Sunday."
    )
    assert people_names(f) == {"Khalid Omar Bin Saeed Al Marri"}


def test_a_name_with_a_lower_case_fathers_link_keeps_its_given_names() -> None:
    f = extract(
        '"We welcome this step," Khalid Omar bin Saeed Al Marri, undersecretary, '
        "Ruritanian Ministry of Economy, said on Sunday."
    )
    assert people_names(f) == {"Khalid Omar bin Saeed Al Marri"}


def test_honours_before_the_given_name_of_a_fathers_name_are_not_the_name() -> None:
    f = extract(
        "The office was represented by Awang Haji Yusof bin Haji Salleh, Permanent "
        "Secretary at the Ruritanian Ministry of Trade."
    )
    assert people_names(f) == {"Yusof bin Haji Salleh"}


def test_a_capitalised_fathers_link_after_a_title_lets_the_name_run_on() -> None:
    f = extract(
        "On Monday Director Khalid Bin Saeed Al Marri of the Ruritanian Patent Office "
        "opened the seminar."
    )
    assert people_names(f) == {"Khalid Bin Saeed Al Marri"}


def test_a_title_after_the_name_a_delegation_is_headed_by_is_held_at_its_body() -> None:
    f = extract(
        "The Ruritanian Patent Authority hosted a meeting with the delegation of the "
        "Korean Intellectual Property Office, headed by Mr. Park Ji-hoon, Deputy "
        "Commissioner, to discuss cooperation."
    )
    assert roles(f) == {
        ("Park Ji-hoon", "Deputy Commissioner", "Korean Intellectual Property Office")
    }


def test_a_unit_written_after_its_owners_acronym_is_the_owners_and_so_is_the_same_unit() -> None:
    f = extract(
        "The Korean Intellectual Property Office (KIPO) sent a team to Moscow. Director of "
        "KIPO International Cooperation Department Choi Min Ho and Deputy Director of the "
        "same department Han Ji Woo accompanied Commissioner Kim."
    )
    assert {(p, o) for p, _, o in roles(f)} >= {
        ("Choi Min Ho", "Korean Intellectual Property Office"),
        ("Han Ji Woo", "Korean Intellectual Property Office"),
    }
    assert "KIPO International Cooperation Department" not in {o.name for o in f.orgs}


def test_a_portfolio_in_brackets_after_a_secretarys_title_is_the_posts() -> None:
    held = _held(
        "The office was represented by Ahmad Rizal bin Haji Omar, Permanent Secretary "
        "(Industry) at the Prime Minister’s Office, who signed the memorandum."
    )
    assert (
        "Ahmad Rizal bin Haji Omar",
        "Permanent Secretary (Industry)",
        "Prime Minister’s Office",
    ) in held


def test_a_portfolio_post_held_in_some_capacity_at_an_office_is_held_there() -> None:
    held = _held(
        "Also present was Haji Yusof bin Haji Salleh, Deputy Minister at the Prime "
        "Minister’s Office, in his capacity as Acting Minister of Energy at "
        "the Prime Minister’s Office."
    )
    assert (
        "Yusof bin Haji Salleh",
        "Acting Minister of Energy",
        "Prime Minister’s Office",
    ) in held


def test_a_lower_case_minister_with_its_portfolio_names_the_holder_set_off_after_it() -> None:
    held = _held(
        "The business and growth minister, Lars Holm Jensen (Venstre), signed the "
        "agreement on a trip abroad last week."
    )
    assert held == {("Lars Holm Jensen", "business and growth minister", None)}


def test_a_lower_case_minister_with_no_portfolio_names_no_holder_after_a_comma() -> None:
    f = extract("The minister, Lars Holm Jensen, signed the agreement on a trip abroad.")
    assert not f.roles
