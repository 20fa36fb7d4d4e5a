"""The unit's own name written before a unit head's title: "Budget Division Chief NAME".

Many civil services title the head of a division or section by the unit's kind and "Chief",
"Head" or "Director", and name the unit by its field before that ("Budget Division Chief",
"Legal Section Head"). The field's capitalised words are part of the post, so the title
starts with them: the body a list of such posts serves is then read from before the whole
post, as it is for every other item of the list.

A body's acronym or name may stand before the whole post, its unit between the two: "XAC
Finance Subcommittee Co-Chair NAME". The unit is part of the post and the body is the one
named before it, so the title starts with the unit's words there too.
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


#: Heads of a body's unit written between the body and a title ("Finance Subcommittee").
_UNITS_BEFORE_TITLES = lexicon.wordset("en_titles.txt", "units_before_titles")
#: After a body's name: one to three capitalised words up to the title, the last of them
#: the unit's head unless the title opens with it ("XAC Legal Division Chief").
_UNIT_BEFORE = re.compile(r"[ \t]+((?:[A-Z][\w’'-]*[ \t]+){0,2}([A-Z][a-z-]+)[ \t]+)")


def with_unit_field(text: str, t: Title, orgs: Orgs) -> Title:
    """`t` started at the unit's field written before it, when the title opens with a kind
    of unit and one or two capitalised words precede it, none a body's head noun or a
    country nor part of a body the text names; else `t` as it was."""
    if t.text.split()[0].casefold() not in _UNIT_KINDS:
        return _with_unit_of_body(text, t, orgs)
    m = _FIELD_BEFORE.search(text, max(0, t.start - 60), t.start)
    if m is None:
        return _with_unit_of_body(text, t, orgs)
    start = m.start(1)
    if any(a < t.start and b > start for a, b, _ in orgs.mentions):
        # "the Harbour Council Division Chief": the body, not the unit's field; but
        # "XAC Legal Division Chief": the unit's field after the body's name
        return _with_unit_of_body(text, t, orgs)
    if any(w.casefold() in ORG_HEADS or w.casefold() in COUNTRY_OF for w in m.group(1).split()):
        return t  # "the Kenya Division Chief", "the Authority Section Head": no field
    t.text = re.sub(r"\s+", " ", text[start : t.start]) + t.text
    t.start = start
    return t


def _with_unit_of_body(text: str, t: Title, orgs: Orgs) -> Title:
    """`t` started at the unit written between a body the text names and the title ("XAC
    Finance Subcommittee Co-Chair"), when the unit's head is a kind of unit, its field
    words name no body nor country, and no name the text found covers the unit; else `t`."""
    m = next(
        (
            u
            for _s, e, _ in orgs.mentions
            if t.start - 60 < e < t.start
            and (u := _UNIT_BEFORE.fullmatch(text, e, t.start)) is not None
        ),
        None,
    )
    if m is None:
        return t
    opens = t.text.split()[0].casefold() in _UNIT_KINDS  # "Division Chief": the head is its own
    if m.group(2).casefold() not in _UNITS_BEFORE_TITLES and not opens:
        return t
    start = m.start(1)
    if any(a < t.start and b > start for a, b, _ in orgs.mentions):
        return t  # the unit is a body the text names on its own
    field = m.group(1).split() if opens else m.group(1).split()[:-1]
    if any(w.casefold() in ORG_HEADS or w.casefold() in COUNTRY_OF for w in field):
        return t
    t.text = re.sub(r"\s+", " ", text[start : t.start]) + t.text
    t.start = start
    return t
