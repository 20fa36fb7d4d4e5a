"""A seat in a party's organs, written as a membership of the chain, is a post at the
committee the chain ends in; a membership of any other body is none. Two envoy posts held at
once say which posts of a mission the holder fills: a role with no body."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_seat_in_a_partys_organs_is_held_at_the_committee_the_chain_ends_in() -> None:
    f = facts_text(
        "Li Wen, member of the Standing Committee of the Political Bureau of the CPC Central "
        "Committee and Vice Premier of the State Council, spoke at the opening."
    )
    assert (
        "Li Wen",
        "member of the Standing Committee of the Political Bureau",
        "CPC Central Committee",
    ) in roles(f)


def test_a_membership_of_another_bodys_organ_is_no_post() -> None:
    f = facts_text(
        "Anna Lind, member of the Executive Board of the Nordland Seed Agency, spoke first."
    )
    assert not any(t.startswith("member") for _, t, _ in roles(f))


def _bare_roles(text: str) -> set[tuple[str, str]]:
    f = facts_text(text)
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_two_envoy_posts_held_at_once_are_two_roles_with_no_body() -> None:
    bare = _bare_roles(
        "Deputy Permanent Representative and Chargé d’Affaires Tom Reed, who attended the "
        "ceremony, thanked the Nordland Patent Office."
    )
    assert bare == {
        ("Tom Reed", "Deputy Permanent Representative"),
        ("Tom Reed", "Chargé d’Affaires"),
    }


def test_one_envoy_post_with_no_posting_says_too_little() -> None:
    bare = _bare_roles("Ambassador Tom Reed, who attended the ceremony, thanked the guests.")
    assert not bare
