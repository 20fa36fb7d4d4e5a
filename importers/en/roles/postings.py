"""What a title written in lower case, or an envoy's, says after it about the post.

"permanent secretary for commerce" (a lower-case portfolio after "for"), "Ambassador to
Japan", "Ambassador of X to Y", "Consul General of X in Y", "IP Attaché for Southeast Asia"
(a posting to a country, a city or an area) and "ambassador and permanent representative to
the World Trade Organization" (a posting to a body the text names, not to a country) are
titles that say their post with no organisation; the words after the title are part of it.
`posting_end` tells where such a title ends.
"""

from __future__ import annotations

import re

from importers.en.names import name_after
from importers.en.orgs.model import Orgs
from importers.en.places import country_prefix
from importers.en.roles.anchors import CAP
from importers.en.roles.governments import country_ending
from importers.en.titles import base_title, is_diplomatic
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

#: Posts that cover an area or field named after "for" ("IP Attaché for Southeast Asia").
AREA_TITLES = lexicon.wordset("en_titles.txt", "area_titles")

#: Last words of titles whose lower-case field after "for" is their portfolio.
_PORTFOLIO_HEADS = lexicon.wordset("en_titles.txt", "lower_portfolio_titles")

#: " for commerce", " for trade and industry": a field of up to three words in lower case.
_LOWER_FOR = r"[ \t]+for[ \t]+(?!the\b)[a-z]+(?:[ \t]+(?:and[ \t]+)?[a-z]+){0,2}"
#: " for commerce," " for trade and industry,": a portfolio, ended by a comma.
_LOWER_PORTFOLIO = re.compile(_LOWER_FOR + r"(?=,)")
#: " for science and technology Henrik": a portfolio, ended by the holder's name.
_PORTFOLIO_THEN_NAME = re.compile(_LOWER_FOR + r"(?=[ \t]+[A-Z][a-z])")

_TO_BODY = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?")


def posted_envoy(title: str) -> bool:
    """Whether a title is an envoy's with its posting ("ambassador to Japan", "consul general
    in Osaka"): written so, even in lower case, it names a post, and a name right after it
    is its holder's ("the US ambassador to Japan Jane Roe")."""
    return is_diplomatic(base_title(title)) and re.search(r"\s(?:to|in)\s", title) is not None


def lower_portfolio_end(text: str, pos: int, title: str) -> int | None:
    """Where a minister's or secretary's title ends that names its portfolio in lower case
    after "for": ended by a comma when the title is in lower case too ("permanent secretary
    for commerce,"), or by the holder's name in either case ("Minister for science and
    technology NAME said", a newspaper's style); None if it names none."""
    if title.split()[-1].casefold() not in _PORTFOLIO_HEADS:
        return None
    m = _PORTFOLIO_THEN_NAME.match(text, pos)
    if m is None and title.islower():
        m = _LOWER_PORTFOLIO.match(text, pos)
    return m.end() if m else None


def posted_to_body_end(text: str, pos: int, title: str, orgs: Orgs) -> int | None:
    """Where an envoy's title ends that names the body it is posted to ("Permanent
    Representative to the X Organization"), a body the text names, or two ("to the X
    Organization (XO) and the Y Organization (YO)", their acronyms kept), with the seat of
    the United Nations it sits in ("to the United Nations in Geneva"); None otherwise.
    One of titles joined by "and" is enough ("ambassador and permanent representative"); one
    body's acronym is kept where a comma closes the title after it, before the holder's name."""
    if not any(is_diplomatic(part) for part in re.split(r"\s+and\s+", base_title(title))):
        return None
    m = _TO_BODY.match(text, pos)
    hit = orgs.at(m.end()) if m else None
    if hit is None:
        return None
    end = hit[1]
    while (more := _AND_BODY.match(text, end)) and (also := orgs.at(more.end())):
        end = also[1]  # "to the X Organization (XO) and the Y Organization": posted to both
    acronym = ACRONYM_AFTER.match(text, end)
    if acronym is not None and (end > hit[1] or _ENDS_AT_COMMA.match(text, acronym.end())):
        # "to the X Organization (XO), NAME": the acronym is the posting's, the name follows
        return acronym.end()
    seat = _SEAT_AFTER.match(text, end)  # "to the United Nations in Geneva NAME"
    return seat.end() if seat is not None else end


