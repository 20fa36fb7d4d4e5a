"""The unit's own name written before a unit head's title: "Budget Division Chief NAME".

Many civil services title the head of a division or section by the unit's kind and "Chief",
"Head" or "Director", and name the unit by its field before that ("Budget Division Chief",
"Legal Section Head"). The field's capitalised words are part of the post, so the title
starts with them: the body a list of such posts serves is then read from before the whole
post, as it is for every other item of the list.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.roles.portfolio import Title
from importers.en.words import COUNTRY_OF, ORG_HEADS
from store.text import lexicon

#: The kinds of unit a title may open with ("Division Chief", "Section Head").
_UNIT_KINDS = lexicon.wordset("en_titles.txt", "unit_kinds")
#: One or two capitalised words, no article among them, opening a line or a sentence or
#: right after a list's separator or a preposition that introduces people, ending where the
#: title begins.
_FIELD_BEFORE = re.compile(
    r"(?:(?<![^\n])[ \t]*|(?:[,;:(.]|\b(?:and|by|with|from|including))[ \t]+)"
    r"(?!(?:The|A|An|This|Its|Their)[ \t])((?:[A-Z][a-z][\w’'-]*[ \t]+){1,2})$"
)


def with_unit_field(text: str, t: Title, orgs: Orgs) -> Title:
    """`t` started at the unit's field written before it, when the title opens with a kind
    of unit and one or two capitalised words precede it, none a body's head noun or a
    country nor part of a body the text names; else `t` as it was."""
    if t.text.split()[0].casefold() not in _UNIT_KINDS:
        return t
    m = _FIELD_BEFORE.search(text, max(0, t.start - 60), t.start)
    if m is None:
        return t
    start = m.start(1)
    if any(a < t.start and b > start for a, b, _ in orgs.mentions):
        return t  # "the Harbour Council Division Chief": the body, not the unit's field
    if any(w.casefold() in ORG_HEADS or w.casefold() in COUNTRY_OF for w in m.group(1).split()):
        return t  # "the Kenya Division Chief", "the Authority Section Head": no field
    t.text = re.sub(r"\s+", " ", text[start : t.start]) + t.text
    t.start = start
    return t
