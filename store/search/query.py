"""A query as the index is asked: a few folded probe strings and the words it holds.

Any query is text: control characters are blanked, the first `MAX_QUERY` characters are
looked at, ü may be typed as v or u:, and tone numbers (zhang1) are dropped.
"""

from __future__ import annotations

import re
import unicodedata

from store.search.keys import MAX_KEY
from store.search.words import STOPWORDS, words_of
from store.text import fold

MAX_QUERY = 300  # characters of a query that are looked at
MAX_WORDS = 8

_TONE_V = str.maketrans({c: "v" for c in "üǖǘǚǜÜǕǗǙǛ"})
_TONE_DIGIT = re.compile(r"(?<=[a-z])[1-5]")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def probes(query: str) -> list[str]:
    """The folded forms of a query to look up: as typed, ü as v, tone numbers removed."""
    q = _CONTROL.sub(" ", unicodedata.normalize("NFKC", query[:MAX_QUERY]))
    forms = [q]
    lower = q.lower()
    if "ü" in lower or "u:" in lower or any(c in lower for c in "ǖǘǚǜ"):
        forms.append(lower.replace("u:", "v").translate(_TONE_V))
    out: list[str] = []
    for f in forms:
        k = fold(f)[:MAX_KEY]
        if k and k not in out:
            out.append(k)
        stripped = _TONE_DIGIT.sub("", k)
        if stripped and stripped != k and stripped not in out:
            out.append(stripped)
    return out


def query_words(query: str) -> list[str]:
    """The words of a query, stop words dropped unless it has nothing else, at most eight."""
    q = _CONTROL.sub(" ", query[:MAX_QUERY])
    ws: list[str] = []
    for w in words_of(q):
        w = _TONE_DIGIT.sub("", w) or w
        if w not in ws:
            ws.append(w)
    content = [w for w in ws if w not in STOPWORDS]
    return (content or ws)[:MAX_WORDS]
