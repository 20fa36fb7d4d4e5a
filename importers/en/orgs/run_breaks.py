"""Words before which a run of capitalised words stops being one body's name.

"the X Authority and Mr. Kim": "and" opens a person addressed by name, no word of X; so does
the form of address itself ("Chairman X Authority Mr. Kim").
"the Council of Ministers Resolution No. 590": a numbered instrument ("Resolution No. 590",
"Decree No 12") is the body's act, no part of its name; the body ends before the
instrument's word.
"the Commission on Monday", "the Federal Service on May 17": "on" before a day or a month
dates the sentence's verb and opens no field of the name ("Commission on Human Rights"), as
does a named day ("on World Intellectual Property Day").
"the X Observatory on IP infringement": "on" before an acronym that qualifies a lower-case
noun gives the body's remit in words of the sentence, no field of its name.
"X Board Launches Y Service For Z": in a headline in title case the verb after the subject is
capitalised too; it ends the subject's name.
"Last March the Ministry of X", "Mar 16 (XNA) The Union Cabinet": "the" after a capitalised
word or a bracket, before the first head, starts the name (`after_inner_article`).
"""

from __future__ import annotations

import re

from importers.en.headlines import title_case_line
from importers.en.orgs.titled_holders import addressed_after_and, addressed_at
from importers.en.orgs.tokens import Tok
from importers.en.places import country_prefix
from importers.en.words import NAME_CONNECTORS, ORG_HEADS
from store.text import lexicon
from store.text.dates import month_number, weekday_number

#: A capitalised word, then "No." and a number: a numbered act or document.
_NUMBERED = re.compile(r"([A-Z][a-z]+)\s+No\.?\s*\d")


def breaks_run(text: str, start: int, low: str) -> bool:
    """Whether the token at `start` (cased `low`) ends the run before it."""
    if low in ("and", "&"):
        return addressed_after_and(text, start)
    if low == "on" and _ACRONYM_TOPIC.match(text, start):
        return True
    if addressed_at(text, start):
        return True
    if headline_verb(text, start, low):
        return True  # "X Office Launches Y Service"
    m = _NUMBERED.match(text, start)
    return m is not None and m.group(1).casefold() not in ORG_HEADS


#: Verbs a title-case headline capitalises after its subject: the name ends before one.
_HEADLINE_VERBS = lexicon.wordset("en_orgs.txt", "headline_verbs")


def headline_verb(text: str, start: int, low: str) -> bool:
    """Whether the capitalised word at `start` is a title-case headline's verb, which ends the
    name before it and opens none ("... Board Launches Licensing Service For X")."""
    if low not in _HEADLINE_VERBS or not text[start : start + 1].isupper():
        return False
    return title_case_line(text, start) is not None


def opens_no_run(text: str, tok: Tok) -> bool:
    """Whether a run of a name cannot open at `tok`: no capitalised word, or a headline's verb."""
    return not (tok.cap and tok.text[:1].isalpha()) or headline_verb(text, tok.start, tok.low)


#: "on IP infringement": "on", one acronym and a lower-case noun it qualifies.
_ACRONYM_TOPIC = re.compile(r"on[ \t]+[A-Z]{2,}[ \t]+(?!and\b|or\b|of\b)[a-z]{3,}\b(?![ \t]+[A-Z])")


def dates_verb(connector: str, words: list[str]) -> bool:
    """Whether `connector` ("on", lower case) and the capitalised `words` after it date the
    sentence's verb (a weekday, a month, a named day: "on World IP Day", "on Christmas Eve")
    rather than open a field of the name."""
    return (
        connector == "on"
        and bool(words)
        and (
            weekday_number(words[0]) is not None
            or month_number(words[0]) is not None
            or words[-1].casefold() in OCCASION_ENDS
        )
    )


#: The last words of a named day ("World Intellectual Property Day", "Christmas Eve"): an
#: occasion, no body (acronyms.py reads them too).
OCCASION_ENDS = lexicon.wordset("en_orgs.txt", "occasion_ends")


#: World regions written with "and the" ("Asia and the Pacific"), lower case: the words
#: before "and the" and the words after it.
_REGIONS_WITH_AND_THE = tuple(
    (before.split(), after.split())
    for before, after in (
        r.split(" and the ") for r in lexicon.words("en_orgs.txt", "regions_with_and_the")
    )
)


