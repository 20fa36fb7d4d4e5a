"""An instrument the sides "agreed on" or "agreed upon" was settled, as one they signed was;
"agreed on the need" for one, or on steps towards one, settles nothing (the phrases in
store/text/words/en_agreements.txt). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

PAIR = frozenset({"Danish Patent and Trademark Office", "Korean Intellectual Property Office"})


def test_a_memorandum_the_offices_agreed_on_is_an_agreement_of_that_day() -> None:
    text = (
        "On 3 March 2031, the Danish Patent and Trademark Office (DKPTO) and the Korean "
        "Intellectual Property Office (KIPO) agreed on a memorandum of understanding to widen "
        "their cooperation on examination.\n"
    )
    got = agreements_of(facts_text(text, "2031-03-04"))
    assert [(k, d, p) for _t, k, d, p in got] == [("mou", "2031-03-03", PAIR)]


def test_a_work_plan_agreed_upon_at_a_meeting_is_an_agreement() -> None:
    text = (
        "The Danish Patent and Trademark Office and the Korean Intellectual Property Office "
        "agreed upon a work plan for 2032 at their meeting in Seoul on 3 March 2031.\n"
    )
    got = agreements_of(facts_text(text, "2031-03-04"))
    assert [(k, p) for _t, k, _d, p in got] == [("work_plan", PAIR)]


def test_agreeing_on_the_need_for_a_memorandum_or_on_steps_towards_one_signs_nothing() -> None:
    need = (
        "On 3 March 2031, the Danish Patent and Trademark Office and the Korean Intellectual "
        "Property Office agreed on the need to draft a memorandum of understanding next year.\n"
    )
    steps = (
        "At the meeting on 3 March 2031 the two offices agreed on further steps towards a "
        "memorandum of understanding.\n"
    )
    assert agreements_of(facts_text(need, "2031-03-04")) == []
    assert agreements_of(facts_text(steps, "2031-03-04")) == []
