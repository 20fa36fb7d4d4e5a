"""An envoy's posting to a body goes on with the United Nations seat the body sits in ("to
the United Nations in Geneva"): the seat is part of the title, and the name after it is the
holder's (roles/postings.posted_to_body_end)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, people_names


def _titles(f: DocumentFacts, person: str) -> set[str]:
    """Every title the person holds, with a body or none."""
    people = {p.key: p.name for p in f.people}
    return {r.title for r in f.roles if people[r.person] == person}


def test_a_possessed_envoy_title_with_its_seat_before_the_name() -> None:
    f = facts_text(
        "The programme is now under way, according to Norland’s Permanent Representative "
        "to the United Nations in Geneva Arvid Tollefsen."
    )
    assert "Arvid Tollefsen" in people_names(f)
    assert _titles(f, "Arvid Tollefsen") == {
        "Permanent Representative to the United Nations in Geneva"
    }


def test_a_seat_of_two_words_set_off_by_a_comma() -> None:
    f = facts_text(
        "The Permanent Representative to the United Nations in New York, Arvid Tollefsen, "
        "opened the exhibition."
    )
    assert _titles(f, "Arvid Tollefsen") == {
        "Permanent Representative to the United Nations in New York"
    }