def region_goes_on(left: list[Tok], right: list[Tok]) -> bool:
    """Whether "and" between the words `left` and `right` is inside a region's name
    ("Commission for Asia| and the Pacific"): the run goes on, it holds no second name."""
    if not right or right[0].low != "the":
        return False
    return any(
        [t.low for t in left[-len(before) :]] == before
        and [t.low for t in right[1 : len(after) + 1]] == after
        for before, after in _REGIONS_WITH_AND_THE
    )


#: Function words that end a name written all in capitals ("... OFFICE CONCERNING ...").
CAPS_BREAKERS = lexicon.wordset("en_orgs.txt", "caps_breakers")


def caps_breaker(tok: Tok) -> bool:
    """'... OFFICE OF THE PHILIPPINES CONCERNING THE EXTENSION': in a line all in capitals
    case tells nothing, so a function word no name holds ends the name as its lower case
    would; so does a headline in title case ("... Property Between Ministry of X")."""
    return tok.text[:1].isupper() and tok.low in CAPS_BREAKERS


#: What opens a head's complement: "Office of Xland", "Union for ...", and "against" of a body
#: named for what it fights ("Alliance against Counterfeiting").
COMPLEMENT_OPENERS = frozenset({"of", "for", "against"})
#: The lower-case words inside a complement ("for Defence against Unfair Competition"); "in"
#: only where `joins_run` let it into the run.
COMPLEMENT_JOINS = COMPLEMENT_OPENERS | {"and", "the", "in"}

#: Parts of the world a body's name may hold in its middle ("Organization for Cooperation in
#: Africa of ..."), lower case; a country is read with `country_prefix`.
_WORLD_PARTS = lexicon.wordset("en_orgs.txt", "world_parts")
#: "in Africa of Business Law (OHBL)": "in", a place, perhaps an "of" complement, then the
#: whole name's acronym in brackets.
_PLACE_INSIDE = re.compile(
    r"in[ \t]+(?:the[ \t]+)?(?P<place>[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}?)"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*)?"
    r"[ \t]*\([ \t]*[A-Z]{3,}[ \t]*\)"
)


def joins_run(text: str, tok: Tok) -> bool:
    """Whether a lower-case word joins the capitalised words around it into one name: a
    connector ("of", "and"), or "in" and a part of the world or a country inside a name
    that its acronym closes ("Organization for Cooperation in Africa of Patent Examination
    (OCAPE)"); "the Office in Geneva" ends before "in", a body and where it sits."""
    if tok.low in NAME_CONNECTORS:
        return True
    if tok.low == "against":
        return _fights_a_field(text, tok.end)
    m = _PLACE_INSIDE.match(text, tok.start) if tok.low == "in" else None
    if m is None:
        return False
    place = m.group("place")
    return place.casefold() in _WORLD_PARTS or country_prefix(place.split()) == place


#: The capitalised words after "against", with "the" and "and" inside them.
_AGAINST_WHAT = re.compile(
    r"[ \t]+((?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*)"
)


def _fights_a_field(text: str, end: int) -> bool:
    """Whether "against" at `end` goes on into what a body is named for fighting ("Alliance
    against Product Piracy", "Institute for Defence against Unfair Competition"): a field,
    no body of its own ("the X Office against Acme Corporation" is a case between two)."""
    m = _AGAINST_WHAT.match(text, end)
    return m is not None and not any(w.casefold() in ORG_HEADS for w in m.group(1).split())


def after_inner_article(seg: list[Tok], start: int, first: int) -> int:
    """'In June 2024 the Institute', 'Last March the Ministry of X': inside a name "the"
    follows only a connector ("Bank of the Philippines"), so a "the" before the first head
    that follows a capitalised word (a month, a year, an adverb opening the sentence) starts
    the name; the words before it are no part of it. So does a "the" after a bracket: a wire
    dateline gives its agency in brackets before the sentence ("Mar 16 (XNA) The Union
    Cabinet approved"), and no name holds "(X) the" before its head."""
    for k in range(first - 1, start, -1):
        before = seg[k - 1]
        if seg[k].low == "the" and before.low not in NAME_CONNECTORS and _closes(before):
            return k
    return start


def _closes(tok: Tok) -> bool:
    """A capitalised word, or the bracket that closes a dateline's agency."""
    return tok.cap or tok.text == ")"