#: " in Geneva", " at Vienna": the city a body an envoy is posted to sits in, one of the
#: United Nations' seats (en_orgs.txt [international_seats]), part of the posting.
_SEAT_AFTER = re.compile(
    r"[ \t]+(?:in|at)[ \t]+(?:"
    + phrase_alternation(
        sorted(s.title() for s in lexicon.wordset("en_orgs.txt", "international_seats")),
        r"[ \t]+",
    )
    + r")(?![\w’'-])"
)


#: " (XO) and the ": a body's acronym, then a second body the same envoy is posted to.
_AND_BODY = re.compile(r"(?:[ \t]*\([A-Z][\w&-]{1,12}\))?[ \t]+and[ \t]+(?:the[ \t]+)?")
#: " (XO)" right after a body's name: the acronym the text gives it (also posted_bodies.py).
ACRONYM_AFTER = re.compile(r"[ \t]*\([A-Z][\w&-]{1,12}\)")


def posting_end(text: str, pos: int, title: str, orgs: Orgs) -> int | None:
    """Where a title ends that goes on with its posting or its lower-case portfolio ("to
    Japan", "for Southeast Asia", "to the X Organization", "for trade"); None if it does not."""
    envoy = _envoy_to(text, pos) if is_diplomatic(base_title(title)) else None
    if envoy is None and title.split()[-1].casefold() in AREA_TITLES:  # "Attaché for ..."
        envoy = _envoy_for(text, pos, orgs)
    envoy = envoy or posted_to_body_end(text, pos, title, orgs)  # "... to the X Organization"
    if envoy is None and is_diplomatic(base_title(title)):
        envoy = _posted_to_acronym(text, pos)  # "X's Permanent Representative to the UN,"
    return envoy or lower_portfolio_end(text, pos, title)  # "permanent secretary for trade"


def _posted_to_acronym(text: str, pos: int) -> int | None:
    """Where an envoy's title ends that names the body he is posted to in a way the text
    reads as no body of its own ("to the UN in Geneva"), its sender named before the title
    ("Chile's Permanent Representative"): the posting is part of the title, as after "of
    X", when a comma closes it before the holder's next words."""
    body = _POSTED_TO_BODY.match(text, pos)
    if body is None or not _ENDS_AT_COMMA.match(text, body.end()):
        return None
    return body.end()


_ENVOY_TO = re.compile(rf"\s+to\s+(?:the\s+)?((?:{CAP})(?:\s+{CAP}){{0,3}})")


#: "Attaché for Southeast Asia", "Special Envoy for the Pacific Islands": the area covered.
_ENVOY_FOR = re.compile(
    rf"[ \t]+for[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+(?:and[ \t]+(?:the[ \t]+)?)?{CAP}){{0,3}}"
)


#: "Counsellor for trade at the Delegation": a field in lower case, then the body or a comma.
_LOWER_FIELD = re.compile(_LOWER_FOR + r"(?=[ \t]+at[ \t]|,)")


def _envoy_for(text: str, pos: int, orgs: Orgs) -> int | None:
    """Where an envoy's title ends that names the area or field it covers after "for": part
    of the post, unless the words are a body the text names ("Attaché for the X Office")."""
    m = _ENVOY_FOR.match(text, pos) or _LOWER_FIELD.match(text, pos)
    if m is None:
        return None
    words = re.match(r"[ \t]+for[ \t]+(?:the[ \t]+)?", text[m.start() : m.end()])
    return None if words is None or orgs.at(m.start() + words.end()) else m.end()


