"""Capacities an office acts in under a treaty, written like names of bodies.

"appointed as International Searching Authority/International Preliminary Examining
Authority (ISA/IPEA)": the Patent Cooperation Treaty's roles of an office, held by the
office the text names. Neither the capacity nor its acronym is an organisation, nor is it
when a text writes the capacity in lower case and quotes its acronym, as law firms' notes
do ('designated as international searching authority ("ISA")').
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.guarded import guarded
from store.text import lexicon

_WORDS = lexicon.wordset("en_orgs.txt", "treaty_capacity_words")
_VERBS = lexicon.wordset("en_orgs.txt", "treaty_capacity_verbs")


def is_treaty_capacity(name: str) -> bool:
    """Whether a capitalised name is a treaty capacity ("Receiving Office", "International
    Searching Authority"), in whatever order the text puts its words; two capacities that
    share their head ("International Searching and Preliminary Examining Authority") are
    capacities still."""
    words = [w for w in name.casefold().split() if w not in ("the", "and", "&")]
    return bool(words) and set(words) <= _WORDS and any(w in _VERBS for w in words)


#: Capitalised names joined by slashes, then their acronyms joined the same way in brackets:
#: "Receiving Office/International Searching Authority (RO/ISA)".
_DEFINED = guarded(
    r"((?:[A-Z][a-z]+[ \t]+)*[A-Z][a-z]+(?:[ \t]*/[ \t]*(?:[A-Z][a-z]+[ \t]+)*[A-Z][a-z]+)*)"
    r"[ \t]*\(([A-Z]{2,6}(?:[ \t]*/[ \t]*[A-Z]{2,6})*)\)"
)


#: One acronym in brackets, quoted or not: '("IPEA")'; the words before it say what it is.
_BRACKETED = re.compile(r"\([ \t]*[\"“]?([A-Z]{2,6})[\"”]?[ \t]*\)")


def find_capacity_acronyms(text: str, orgs: Orgs) -> None:
    """Acronyms the text defines for treaty capacities ("(ISA/IPEA)") name no body, however
    often the text uses them."""
    for m in _DEFINED.finditer(text):
        names = [n.strip() for n in m.group(1).split("/")]
        acronyms = [a.strip() for a in m.group(2).split("/")]
        if len(names) == len(acronyms) and all(is_treaty_capacity(n) for n in names):
            orgs.non_org_acronyms.update(acronyms)
    for m in _BRACKETED.finditer(text):
        before = text[max(0, m.start() - 80) : m.start()].split()
        if is_treaty_capacity(" ".join(_capacity_tail(before))):
            orgs.non_org_acronyms.add(m.group(1))


def _capacity_tail(words: list[str]) -> list[str]:
    """The last words before the bracket that are all capacity words ("a competent
    international searching authority" -> its last three): what the acronym abbreviates,
    in whatever case the text writes it."""
    n = len(words)
    while n and words[n - 1].casefold() in _WORDS:
        n -= 1
    return words[n:]
