"""A form of address and the surname of someone named in full before, then a title in
apposition ("Ms Roe, the chief executive of X,"), give that person the post
(roles/mentions.addressed_surname, roles/patterns._before_name)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_surname_after_a_form_of_address_takes_the_post_in_apposition() -> None:
    f = facts_text(
        "Dr Helga Sorensen was elected Secretary General of the Nordic Seed Union. Dr "
        "Sorensen, the director of the Baltic Plant Variety Office (BPVO), was a candidate."
    )
    assert ("Helga Sorensen", "director", "Baltic Plant Variety Office") in roles(f)
    assert "Sorensen" not in people_names(f)


def test_a_capitalised_title_in_the_apposition_is_read_the_same() -> None:
    f = facts_text(
        "Registrar Omar Haddad opened the session. Mr Haddad, Chief Executive of the Levant "
        "Trade Mark Office, then signed the plan."
    )
    assert ("Omar Haddad", "Chief Executive", "Levant Trade Mark Office") in roles(f)


def test_two_people_with_that_surname_leave_it_to_neither() -> None:
    f = facts_text(
        "Director Ana Costa and Professor Rui Costa met on Monday. Ms Costa, the chief "
        "executive of the Iberian Seed Office, spoke first."
    )
    holders = {p for p, t, _ in roles(f) if t == "chief executive"}
    assert not holders & {"Ana Costa", "Rui Costa"}
