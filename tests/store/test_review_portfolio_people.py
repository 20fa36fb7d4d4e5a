"""A "person" named only by a portfolio's words is doubted as one named like a body; a
person whose surname is also such a word is not. Every name here is our own."""

from __future__ import annotations

from store.review.signals import person_doubt, person_signs


def test_a_person_named_only_by_a_portfolios_words_is_doubted() -> None:
    for name in ("Energy Resources", "Digital Economy", "Higher Education"):
        assert "body_named" in {s.key for s in person_signs(name)}, name
        assert person_doubt(name)[0] >= 0.5, name


def test_a_person_whose_surname_is_a_portfolio_word_is_not_doubted_for_it() -> None:
    for name in ("Kevin Law", "Rosa Land", "Mina Health Park"):
        assert "body_named" not in {s.key for s in person_signs(name)}, name
