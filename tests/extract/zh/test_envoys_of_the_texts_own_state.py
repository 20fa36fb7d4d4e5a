"""An envoy of the text's own state (我国驻甲国大使某某), or of a state named after other words
of the sentence (由乙国驻甲国大使某某), whose mission the text leaves unnamed: the post is the
title whole, with no body (importers/zh/state.py, [own_state_names])."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import run


def _posts(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, r.org) for r in facts.roles}


def test_an_envoy_of_our_state_holds_the_whole_post_with_no_body() -> None:
    facts = run("我国驻法国大使卢明出席了招待会。", reference=load_reference())
    assert ("卢明", "我国驻法国大使", None) in _posts(facts)


def test_an_envoy_named_after_the_agent_of_a_signing_keeps_the_post() -> None:
    facts = run(
        "两项协议于8日由我国驻葡萄牙大使陈华及葡萄牙工业产权局局长签署。",
        reference=load_reference(),
    )
    assert ("陈华", "我国驻葡萄牙大使", None) in _posts(facts)


def test_an_envoy_of_a_named_state_after_other_words_keeps_its_state() -> None:
    facts = run("会上沙特驻华大使图尔基致辞。", reference=load_reference())
    assert ("图尔基", "沙特驻华大使", None) in _posts(facts)
