"""Where a phrase stands in a text as whole words.

Rules look for the names a document has just given ("Daren Tang", "SIPO Croatia") wherever
else it writes them. Built as regular expressions, each name made a pattern of its own, and
the re module keeps only the last 512 patterns it compiled: a long document's names pushed
the rules' fixed patterns out, and every rule then compiled its patterns again, document after
document (a fifth of an import's time). A phrase is found here with `str.find` instead.
"""

from __future__ import annotations

from collections.abc import Iterator


def _word_char(c: str, joiners: str) -> bool:
    """What `\\w` matches (letters, digits, underscore, in any script), or a joiner."""
    return c.isalnum() or c == "_" or c in joiners


def whole_word_spans(
    text: str, phrase: str, joiners: str = "", joiners_before: str = ""
) -> Iterator[tuple[int, int]]:
    """Each (start, end) of `phrase` in `text` with no word character (nor one of
    `joiners`, such as "-" or an apostrophe) right before or after it, as the patterns
    `(?<![\\w-])phrase(?![\\w-])` found it; `joiners_before` may not stand right before it
    only (an apostrophe: "O'Trade" is no "Trade", "Trade's" is)."""
    if not phrase:
        return
    at = text.find(phrase)
    while at >= 0:
        end = at + len(phrase)
        before = text[at - 1] if at else ""
        after = text[end] if end < len(text) else ""
        if not (before and _word_char(before, joiners + joiners_before)) and not (
            after and _word_char(after, joiners)
        ):
            yield at, end
            at = text.find(phrase, end)
        else:
            at = text.find(phrase, at + 1)


def has_whole_word(text: str, phrase: str, joiners: str = "", joiners_before: str = "") -> bool:
    """Whether `phrase` stands in `text` as whole words (`whole_word_spans`)."""
    return next(whole_word_spans(text, phrase, joiners, joiners_before), None) is not None
