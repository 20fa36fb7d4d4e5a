"""A leader named in the formula of carrying out their words (学习贯彻某某总书记关于X工作的
重要指示精神) is cited, not present: that mention makes no official (importers/zh/cited.py);
the same leader named with a post in the events the text reports still is one. The leader is
one the reference knows, as a bare name of a party leader's title is kept only then."""

from __future__ import annotations

from importers.resolve.reference import load_reference, parse
from tests.extract.zh.helpers import org_names, people, run

_REF = parse([], [{"id": "zhao-lixin", "name": "Zhao Lixin", "names": [{"text": "赵立新"}]}])


def test_a_leader_whose_instructions_are_carried_out_is_no_official() -> None:
    text = "会议强调，要深入学习贯彻赵立新总书记关于商标工作的重要指示精神。"
    assert "赵立新" not in people(run(text, reference=_REF))


def test_a_leader_named_with_a_post_in_the_events_is_an_official() -> None:
    text = "会议强调，赵立新总书记出席开幕式并致辞。"
    assert "赵立新" in people(run(text, reference=_REF))


def test_a_cited_leaders_posts_imply_no_government() -> None:
    """The formula's leader is dropped before his state posts are read: no government is left
    behind by a title the text only cites."""
    text = "大会指出，要认真学习贯彻中共中央总书记、国家主席赵立新关于版权工作的重要指示精神。"
    facts = run(text, reference=load_reference())
    assert "赵立新" not in people(facts)
    assert "中华人民共和国政府" not in org_names(facts)


def test_the_cited_leaders_posts_are_read_when_he_takes_part() -> None:
    text = "中共中央总书记、国家主席赵立新出席开幕式并致辞。"
    facts = run(text, reference=load_reference())
    assert "赵立新" in people(facts)
    assert "中华人民共和国政府" in org_names(facts)


def test_a_verb_before_the_title_of_a_cited_head_of_state() -> None:
    """The verb of carrying out stands right before the title, wherever the role's
    statement begins (its clause, further back)."""
    text = "各部门要深入贯彻国家主席赵立新关于版权保护工作的重要指示精神。"
    assert "赵立新" not in people(run(text, reference=_REF))
