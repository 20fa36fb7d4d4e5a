"""A signing with states listed as examples of many (与甲国、乙国等某联盟国家签署…备忘录)
sums up several documents with states, not one agreement of a body
(importers/zh/agreements.py, zh_agreements.txt: [example_state_ends]); and a statistic's
cut-off (截至2030年4月) is no date of the signing told after it (agreement_dates.py), while
a bare day before the agent of a signing (15日由双方局长…签署) is its day ([bare_day_followers])."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def test_states_given_as_examples_of_a_bloc_sign_no_agreement() -> None:
    text = (
        "本报讯 青鸟商标局局长赵明5日介绍，近年该局已与泰国、越南等东盟国家签署"
        "关于商标审查的合作备忘录。"
    )
    assert agreements(run(text, "2030-05-06", reference=REF)) == []


def test_a_body_named_beside_the_states_still_signs() -> None:
    text = "2030年5月5日，青鸟商标局与泰国知识产权厅签订了商标保护合作备忘录。"
    got = agreements(run(text, "2030-05-06", reference=REF))
    assert len(got) == 1


def test_a_statistic_cut_off_date_does_not_date_a_signing_after_talks() -> None:
    text = (
        "本报讯 5月3日至6日，青鸟商标局副局长赵明率团访问白鹭国，"
        "与白鹭国商务部副部长钱亮举行会晤。\n"
        "赵明表示，青鸟商标局持续推进改革。截至2030年4月，商标累计注册量达到一百万件。\n"
        "会晤后，赵明与钱亮共同签署了《青鸟商标局和白鹭国商务部商标领域合作谅解备忘录》。"
    )
    got = agreements(run(text, "2030-05-13", reference=REF))
    assert [d for _t, _k, d, _p in got] == ["2030-05-03"]


def test_a_bare_day_before_the_agent_of_a_signing_dates_it() -> None:
    text = "青鸟商标局与泰国知识产权厅15日由局长赵明与厅长钱亮在曼谷签署《商标审查合作协议》。"
    got = agreements(run(text, "2030-05-18", reference=REF))
    assert [d for _t, _k, d, _p in got] == ["2030-05-15"]
