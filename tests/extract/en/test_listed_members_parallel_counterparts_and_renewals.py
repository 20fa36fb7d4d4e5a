"""Delegation members listed one per item before a form of address (importers/en/roles/
listed.py), counterparts paired each with its own instrument by "through" (agreements/
counterparts.py), and a renewal in a headline kept apart from the signing the story recalls
(agreements/dedup.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, roles


def test_members_listed_before_forms_of_address_hold_their_posts_at_the_body_named() -> None:
    f = facts_text(
        "Talks in Oslo\n\n"
        "The visitors from the Nordic Patent Institute (NPI) were received on 3 March 2021. "
        "Present were the NPI Director Dr. Ingrid HOLM, staff member of the NPI Director’s "
        "Office Mr. Lars ERIKSEN, Team Leader Asia and Oceania, NPI Outreach Ms. Sofie "
        "BERG and Assistant in the NPI Legal Unit Mr. Anders LUND."
    )
    got = roles(f)
    assert ("Ingrid HOLM", "Director", "Nordic Patent Institute") in got
    assert (
        "Lars ERIKSEN",
        "staff member of the NPI Director’s Office",
        "Nordic Patent Institute",
    ) in got
    assert ("Sofie BERG", "Team Leader Asia and Oceania", "Nordic Patent Institute") in got
    assert ("Anders LUND", "Assistant in the NPI Legal Unit", "Nordic Patent Institute") in got
    assert not any(r[0] == "Lars ERIKSEN" and r[1].startswith("Team Leader") for r in got)


def test_a_post_phrase_not_after_a_titled_name_names_no_one() -> None:
    f = facts_text(
        "Notes from Bergen\n\n"
        "The guests, member of the NPI choir Mr. Per NILSEN among them, sang on 4 May 2021."
    )
    assert not any(r[0] == "Per NILSEN" for r in roles(f))


def test_each_counterpart_joined_by_through_signs_its_own_instrument() -> None:
    f = facts_text(
        "Busy week in Madrid\n\n"
        "On 2 June 2022 the Spanish Patent and Trademark Office (OEPM) deepened its ties with "
        "IP Australia through the signature of a broad Memorandum of Co-operation and with "
        "the KIPO through a Memorandum of Understanding."
    )
    got = {(t, p - {"Spanish Patent and Trademark Office"}) for t, _, _, p in agreements_of(f)}
    assert got == {
        ("Memorandum of Co-operation", frozenset({"IP Australia"})),
        ("Memorandum of Understanding", frozenset({"KIPO"})),
    }


def test_a_headline_renewal_is_not_the_earlier_signing_the_story_recalls() -> None:
    f = facts_text(
        "KIPO and IP Australia renew cooperation agreement\n\n"
        "The Korean Intellectual Property Office (KIPO) and IP Australia have extended their "
        "partnership on examiner training and patent data for another term of five years.\n\n"
        "The two offices previously worked together after the signing of a Memorandum of "
        "Understanding in April 2014."
    )
    got = agreements_of(f)
    assert len(got) == 2
    assert any(d == "2014-04" for _, _, d, _ in got)
    assert any(d is None for _, _, d, _ in got)
