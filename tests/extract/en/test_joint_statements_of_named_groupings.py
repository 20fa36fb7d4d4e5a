"""A joint statement made by the heads of a named grouping's offices.

"The Heads of the Visegrad Group offices reviewed their projects, explored new topics and
made the following joint statement:" after a sentence that lists the offices whose heads
met: the statement is made (not only talked about: the talks and the statement share the
sentence), and its parties are the offices the text named, not the grouping, which no head
speaks for.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

GROUPING = (
    "Joint Statement\n\n"
    "On 14 May 2025, the heads of the Industrial Property Office of the Czech Republic, the "
    "Hungarian Intellectual Property Office, the Patent Office of the Republic of Poland and "
    "the Industrial Property Office of the Slovak Republic met in Krakow for the yearly "
    "meeting of the Visegrad Group offices.\n\n"
    "The Heads of the Visegrad Group offices reviewed the results of their joint projects, "
    "explored new topics for training and made the following joint statement:\n"
)


def test_a_statement_made_after_talks_in_the_same_sentence_is_made() -> None:
    got = agreements_of(facts_text(GROUPING, "2025-05-14"))
    assert [k for _t, k, _d, _p in got] == ["joint_statement"]


def test_the_heads_of_a_groupings_offices_state_for_the_offices_named() -> None:
    got = agreements_of(facts_text(GROUPING, "2025-05-14"))
    assert len(got) == 1
    parties = got[0][3]
    assert len(parties) == 4
    assert not any("Visegrad" in p for p in parties)
