"""A title-case headline whose verb issues a statement: "A and B Issue Joint Statement on X".

Headlines capitalise every word, so the verb stands among capitalised words right before the
statement's name. It is the verb that issues the statement, not a word of its title: the
headline reports a joint statement of the two bodies, whether or not the story names it again.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

JP = "Japan Patent Office"
KR = "Korean Intellectual Property Office"

BODY = (
    f"Tokyo - Last spring the {JP} (JPO) and the {KR} (KIPO) announced plans to share "
    "search results. The offices will begin in October.\n"
)


def test_the_headline_verb_issues_the_statement_of_the_two_offices() -> None:
    text = "JPO and KIPO Issue Joint Statement on Search Sharing\n\n" + BODY
    got = agreements_of(facts_text(text))
    assert [(title, kind, parties) for title, kind, _, parties in got] == [
        ("Joint Statement on Search Sharing", "joint_statement", frozenset({JP, KR}))
    ]


def test_a_released_statement_in_a_headline_likewise() -> None:
    text = "JPO and KIPO Release Joint Statement on Search Sharing\n\n" + BODY
    assert [a[0] for a in agreements_of(facts_text(text))] == ["Joint Statement on Search Sharing"]
