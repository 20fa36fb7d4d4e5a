"""A grouping named within something else in one document (mentions.py): "the 5th Bloc
Heads of Office Meeting", "the Bloc (BL) Experts Group", "among Bloc countries", 某某五国,
某某国家 ... . A text that names a bloc or an intergovernmental body only inside the name of
an event, a group or a committee of it, or as the modifier of its member countries, seldom
means the body itself as a party of that text: counted on three development and the seven
real read sets, 4 such pairs in 8 were wrong, against 9 in 307 of the rest.

The sign (`within`) holds when more than half of the entity's mentions in the document run
on, on the same line, into a capitalised word that is no title ("Director", "Secretary-
General": the body's head is the body's own), after an acronym in brackets perhaps, or into
a word for its members or a meeting ("countries", "summit"); in Chinese, when the surface
names its members (五国, 国家: not 联合国) or runs on into 国家, 成员 or 各国. It is read
only for the kinds of body a grouping is (`GROUPINGS`) and only where they are stated a few
times: a pair showing it is an item even below mentions.MINIMUM (it waits at the tail, to
confirm).
"""

from __future__ import annotations

import re
from functools import cache

from store.text import has_han, lexicon

#: the kinds of body (Organisation.kind) a grouping of states is stored as
GROUPINGS = frozenset({"igo", "other"})
#: mentions of one pair read for the sign (more: the document is about the body)
MOST = 16
#: text read after a mention: an acronym in brackets and the next word
AFTER = 40
#: text read before a grouping's mention: the states listed with it
BEFORE = 60
#: a list's last joint before its last member ("X, Y and the Bloc", "X, Y and those in the
#: Bloc", 某国、某国和某盟)
_LIST_END = re.compile(
    r"(?:,|\band)\s+(?:(?:those|members?)\s+(?:in|of)\s+)?(?:the\s+)?$|[、和与及]$"
)
_BRACKETED = re.compile(r"^\s?[(（][^()（）\n]{1,15}[)）]")
_NEXT = re.compile(r"^ ([A-Za-z][A-Za-z]*)")
#: a bloc named by its members' count (某某五国); its other member words are data
_HAN_COUNT = re.compile(r"[二两三四五六七八九十几多]国$")


@cache
def _words(section: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in lexicon.words("review.txt", section))


def runs_on(surface: str, after: str) -> bool:
    """Whether one mention names its body within something else (AFTER: the text after it)."""
    if has_han(surface):
        return (
            _HAN_COUNT.search(surface) is not None
            or surface.endswith(lexicon.words("review.txt", "zh_grouping_members"))
            or after.startswith(lexicon.words("review.txt", "zh_grouping_after"))
        )
    if surface.isupper() and len(surface) > 12:  # a heading in capitals, not a name run on
        return False
    rest = _BRACKETED.sub("", after, count=1)
    rest = rest[1:] if rest[:1] in (")", "）") else rest
    found = _NEXT.match(rest)
    if found is None:
        return False
    word = found.group(1).casefold()
    if word in _words("grouping_members"):
        return True
    starts_a_name = word not in _words("grouping_little_words")
    return found.group(1)[0].isupper() and starts_a_name and word not in _words("grouping_heads")


def within(surfaces: list[tuple[str, str, str]]) -> bool:
    """Whether most of one document's mentions of a body (surface, text after, text before)
    name it within something else, or as one more member of a list of states."""
    return bool(surfaces) and 2 * sum(
        runs_on(s, a) or listed_with_states(b) for s, a, b in surfaces
    ) > len(surfaces)


def listed_with_states(before: str) -> bool:
    """Whether the text before a grouping's mention lists two states or more and ends at the
    list's last joint ("with X, Y, Z and the Bloc"): the bloc is one more place the text
    names, as its states are, not a body acting in the text."""
    end = _LIST_END.search(before)
    if end is None:
        return False
    listed = re.split(r"[.;:。；：!?！？]", before[: end.start()])[-1]
    return _states_in(listed) >= 2


def _states_in(text: str) -> int:
    """How many countries a stretch of text names (English words, or Chinese names)."""
    from store.review.pair_keys import country_phrase_at, zh_countries
    from store.search.words import words_of

    if has_han(text):
        return sum(text.count(c) for c in zh_countries() if len(c) > 1)
    words, found, i = words_of(text), 0, 0
    while i < len(words):
        n = country_phrase_at(words, i)
        found += n > 0
        i += max(n, 1)
    return found


def in_title(after: str) -> bool:
    """Whether a mention lies within a title in book-title marks (《某局关于某事的通知》): the
    mark that closes it comes after the mention, before any that opens one and before the
    sentence ends (within AFTER characters)."""
    close = after.find("》")
    return close >= 0 and not any(c in after[:close] for c in "《。\n")
