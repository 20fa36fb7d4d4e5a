"""Any query is text, never syntax: nothing a user types raises or is interpreted."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.search import Hit, search, successor
from tests.search.kb import IDS, ids

_NO_SURROGATES = st.characters(exclude_categories=["Cs"])


@settings(max_examples=200, deadline=None)
@given(p=st.text(_NO_SURROGATES, min_size=1, max_size=6), rest=st.text(_NO_SURROGATES, max_size=4))
def test_successor_bounds_every_string_with_the_prefix(p: str, rest: str) -> None:
    # bytewise, as SQLite's BINARY and PostgreSQL's "C" collation compare UTF-8 text
    upper = successor(p)
    assert p.encode() <= (p + rest).encode()
    assert upper is None or (p + rest).encode() < upper.encode()


@pytest.mark.parametrize("p", ["\U0010ffff", "\U0010ffff" * 3])
def test_a_prefix_of_the_last_code_point_has_no_bound_rather_than_an_empty_range(p: str) -> None:
    assert successor(p) is None
    assert successor("a" + p) == "b"


NASTY = [
    '"',
    "AND",
    "OR",
    "NOT",
    "*",
    "NEAR(",
    "NEAR(a b)",
    "%",
    "_",
    "\\",
    "",
    " ",
    "'",
    "'; DROP TABLE name; --",
    "a" * 5000,
    "知" * 5000,
    "\x00",
    "\x00abc",
    "\x1b[31m",
    "\u200b",
    "\ufeff",
    "\U0010ffff",
    "\ud800" if False else "\udfff"[:0],
    "?",
    "%s",
    "key >= ''",
    "(",
    ")",
    "^",
    "-",
    "+",
    ":",
    "col:val",
    "🙂",
    "ǖǘǚǜ",
    "u:",
    "1234567",
]


@pytest.mark.parametrize("q", NASTY, ids=range(len(NASTY)))
def test_any_query_is_text_never_syntax(session: Any, q: str) -> None:
    got = search(session, q)
    assert isinstance(got, list)
    assert all(isinstance(h, Hit) for h in got)


def test_fts_words_are_found_as_words(session: Any) -> None:
    assert IDS["belt"] in ids(search(session, "AND road"))  # "and" is just a word


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    q=st.one_of(
        st.text(max_size=40),
        st.lists(
            st.sampled_from(
                [
                    '"',
                    "AND",
                    "*",
                    "NEAR(",
                    "%",
                    "_",
                    "\\",
                    "知识",
                    "deng",
                    " ",
                    "\x00",
                    "ü",
                    "u:",
                    "4",
                    "'",
                    "ipos",
                    "of",
                ]
            ),
            max_size=8,
        ).map("".join),
    )
)
def test_no_query_raises(session: Any, q: str) -> None:
    assert isinstance(search(session, q, limit=5), list)
