"""What a title is: "Director General", "then-Commissioner", "Deputy Consul General".

The title words are general English (`TITLE_CORE`); this module says which titles are an
envoy's, a state's or an office holder's, which decides the organisation of a title that the
text states bare.
"""

from __future__ import annotations

import re
from functools import lru_cache

from importers.en.words import (
    DIPLOMATIC_TITLES,
    OFFICE_TITLES,
    ORDINAL_MODIFIERS,
    PROVISIONAL_MODIFIERS,
    TITLE_CORE,
    TITLE_MODIFIER_WORDS,
    TITLE_UNIT_WORDS,
)
from importers.guarded import guarded
from store.text import lexicon

#: "under Secretary NAME" is the preposition before a title, not the title "Under Secretary":
#: a title opening with a lower-case "under" and a space is read from its next word. A hyphen
#: a conversion broke before a space ("Director- General") leaves the title one.
_CORE = TITLE_CORE.replace(r"\-", r"-[ \t]?")
#: "President-elect", "Director General-Elect": chosen, not yet in office; the title is
#: the post's, written whole. "the first Commissioner of X": a lower-case ordinal before a
#: capitalised title counts its holders, no part of the title, which is read from the
#: capitalised word.
_ELECT = r"(?:-elect)?"
TITLE = re.compile(
    rf"(?<![\w-])(?P<pre>then[- ]|former\s+)?"
    rf"(?-i:(?!under\s|(?:{ORDINAL_MODIFIERS})[ \t]+[A-Z]))(?P<title>{_CORE}{_ELECT})(?![\w-])",
    re.IGNORECASE,
)


#: TITLE, tried only where a title can start (importers/guarded.py), for scanning and
#: matching; TITLE itself stays as written, since other patterns embed it.
TITLE_SCAN = guarded(TITLE.pattern, TITLE.flags)


@lru_cache(maxsize=4)
def titles_in(text: str) -> tuple[re.Match[str], ...]:
    """Every match of TITLE in a text, in order: several patterns walk the same text's
    titles, and the scan is among the costliest steps of reading an English text."""
    return tuple(TITLE_SCAN.finditer(text))


#: Base titles that are also common nouns ("justice"): titles only capitalised, not "of" them.
NOUN_TITLES = lexicon.wordset("en_titles.txt", "noun_titles")


def stands_as_title(text: str, m: re.Match[str]) -> bool:
    """Whether a title match is a title: one that is also a common noun ("Justice NAME", but
    "Ministry of Justice", "access to justice") is one only capitalised and not after "of",
    "for", "to" or "and", where it is a portfolio or a noun."""
    title = m.group("title")
    if title.split()[-1].casefold() not in NOUN_TITLES:
        return True
    after_word = re.search(r"(?i)\b(?:of|for|to|and)\s+(?:the\s+)?$", text[: m.start()][-12:])
    return title[:1].isupper() and after_word is None


def base_title(title: str) -> str:
    """A title without "then-" or "former", case-folded: what it says the holder is
    ("Director- General", a hyphen a conversion broke, is "director-general")."""
    title = re.sub(r"(?<=\w)-[ \t]+(?=\w)", "-", title)
    return re.sub(r"(?i)^(?:then[- ]|former\s+)", "", title).casefold()


def is_diplomatic(title: str) -> bool:
    """An envoy's title ("ambassador", "deputy consul general"): its holder serves at a mission,
    not in the government of the country. "Ambassador to Japan" is one, and so is "Chargé
    d’Affaires" with a typographic apostrophe."""
    words = re.split(r"\s+(?:of|to|in)\s+", title.casefold().replace("’", "'"))[0].split()
    while len(words) > 1 and words[0] in TITLE_MODIFIER_WORDS:
        words = words[1:]
    return " ".join(words) in DIPLOMATIC_TITLES


def is_office_title(title: str) -> bool:
    """Whether a title stated bare is an office holder's: "Commissioner", "Deputy Director",
    "Commissioner of Patents, Trade Marks and Designs" (its function is not a body)."""
    core = re.split(r"\s+(?:of|for)\s+|,|\s+\(", title)[0].strip()  # "... (Operations)"
    words = re.sub(r"^vice-", "vice ", core).split()
    while len(words) > 1 and words[0] in TITLE_MODIFIER_WORDS:
        words = words[1:]
    core = " ".join(words)
    if core in OFFICE_TITLES or core.split()[-1] in ("commissioner", "general"):
        return True
    # "Vice-President Legal Affairs", "Director International Co-operation": an office
    # title followed by the function it covers
    return words[-1] in TITLE_UNIT_WORDS and any(
        " ".join(words[:k]) in OFFICE_TITLES for k in range(1, len(words))
    )


#: What joins the titles of a run: ", ", " and ", ", and ", " & ".
_JOINER = re.compile(r",[ \t]+(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+")


def title_run(title: str) -> list[str]:
    """The titles of a run that one person holds, each a post of its own: "Chief Executive
    and Comptroller-General" is two, "Commissioner of Patents, Registrar of Trademarks and
    CEO" three. A joiner parts two titles only where a capitalised title opens the words
    after it, so a post whose remit or field has "and" in it stays whole ("Minister of
    Industry and Handicrafts", "Controller General of Patents, Designs and Trade Marks",
    "Chair of the Audit and Risk Committee" after "Non-Executive Director and"); so does a
    post written in lower case ("founding partner and chair of the trade marks practice"), which
    prose words as a description of one job, and anything in brackets ("(Law and Finance)").
    A run is one post as written where a part would misstate it (`_one_appointment`)."""
    if not title[:1].isupper():
        return [title]
    cuts: list[tuple[int, int]] = []
    for m in _JOINER.finditer(title):
        if title.count("(", 0, m.start()) != title.count(")", 0, m.start()):
            continue  # inside brackets
        after = TITLE.match(title, m.end())
        if after is None or after.start("title") != m.end():
            continue
        if after.group("title")[:1].isupper() and stands_as_title(title, after):
            cuts.append((m.start(), m.end()))
    starts = [0, *(e for _s, e in cuts)]
    ends = [*(s for s, _e in cuts), len(title)]
    parts = [title[a:b].strip() for a, b in zip(starts, ends, strict=True)]
    return [title] if len(parts) < 2 or _one_appointment(parts) else parts


def _one_appointment(parts: list[str]) -> bool:
    """Whether a run of titles says one appointment, which no part written alone would say:
    an acting or interim holder's run ("Acting Chief Executive and Comptroller General": the
    modifier holds for every title, and "Comptroller General" alone would drop it), or a
    rank before the post that carries it ("Senior Minister and Minister of Industry": the
    same base title, first as the rank, then with the portfolio)."""
    first = parts[0].split()
    if first[0].casefold() in PROVISIONAL_MODIFIERS:
        return True
    core = first[-1].casefold()
    rank = len(first) > 1 and all(w.casefold() in TITLE_MODIFIER_WORDS for w in first[:-1])
    return rank and parts[1].casefold().startswith((core + " of ", core + " for "))
