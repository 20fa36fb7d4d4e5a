"""The visitor an opening names as a signing's occasion signs nothing, "our offices" in a
head's words are the two offices the paragraph names, and "witnessed by" ends a title."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

_MEETING = (
    "Director General Eva Lind of the Swedish Patent and Registration Office met Director "
    "General Paulo Reis of the National Institute of Industrial Property of Brazil in "
    "Stockholm. Lind said that the two offices had worked well together. On the occasion of "
    "Brazilian President Carla Moura's state visit, our offices signed a memorandum of "
    "understanding on patent examination witnessed by the two heads of state.\n"
)


def test_an_occasions_visitor_is_no_signer_and_our_offices_are_the_pair() -> None:
    f = facts_text(_MEETING)
    ((title, _, _, parties),) = agreements_of(f)
    assert parties == {
        "Swedish Patent and Registration Office",
        "National Institute of Industrial Property of Brazil",
    }
    names = {p.key: p.name for p in f.people}
    assert "Carla Moura" in names.values()
    assert not any("Moura" in names[k] for a in f.agreements for k in a.signatories)


def test_witnessed_by_ends_the_title() -> None:
    f = facts_text(_MEETING)
    ((title, _, _, _),) = agreements_of(f)
    assert title == "memorandum of understanding on patent examination"


def test_a_signer_after_the_occasion_still_signs() -> None:
    f = facts_text(
        "At the invitation of the Malaysian Minister of Trade, Director General Paulo Reis of "
        "the National Institute of Industrial Property of Brazil signed an agreement with the "
        "Intellectual Property Corporation of Malaysia in 2019.\n"
    )
    ((_, _, _, parties),) = agreements_of(f)
    assert "National Institute of Industrial Property of Brazil" in parties
    assert "Intellectual Property Corporation of Malaysia" in parties
