"""An envoy's title that names the one body it is posted to with that body's acronym in
brackets, then a comma and the holder's name: the acronym is the posting's and the name
after it is the envoy's (roles/postings.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, people_names


def _posts(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles}


def test_an_envoy_to_a_body_written_with_its_acronym_holds_the_post() -> None:
    f = facts_text(
        "Thanks\n\n"
        "We thank the Norland Ambassador to the World Health Organization (WHO), Tove "
        "Lindahl, and her team for their support."
    )
    assert "Tove Lindahl" in people_names(f)
    assert ("Tove Lindahl", "Ambassador to the World Health Organization (WHO)") in _posts(f)


def test_the_next_envoy_of_the_list_keeps_its_own_posting() -> None:
    f = facts_text(
        "Thanks\n\n"
        "We thank the Ambassador to the World Health Organization (WHO), Tove Lindahl, and "
        "the Ambassador to the United Nations in Geneva, Jens Arvid Holm."
    )
    posts = _posts(f)
    assert ("Tove Lindahl", "Ambassador to the World Health Organization (WHO)") in posts
    assert any(p == "Jens Arvid Holm" and "United Nations" in t for p, t in posts)
