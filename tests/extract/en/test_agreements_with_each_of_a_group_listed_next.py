"""A signing "with each" guest of a group that the next sentence lists.

A story may tell that an office head signed cooperation documents "with each delegate" and
list the delegates in the sentence after it, each with the body he or she heads. Every body
of that list signed one document with the head's office; a listed guest with no body (an
envoy named only with the country he is posted to) adds no agreement. Without such a list
the bodies stay unknown.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

HOME = "Nordland Patent Board"
AT = "Austrian Patent Office"
CL = "National Institute of Industrial Property of Chile"
KE = "Kenya Industrial Property Institute"

_STORY = (
    "Oslo, 3 March 2031\n\n"
    f"On 2 March, Kari Nordby, Director General of the {HOME}, hosted several delegates and "
    "signed memorandums of understanding with each delegate. These delegates included Omar "
    "Haddad, Lebanese Ambassador to Norway; Eva Gruber, President of the "
    f"{AT}; Luis Pena, Director of the {CL}; and Grace Njeri, Managing Director of the {KE}.\n"
)


def test_each_body_of_the_group_listed_next_signs_one_with_the_heads_office() -> None:
    found = agreements_of(facts_text(_STORY))
    assert {p for *_, p in found} == {
        frozenset({HOME, AT}),
        frozenset({HOME, CL}),
        frozenset({HOME, KE}),
    }
    assert {kind for _, kind, _, _ in found} == {"mou"}


def test_a_group_that_no_sentence_lists_names_no_counterpart() -> None:
    found = agreements_of(facts_text(_STORY.split(" These")[0] + "\n"))
    assert all(len(p) < 2 for *_, p in found)


def test_a_next_sentence_that_lists_no_group_names_no_counterpart() -> None:
    text = _STORY.replace("These delegates included", "Later, the board thanked")
    found = agreements_of(facts_text(text))
    assert not any({AT, CL} <= p for *_, p in found)
    assert not any(KE in p for *_, p in found)


def test_a_pair_signing_with_each_other_takes_no_bodies_from_the_next_sentence() -> None:
    text = (
        f"The {HOME} and the {AT} signed memorandums of understanding with each other. They "
        f"were the first such documents for the {CL} and the {KE} to study.\n"
    )
    found = agreements_of(facts_text(text))
    assert not any(CL in p or KE in p for *_, p in found)
