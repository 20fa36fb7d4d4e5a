"""A leader named in the formula of carrying out their words (学习贯彻某某总书记关于X工作的
重要指示精神) is cited, not present: that mention makes no official (importers/zh/cited.py);
the same leader named with a post in the events the text reports still is one. The leader is
one the reference knows, as a bare name of a party leader's title is kept only then."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import people, run

_REF = parse([], [{"id": "zhao-lixin", "name": "Zhao Lixin", "names": [{"text": "赵立新"}]}])


def test_a_leader_whose_instructions_are_carried_out_is_no_official() -> None:
    text = "会议强调，要深入学习贯彻赵立新总书记关于商标工作的重要指示精神。"
    assert "赵立新" not in people(run(text, reference=_REF))


def test_a_leader_named_with_a_post_in_the_events_is_an_official() -> None:
    text = "会议强调，赵立新总书记出席开幕式并致辞。"
    assert "赵立新" in people(run(text, reference=_REF))
