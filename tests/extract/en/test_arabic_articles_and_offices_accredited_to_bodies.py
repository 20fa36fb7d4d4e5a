"""A later word of an Arabic name may carry its article joined by a hyphen ("Fatima bint
Ali al-Sabah"): the word with its article is one word of the name. A state's office at an
international body is named, like a permanent mission, with that body after "to the" (the
Kuwait Office to the World Trade Organization). A country abbreviated with full stops before
"Government" (the U.K. Government) names that country's government."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles

ENVOY = (
    "Geneva - HE Dr Layla bint Khalid al-Nouri, Permanent Representative of the State of "
    "Kuwait to the United Nations in Geneva, met the head of the organisation on Monday."
)


def test_a_word_with_its_article_joined_by_a_hyphen_ends_a_name() -> None:
    assert "Layla bint Khalid al-Nouri" in people_names(facts_text(ENVOY))


def test_a_named_envoy_with_an_article_in_the_name_keeps_the_post_written_after_it() -> None:
    facts = facts_text(ENVOY)
    envoy = next(p.key for p in facts.people if p.name == "Layla bint Khalid al-Nouri")
    assert {(r.title, r.org) for r in facts.roles if r.person == envoy} == {
        ("Permanent Representative of the State of Kuwait to the United Nations in Geneva", None)
    }


def test_an_article_never_opens_a_name() -> None:
    facts = facts_text("The talks were held at al-Nouri Hall, Kuwait City, on Monday.")
    assert not any(n.startswith("al-") for n in people_names(facts))


OFFICE = (
    "Omar Saeed Alkaabi, Director of the Kuwait Office to the World Trade Organization, "
    "met the Director-General on Tuesday."
)


def test_a_state_s_office_is_named_with_the_body_it_is_accredited_to() -> None:
    assert "Kuwait Office to the World Trade Organization" in org_set(facts_text(OFFICE))


def test_the_head_of_a_state_s_accredited_office_is_at_that_office() -> None:
    assert ("Omar Saeed Alkaabi", "Director", "Kuwait Office to the World Trade Organization") in (
        roles(facts_text(OFFICE))
    )


def test_one_word_after_to_the_is_no_body_an_office_is_accredited_to() -> None:
    facts = facts_text("The Kuwait Office to the Ministry sent a letter on Tuesday.")
    assert "Kuwait Office to the Ministry" not in org_set(facts)


def test_a_country_abbreviated_with_full_stops_before_government_names_its_government() -> None:
    facts = facts_text(
        "The minister thanked the U.K. Government for its help. The Government of the "
        "United Kingdom will host the next round."
    )
    govs = [o for o in facts.orgs if o.kind == "government"]
    assert len(govs) == 1 and "U.K. Government" in (govs[0].name, *govs[0].aliases)


def test_an_abbreviated_country_before_government_in_lower_case_only_describes_it() -> None:
    facts = facts_text("The firm had worked with the U.K. government for years.")
    assert not [o for o in facts.orgs if o.kind == "government"]
