"""A seat in a party's organs, written as a membership of the chain, is a post at the
committee the chain ends in; a membership of any other body is none."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_seat_in_a_partys_organs_is_held_at_the_committee_the_chain_ends_in() -> None:
    f = facts_text(
        "Li Wen, member of the Standing Committee of the Political Bureau of the CPC Central "
        "Committee and Vice Premier of the State Council, met the visiting delegation."
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
