"""Where a title's field ends before the person who holds it.

A field after "of" or "for" is read as a run of capitalised words, which can run on into the
holder's name: "Director of Patents NAME signed" and "Director of Patents, Dr NAME, and ..."
write the holder right after the field, with no "the" before it. The field is the run of
words that name functions ("Patents", "Finance"); what follows it is the holder. A field may
end in its country ("of Customs of Indonesia", `past_field_country`), which stays in the title.
"""

from __future__ import annotations

import re

from importers.en.names import name_after
from importers.en.places import country_prefix
from importers.en.words import (
    HONORIFICS,
    ORG_HEADS,
    PORTFOLIO_WORDS,
    TITLE_UNIT_WORDS,
)

#: ", Dr " or ", Ms. ": an honorific opens a person, never a field of a list.
_ADDRESSED = re.compile(rf",\s+(?:(?:and|&)\s+)?(?:{HONORIFICS})\s")
#: " Mr. " or " Dr ", with no comma or "and" before it: the form of address opens the
#: holder's name.
_ADDRESS_OPENS = re.compile(rf"(?<![,&])(?<!\band)[ \t]+(?:{HONORIFICS})[ \t]")


#: " of the Republic of Korea": "of", then up to five words that may name a country.
_OF_WORDS = re.compile(r"\s+of\s+((?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,4})")


def past_field_country(text: str, end: int) -> int:
    """Where "of Indonesia" ends after a field that ends at `end` ("Director General of
    Customs of Indonesia"): a function qualified by its country is still a function, and the
    country is the title's. `end` when no country's name follows, or when it opens a body's
    name ("of the Zimbabwe Intellectual Property Office")."""
    m = _OF_WORDS.match(text, end)
    if m is None:
        return end
    words = list(re.finditer(r"[\w’'-]+", m.group(1)))
    skip = 1 if words and words[0].group() == "the" else 0
    name = country_prefix([w.group() for w in words[skip:]])
    if name is None:
        return end
    k = skip + len(name.split())
    if any(w.group().casefold() in ORG_HEADS for w in words[k:]):
        return end  # "of the Zimbabwe Intellectual Property Office": a body's name
    return m.start(1) + words[k - 1].end()


def holder_after_field(text: str, start: int, end: int) -> int | None:
    """Where the field written from `start` to `end` ends before its holder's name, or None
    when the whole run is the field."""
    addressed = _ADDRESSED.search(text, start, end)
    if addressed is not None:
        return addressed.start()
    addressed = _ADDRESS_OPENS.search(text, start, min(len(text), end + 2))
    if addressed is not None and addressed.start() < end:
        return addressed.start()  # "for Economic Affairs Mr. NAME": no comma before the address
    joined = _holder_joined(text, start, end)
    if joined is not None:
        return joined
    return _name_after_field_words(text, start, end)


#: " and " inside a run of capitalised words.
_AND = re.compile(r"\s+and\s+")


def _holder_joined(text: str, start: int, end: int) -> int | None:
    """'Head of the Legal Division and Maria Costa, adviser ...': after a field that names
    one unit ("the ..."), "and" and a personal name that ends the run join the next person
    to the sentence, not a second field; the field ends before "and"."""
    if not text.startswith("the ", start):
        return None
    for m in _AND.finditer(text, start, end):
        span = name_after(text, m.end() - 1)
        if span is None or span[1] != end:
            continue
        rest = text[span[0] : span[1]].split()
        if len(rest) >= 2 and not any(_field_word(w) for w in rest):
            return m.start()
    return None


def _name_after_field_words(text: str, start: int, end: int) -> int | None:
    """'of Patents NAME': after field words only, a name of two or more words none of
    which is a field word ends the run; the field ends before it."""
    words = list(re.finditer(r"[\w’'-]+", text[start:end]))
    for k in range(1, len(words)):
        head = words[:k]
        if not all(_field_word(w.group()) for w in head):
            return None
        cut = start + head[-1].end()
        span = name_after(text, cut)
        if span is None or span[1] != end or text[cut : span[0]].strip():
            continue
        rest = text[span[0] : span[1]].split()
        if len(rest) >= 2 and not any(_field_word(w) for w in rest):
            return cut
    return None


def _field_word(word: str) -> bool:
    low = word.casefold()
    return low in ("and", "&") or low in PORTFOLIO_WORDS or low in TITLE_UNIT_WORDS