_ENVOY_OF = re.compile(
    rf"\s+(?:of|for)\s+(?:the\s+)?((?:{CAP})(?:\s+(?:of\s+)?{CAP}){{0,5}}?)"
    r"(?=\s+(?:to|in)\s|[ \t]*,)"
)


#: "in Osaka", "in the Republic of Korea": where an envoy of a named country is posted,
#: ended by punctuation ("Consul General of Japan in Osaka, NAME").
_POSTED_IN = re.compile(
    rf"\s+in\s+(?:the\s+)?{CAP}(?:\s+(?:of\s+|and\s+)?{CAP}){{0,6}}(?=[,.;:)]|\s*$)"
)


#: "to the United Nations Office at Geneva", "to the World Trade Organization": a body an
#: envoy of a named country is posted to, with the city it sits in.
#: "to the UN and other International Organisations": an acronym, and the bodies beside it.
_POSTED_TO_BODY = re.compile(
    rf"\s+to\s+the\s+(?:[A-Z]{{2,6}}(?![\w-])|(?:{CAP})(?:\s+(?:of\s+)?{CAP}){{1,5}})"
    rf"(?:\s+and\s+other\s+{CAP}(?:\s+{CAP}){{0,3}})?(?:\s+(?:at|in)\s+{CAP})?"
)


#: A posting that ends the title where the holder's name follows after a comma.
_ENDS_AT_COMMA = re.compile(r"[ \t]*,")


#: " of the Republic of X": the state an envoy represents, its words to be read as a country.
_SENDER_OF = re.compile(
    rf"[ \t]+of[ \t]+(?:the[ \t]+)?((?:{CAP})(?:[ \t]+(?:of[ \t]+)?{CAP}){{0,5}})"
)


def _sender_before_name(text: str, pos: int) -> int | None:
    """Where an envoy's title ends that names the state it represents with the holder's name
    right after it, no comma between ("Permanent Representative of the Republic of X Jane
    Roe"): the title ends with the state's longest name the words open with."""
    m = _SENDER_OF.match(text, pos)
    country = country_prefix(m.group(1).split()) if m is not None else None
    if m is None or country is None:
        return None
    end = m.start(1) + len(country)
    if text[m.start(1) : end] != country:
        return None  # the country's words broken by a line or two spaces: no one title
    return end if name_after(text, end) is not None else None


def _envoy_to(text: str, pos: int) -> int | None:
    """Where an envoy's title ends that names the country he is posted to: "Ambassador to
    the United States", "Ambassador of the Republic of X to Y" (the sender, then the posting).
    """
    to = _ENVOY_TO.match(text, pos)
    sender = _ENVOY_OF.match(text, pos) if to is None else None
    if to is None and sender is None:
        named = _sender_before_name(text, pos)  # "Representative of X A.D. Roe"
        if named is not None:
            return named
        posted = _POSTED_IN.match(text, pos)  # "Ambassador in Geneva, NAME"
        return (
            posted.end()
            if posted is not None and _ENDS_AT_COMMA.match(text, posted.end())
            else None
        )
    if sender is not None and country_ending(sender.group(1)):
        if _ENDS_AT_COMMA.match(text, sender.end()):
            return sender.end()  # "The Ambassador of X, NAME": the sender alone
        posted = _POSTED_IN.match(text, sender.end())
        if posted is not None:  # "Consul General of Japan in Osaka"
            return posted.end()
        # "Ambassador of the Socialist Republic of Viet Nam to Singapore"
        to = _ENVOY_TO.match(text, sender.end())
        body = _POSTED_TO_BODY.match(text, sender.end())
        if body is not None and (to is None or country_prefix(to.group(1).split()) is None):
            # "Permanent Representative of X to the United Nations Office at Geneva"
            return body.end()
    country = country_prefix(to.group(1).split()) if to else None
    return None if to is None or country is None else to.start(1) + len(country)
