"""People (importers/en/names.py, name_shapes.py, roles/portfolio_holders.py): a Vietnamese
middle name written without its accent can look like an English function word ("The" for
Thế); after a Vietnamese family name and before a given name it is part of the name."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names


def test_the_after_a_vietnamese_family_name_and_before_a_given_name_is_a_middle_name() -> None:
    f = facts_text("Director General Tran The Long of the Patent Office opened the meeting.")
    assert "Tran The Long" in people_names(f)


def test_a_holder_with_the_as_middle_name_ends_a_ministers_portfolio() -> None:
    f = facts_text(
        "Deputy Minister of Planning and Investment Pham The Quang witnessed the signing."
    )
    assert "Pham The Quang" in people_names(f)
    assert any(
        p.name == "Pham The Quang" and r.title == "Deputy Minister of Planning and Investment"
        for r in f.roles
        for p in f.people
        if p.key == r.person
    )


def test_the_before_a_bodys_head_word_is_no_middle_name() -> None:
    f = facts_text("Director General Tran The Office of Planning said so.")
    assert "Tran The" not in people_names(f)
    assert "Tran The Office" not in people_names(f)
