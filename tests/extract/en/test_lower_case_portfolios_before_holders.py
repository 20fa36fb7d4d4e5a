"""A minister's portfolio a newspaper writes in lower case, with the holder's name right
after it and no comma ("Minister for fisheries NAME said"), is part of the title
(importers/en/roles/postings.py). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names


def _titles(text: str) -> set[tuple[str, str]]:
    facts = facts_text(text, "2031-03-04")
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title) for r in facts.roles}


def test_a_lower_case_portfolio_of_two_fields_ends_at_the_holders_name() -> None:
    text = (
        "The Norwegian Industrial Property Office is to gain new powers. Minister for "
        "fisheries and coastal affairs Henrik Solberg said the change was overdue.\n"
    )
    assert _titles(text) == {("Henrik Solberg", "Minister for fisheries and coastal affairs")}


def test_a_lower_case_portfolio_of_one_word_is_the_title_of_the_name_after_it() -> None:
    text = "Minister for trade Ingrid Dahl opened the new office in Tromsø on Monday.\n"
    facts = facts_text(text, "2031-03-04")
    assert "Ingrid Dahl" in people_names(facts)
    assert _titles(text) == {("Ingrid Dahl", "Minister for trade")}


def test_a_title_for_a_length_of_time_has_no_portfolio() -> None:
    text = "Henrik Solberg served as Secretary for two years. In May Ingrid Dahl took over.\n"
    assert not any(t.startswith("Secretary for") for _n, t in _titles(text))
