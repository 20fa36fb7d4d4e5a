"""A name right before "in her capacity as Title of X" holds the post, wherever the name
stands in the sentence ("represented by NAME in her capacity as ..."), not only when it
opens the sentence (roles/careers._holder)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_the_name_before_in_her_capacity_holds_the_post() -> None:
    f = facts_text(
        "At the signing, the registry was represented by Ilse Marwick in her capacity as "
        "the Deputy Registrar of the Nordic Design Registry."
    )
    assert ("Ilse Marwick", "Deputy Registrar", "Nordic Design Registry") in roles(f)


def test_a_name_with_a_malay_particle_before_in_his_capacity_holds_the_post() -> None:
    f = facts_text(
        "The memorandum was signed for the Baltic Patent Board by Ahmad bin Yusri Hakim in "
        "his capacity as Registrar of the Baltic Patent Board."
    )
    assert ("Ahmad bin Yusri Hakim", "Registrar", "Baltic Patent Board") in roles(f)


def test_an_earlier_subject_keeps_the_post_when_a_comma_parts_the_name() -> None:
    f = facts_text(
        "Ilse Marwick, Director of the Nordic Design Registry, led the talks in Oslo, in "
        "her capacity as Chair of the Baltic Patent Board."
    )
    assert ("Ilse Marwick", "Chair", "Baltic Patent Board") in roles(f)
