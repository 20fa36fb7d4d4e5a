"""A headline set in title case, where capital letters say nothing of where a name ends.

"Five Offices Meet in Geneva" capitalises the verb as much as the names; the sentences of
the story under it do not. Rules that read names use this to tell a headline's words
apart from a body's or a person's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from store.text import lexicon

#: Prepositions a title-case headline may leave in lower case ("... Talks with Nine Offices").
_LOWER = lexicon.wordset("en_rules.txt", "title_case_prepositions")


_SENTENCE_AT_LINE_END = re.compile(r"[.!?][\"”’]?[ \t]*\n")


@lru_cache(maxsize=4)
def _story_begins(text: str) -> int:
    """Where the text's first line ended by a sentence ends (past the end if none): a
    line after it is in the story. Found once per text, not in a copy of everything before
    each line asked about (every name of a long text asks)."""
    m = _SENTENCE_AT_LINE_END.search(text)
    return m.end() if m else len(text) + 1


def title_case_line(text: str, pos: int) -> tuple[int, int] | None:
    """The bounds of the line holding `pos` when it is a headline in title case: short,
    with no comma and ended by no full stop or colon, every word of four letters or more
    capitalised but a preposition ("with"), and no sentence of the story before it (a
    table's row of names and titles is capitalised too, but lists with commas); else None."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    words = re.findall(r"[A-Za-z][\w’'-]*", line)
    long = [w for w in words if len(w) > 3 and w not in _LOWER]
    if line.endswith((".", ":", ";")) or "," in line or len(words) > 20 or len(long) < 3:
        return None
    if _story_begins(text) <= start:
        return None  # the story has begun: a line in it is no headline
    if not all(w[:1].isupper() for w in long):
        return None
    return start, end


def written_outside(
    text: str, pattern: re.Pattern[str], line: tuple[int, int]
) -> Iterator[re.Match[str]]:
    """The matches of `pattern` in the story outside the headline `line`: what the story
    writes in its sentences, where capitals mean names again."""
    return (m for m in pattern.finditer(text) if not line[0] <= m.start() < line[1])
