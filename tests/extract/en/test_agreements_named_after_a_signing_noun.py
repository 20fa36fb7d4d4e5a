"""A signing named as a noun ("the signing of the plan") with a verb of its own signs only
its own object: an instrument the sentence names after that verb is only mentioned."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_an_agreement_that_preceded_a_signing_is_only_mentioned() -> None:
    f = facts_text(
        "The Ruritania Patent Office and the European Patent Office signed a work plan on "
        "5 May 2023. The signing of the plan was preceded by the Cooperation Agreement on "
        "Search Reports for Ruritania, which entered into force on 15 January.",
        date="2023-05-06",
    )
    assert [a[1] for a in agreements_of(f)] == ["work_plan"]


def test_the_signing_of_a_memorandum_still_signs_it() -> None:
    f = facts_text(
        "The signing of the Memorandum of Understanding between the Ruritania Patent Office "
        "and the Borduria Patent Office was held on 5 May 2023.",
        date="2023-05-06",
    )
    assert [a[1] for a in agreements_of(f)] == ["mou"]
