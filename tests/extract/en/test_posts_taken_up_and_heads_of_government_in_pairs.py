"""Posts a person takes up ("takes up her position this week as new Chair of X", "becomes new
director of X") with a lower-case title and no article before "new", and heads of government
named in pairs."""

from __future__ import annotations

import pytest

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, people_names, roles


@pytest.mark.parametrize(
    "sentence",
    [
        "Marta Ilves takes up her position this week as new managing director of the Baltic "
        "Design Registry (BDR) after a vote of its board.",
        "Marta Ilves took up her post on Monday as the new managing director of the Baltic "
        "Design Registry.",
        "Marta Ilves becomes new managing director of the Baltic Design Registry.",
        "Marta Ilves was appointed as new managing director of the Baltic Design Registry.",
    ],
)
def test_a_post_taken_up_is_the_subjects_even_in_lower_case(sentence: str) -> None:
    f = facts_text(sentence)
    assert "Marta Ilves" in people_names(f)
    assert ("Marta Ilves", "managing director", "Baltic Design Registry") in roles(f)


def test_a_plural_title_gives_each_holder_the_post_and_the_counterpart_his_country() -> None:
    f = facts_text(
        "Kenya and Ireland signed two accords on Monday. Both accords were handed over in "
        "the presence of Presidents Amani Otieno and his Irish counterpart Claire June."
    )
    assert {"Amani Otieno", "Claire June"} <= people_names(f)
    held = {(_people(f)[r.person], r.title) for r in f.roles}
    assert {("Amani Otieno", "President"), ("Claire June", "President")} <= held


def test_the_holder_before_a_foreign_counterpart_is_not_given_that_countrys_government() -> None:
    f = facts_text(
        "The treaty was signed in the presence of Prime Minister Ravi Kumar and his Irish "
        "counterpart Anne Walsh."
    )
    assert ("Anne Walsh", "Prime Minister") in {(_people(f)[r.person], r.title) for r in f.roles}
    assert not any(o.name == "Government of Ireland" for o in f.orgs)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("The visit was hosted by Chancellor Theresa May of the Harbour Institute.", "Theresa May"),
        ("Minister Ravi Kumar arrives on May 4.", "Ravi Kumar"),
        ("Minister Ravi Kumar May 2031 report.", "Ravi Kumar"),
    ],
)
def test_a_months_name_after_a_given_name_is_a_family_name_unless_a_date_follows(
    sentence: str, name: str
) -> None:
    assert name in people_names(facts_text(sentence))


def _people(f: DocumentFacts) -> dict[str, str]:
    return {p.key: p.name for p in f.people}
