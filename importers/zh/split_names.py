"""Names written around a title: 陳委員美珍, 郭部長智輝 (family name, title, given name).

A legislature's record (立法院公報) labels each speaker's turn with the family name, the title
and then the given name (陳委員美珍：…), and calls on speakers the same way (請陳委員美珍發言).
Read left to right, the title is followed by a two-character "name" that is only the given
name. A turn's label at the start of a line settles the form: the person is the family name
and the given name together, and every other place the text writes the same label is that
person too.
"""

from __future__ import annotations

import re

from importers.zh import lex as zh_lex
from importers.zh.names import followers, surname_length
from importers.zh.orgs.chambers import chamber_of
from importers.zh.orgs.mention import Mention
from importers.zh.roles import PersonHit
from store.text import is_han

_LABEL_END = "：:"
_SPACES = " \t\u3000"


def split_names(text: str, hits: list[PersonHit], orgs: list[Mention]) -> list[PersonHit]:
    """`hits` with every speaker written around a title replaced by the whole person: a hit
    inside such a label (美珍 of 陳委員美珍) gives way to it."""
    labels = _labels(text)
    if not labels:
        return hits
    found: list[PersonHit] = []
    for label, (name, title) in labels.items():
        for m in re.finditer(re.escape(label), text):
            hit = PersonHit(m.start(), m.end(), name, title=title, span_start=m.start())
            hit.org = chamber_of(title, orgs)
            found.append(hit)
    kept = [h for h in hits if not any(f.start <= h.start and h.end <= f.end for f in found)]
    return kept + found


def _labels(text: str) -> dict[str, tuple[str, str]]:
    """label as written (陈委员美珍) -> (the person's name, the title), for each turn's label
    at the start of a line."""
    out: dict[str, tuple[str, str]] = {}
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        k = start + len(line) - len(line.lstrip(_SPACES))
        found = _label_at(text, k)
        if found is not None:
            out[text[k : found[0]]] = (found[1], found[2])
    return out


def _label_at(text: str, k: int) -> tuple[int, str, str] | None:
    """(end, name, title) of a label 陈委员美珍： opening at `k`, or None."""
    sl = surname_length(text, k)
    title = zh_lex.title_regex().match(text, k + sl) if sl else None
    if title is None:
        return None
    colon = next(
        (j for j in range(title.end() + 1, title.end() + 3) if text[j : j + 1] in _LABEL_END), None
    )
    if colon is None:
        return None
    given = text[title.end() : colon]
    if not all(is_han(c) for c in given) or not _given_name(given):
        return None
    return colon, text[k : k + sl] + given, title.group(0)


def _given_name(given: str) -> bool:
    """Not a word that follows a titled person (王局长表示：, 李主任说：), nor a common word."""
    return not given.startswith(followers()) and not zh_lex.common_word(given)


def written_around(span: str, name: str) -> int:
    """The length of the family name when `span` writes `name` around a title (陈委员美珍
    for 陈美珍), else 0."""
    if len(span) <= len(name):
        return 0
    return next((k for k in (1, 2) if span.startswith(name[:k]) and span.endswith(name[k:])), 0)
