"""A plan named as what an approved report is about is no agreement of the sentence; the
plan named after it is."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_the_plan_a_report_is_about_is_not_approved_with_it() -> None:
    got = agreements_of(
        facts_text(
            "The meeting of the Nordic Patent Institute and the Japan Patent Office approved the "
            "Report on implementing the Work Plan for 2019-2020 and the Work Plan for 2020-2021.",
            "2020-05-01",
        )
    )
    assert [title for title, *_ in got] == ["Work Plan for 2020-2021"]


def test_a_report_on_the_implementation_of_a_plan_leaves_the_next_plan_to_be_found() -> None:
    got = agreements_of(
        facts_text(
            "The Japan Patent Office and the Nordic Patent Institute approved the report on "
            "the implementation of the Work Plan for 2019-2020, as well as the Work Plan for "
            "2020-2021.",
            "2020-05-01",
        )
    )
    assert [title for title, *_ in got] == ["Work Plan for 2020-2021"]
