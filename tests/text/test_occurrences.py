"""Finding a name a document gave wherever else it writes it, as whole words, the way the
word-bounded patterns the rules once built per name found it."""

from __future__ import annotations

import re

import pytest

from store.text.occurrences import has_whole_word, whole_word_spans


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("the IPO Ruritania and IPO Ruritanian", "IPO Ruritania"),
        ("Roe-Doe met Roe, then Roe_x and Roe.", "Roe"),
        ("北方Roe and Roe", "Roe"),
        ("Roe Roe Roe", "Roe Roe"),
        ("Dr Müller and Müllerin", "Müller"),
    ],
)
def test_whole_word_spans_match_the_bounded_pattern(text: str, phrase: str) -> None:
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(phrase)}(?![\w’'-])")
    assert list(whole_word_spans(text, phrase, "’'-")) == [m.span() for m in pattern.finditer(text)]


def test_a_joiner_counts_as_part_of_a_word_only_when_named() -> None:
    assert has_whole_word("the Sino-Ruritanian office", "Ruritanian")
    assert not has_whole_word("the Sino-Ruritanian office", "Ruritanian", "-")
    assert not has_whole_word("anything", "")
