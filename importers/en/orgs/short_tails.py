"""A body's name run into its own short name: "the National Institute of Inventions of
Xland Inventa" where the text also writes "Inventa" alone.

Offices are often known by one word, a brand or an acronym ("Rospatent", "IMPI"), which a
writer may set right after the full name with no bracket or comma between them. The
capitalised runs of a name's complement then take it in ("of Xland Inventa"). One last word
after a complement that the text writes elsewhere on its own, with no capitalised word
beside it, is the body's short name, not a word of its name; a head noun, a title, a
country or a word of a place never is. A complement that ends with a country ends the name
("Patent Office of Xland XPO"): the one word run on after the country is the short name even
where the text writes it nowhere else, and so is an acronym of three capitals or more run on
after a complement written in small letters ("Office of Industrial Property OIP").
"""

from __future__ import annotations

import re

from importers.en.orgs.model import ACRONYM
from importers.en.orgs.tokens import Tok, is_head
from importers.en.places import country_in
from importers.en.titles import TITLE
from importers.en.words import COUNTRY_OF, NAME_CONNECTORS
from store.text.occurrences import has_whole_word, whole_word_spans

#: One word that may be a short name: capitalised, or an acronym.
_ONE_WORD = re.compile(r"[A-Z][a-z]{3,}|[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*")
#: What may stand right before a short name written alone in running text: a word in lower
#: case that joins no name's words ("with", not "of") or an opening bracket or quote.
_OPENING = re.compile(r"(?:(?<![\w’'-])([a-z][\w’'-]*)|[(“\"‘])\s*$")


def without_short_name(text: str, name: list[Tok]) -> tuple[list[Tok], Tok | None]:
    """`name` less a short name of the body at its end, and that short name (or None)."""
    words = [t for t in name if t.text not in "()"]
    if len(words) < 4 or not any(t.low == "of" or t.low == "for" for t in words):
        return name, None
    tail, before = name[-1], name[-2]
    if not _ONE_WORD.fullmatch(tail.text) or is_head(tail) or not before.cap:
        return name, None
    if before.low in NAME_CONNECTORS or before.text in "()":
        return name, None
    if not any(is_head(t) for t in name[:-1]) or _place_word(tail.text, before.text):
        return name, None
    if TITLE.fullmatch(tail.text):
        return name, None
    run_on = _after_country(name[:-1], tail) or _capitals_after_words(tail, before)
    if not run_on and not _alone_elsewhere(text, tail):
        return name, None
    return name[:-1], tail


def _capitals_after_words(tail: Tok, before: Tok) -> bool:
    """An acronym in capitals ("OIP") after a word written in small letters ("Property")."""
    return bool(re.fullmatch(r"[A-Z]{3,}", tail.text)) and before.text[1:].islower()


def _after_country(name: list[Tok], tail: Tok) -> bool:
    """Whether the name's last complement is a country and nothing else ("of the Xland"),
    and the word after it no plural ("of Saudi Chambers": the country's adjective, a noun)."""
    if tail.low.endswith("s") and not ACRONYM.fullmatch(tail.text):
        return False
    k = max(i for i, t in enumerate(name) if t.low in ("of", "for"))
    words = [t.text for t in name[k + 1 :] if t.low != "the"]
    return bool(words) and " ".join(words).casefold() in COUNTRY_OF


def _place_word(word: str, before: str) -> bool:
    """Whether the word names a country alone or with the word before it ("Hong Kong")."""
    return country_in(word) is not None or f"{before} {word}".casefold() in COUNTRY_OF


#: a capitalised word after a name: the name runs on into it
_CAP_AFTER = re.compile(r"[ \t]+[A-Z]")


def _alone_elsewhere(text: str, tail: Tok) -> bool:
    """Whether the text writes the word at another place with no capitalised word on either
    side: after a word in lower case or an opening sign, before no capitalised word."""
    if has_whole_word(text, tail.text.lower(), "-", "’'"):
        return False  # "trade" in lower case: a common word, no body's own name
    for start, end in whole_word_spans(text, tail.text, "-", "’'"):
        if start == tail.start or _CAP_AFTER.match(text, end):
            continue
        before = _OPENING.search(text, max(0, start - 30), start)
        if before and (before[1] or "").casefold() not in NAME_CONNECTORS:
            return True
        if ACRONYM.fullmatch(tail.text) and re.search(r"[.!?]\s+$", text[:start]):
            return True  # an acronym opening a sentence is still the name alone
    return False
