"""A signer with a bare title, joined to a counterpart written with a body, holds the title
at the other body of that kind the sentence names (importers/zh/paired_signers.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import roles, run

REF = load_reference()


def test_a_bare_title_beside_a_titled_counterpart_is_held_at_the_other_body() -> None:
    facts = run(
        "2023年4月，市商务局与新加坡知识产权局签订经贸合作备忘录，由时任局长周明远和新加坡"
        "知识产权局副局长陈立新分别代表两局签字。",
        "2024-01-10",
        reference=REF,
    )
    assert ("周明远", "局长", "市商务局") in roles(facts)


def test_a_bare_title_whose_head_noun_no_other_body_bears_stays_without_one() -> None:
    facts = run(
        "市科技局与新加坡知识产权局签订备忘录，由院长周明远和新加坡知识产权局副局长陈立新分别代表两局签字。",
        "2024-01-10",
        reference=REF,
    )
    assert not any(p == "周明远" for p, _t, _o in roles(facts))
