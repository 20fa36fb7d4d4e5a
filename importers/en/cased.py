"""A text written all in lower case, read through a view with the capitals a writer uses.

Some reposts lower-case everything ("the x office (xo) and ... signed ...; xo commissioner
given family and ... deputy minister of trade given2 family2 signed"): no capital marks a
name, so neither bodies nor people are found. The view is a copy of the same length (every
offset holds) in which what the text itself shows to be a name is capitalised:

- the first word of a sentence, and "i";
- the reference's full names of two words or more, spelt as the reference spells them, and
  an acronym of that body that the text defines in brackets right after one, wherever it
  stands (a bare "epo" the text never defines stays a word);
- country names and demonyms (not a form written in capitals: "us" is a pronoun);
- titles of office with the portfolio after their "of" ("minister of science and
  technology"), a ministry's portfolio ("ministry of trade"), and a body's head noun after
  a country ("the ghanaian government");
- two words after such a title that no word list knows, before a verb, "and" or a stop: the
  holder's name; and those words wherever else the text writes them (a later "mensah said").

The extractor reads the view; each name it finds keeps the form the text writes as an
alias, as names are stored as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers.en.names import valid_token
from importers.en.orgs.lower_case import lower_case_text
from importers.en.orgs.portfolios import portfolio_end
from importers.en.titles import TITLE_SCAN, titles_in
from importers.en.words import COUNTRIES, ORG_HEADS, PORTFOLIO_WORDS
from importers.facts import DocumentFacts, OrgFact, PersonFact
from importers.gazetteer import Reference, name_pattern
from store.text import lexicon

_SMALL = frozenset({"of", "and", "for", "the", "&", "on", "in"})
_VERBS = lexicon.wordset("en_rules.txt", "surname_verbs")
#: Country names and demonyms as a lower-case text writes them, but never one that is
#: written in capitals ("US", "UAE"): in lower case it cannot be told from a word.
_COUNTRY_WORDS = {
    n.casefold(): n
    for names in COUNTRIES.values()
    for n in names
    if not n.isupper() and "." not in n
}
_COUNTRY_RX = re.compile(
    r"(?<![\w’'-])(?:"
    + "|".join(re.escape(w) for w in sorted(_COUNTRY_WORDS, key=len, reverse=True))
    + r")(?![\w’'-])"
)
#: A sentence's first letter: after a stop, a line's start or an opening quote (one that
#: stands after a space or a bracket, not the closing quote before "said").
_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’']?[ \t]+|\n[ \t]*|(?<![^\s(])[\"“])([a-z])", re.M)
#: "(xo)" right after a known name, or after its country ("... office of ghana (xo)").
_DEFINED = re.compile(
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[a-z’'-]+(?:[ \t]+[a-z’'-]+){0,3}?)?[ \t]*\(([a-z]{2,8})\)"
)
_HOLDER = re.compile(r"[ \t]+([a-z]{2,})[ \t]+([a-z]{2,})(?=[ \t]*[,.;:\"”]|[ \t]+(\w+)\b)")


def extract_cased(
    text: str, reference: Reference, extract: Callable[[str], DocumentFacts]
) -> DocumentFacts:
    """`extract` run on the cased view of a lower-case text; the text itself otherwise."""
    if not lower_case_text(text):
        return extract(text)
    view = cased_view(text, reference)
    facts = extract(view)
    named: list[OrgFact | PersonFact] = [*facts.orgs, *facts.people]
    for fact in named:
        for span in fact.spans:
            written = text[span.start : span.end].strip()
            if written and written != fact.name and written not in fact.aliases:
                fact.aliases.append(written)
    return facts


def cased_view(text: str, reference: Reference) -> str:
    """The text with the capitals its names and sentences take; the same length."""
    out = list(text)

    def cap(start: int, end: int) -> None:
        for w in re.finditer(r"[^\W\d_][\w’']*", text[start:end]):  # "Vice-President"
            if w.group() not in _SMALL:
                out[start + w.start()] = w.group()[0].upper()

    for m in _SENTENCE_START.finditer(text):
        out[m.start(1)] = m.group(1).upper()
    for m in re.finditer(r"(?<![\w’'-])i(?![\w’'-])", text):
        out[m.start()] = "I"
    _spell_reference_names(text, reference, out)
    for m in _COUNTRY_RX.finditer(text):
        cap(*m.span())
        head = re.match(r"[ \t]+([a-z]+)\b", text[m.end() :])
        if head and head.group(1) in ORG_HEADS:  # "the ghanaian government"
            cap(m.end(), m.end() + head.end())
    for m in re.finditer(r"(?<![\w’'-])ministry(?![\w’'-])", text):
        cap(m.start(), portfolio_end(text, m.end()))
    holders: set[str] = set()
    for m in titles_in(text):
        end = portfolio_end(text, m.end())
        cap(m.start("title"), end)
        holder = _HOLDER.match(text, end)
        if holder is not None and _holder_words(holder):
            holders.update(holder.group(1, 2))
    if holders:
        rx = "|".join(re.escape(w) for w in sorted(holders, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w’'-])(?:{rx})(?![\w’'-])", text):
            cap(*m.span())
    return "".join(out)


def _holder_words(m: re.Match[str]) -> bool:
    """Whether the two words after a title are a name: no word list knows them, and a verb,
    "and" or a stop follows."""
    after = m.group(3)
    if after is not None and not (after == "and" or after in _VERBS or after.endswith("ed")):
        return False
    return all(
        valid_token(w)
        and w not in PORTFOLIO_WORDS
        and w not in _VERBS
        and w not in _COUNTRY_WORDS
        and not TITLE_SCAN.fullmatch(w)
        for w in m.group(1, 2)
    )


def _spell_reference_names(text: str, reference: Reference, out: list[str]) -> None:
    """The reference's full names of two words or more as the reference spells them, and an
    acronym of that body the text defines in brackets after one, wherever it stands."""
    spelt: dict[str, str] = {}
    acronyms: dict[str, set[str]] = {}
    for name, ref in reference.org_names():
        if len(name.split()) >= 2 and name.isascii():
            spelt.setdefault(name.casefold(), name)
            acronyms.setdefault(name.casefold(), set()).update(
                n.text for n in ref.names if n.kind in ("acronym", "previous") and n.text.isupper()
            )
    rx = name_pattern(spelt, ignore_case=True)
    if rx is None:
        return
    defined: set[str] = set()
    for m in rx.finditer(text):
        name = spelt[m.group().casefold()]
        if len(name) == m.end() - m.start():
            out[m.start() : m.end()] = name
        acr = _DEFINED.match(text, m.end())  # "... office (xo)", "... office of ghana (xo)"
        if acr and acr.group(1).upper() in acronyms[m.group().casefold()]:
            defined.add(acr.group(1))
    for word in defined:
        for m in re.finditer(rf"(?<![\w’'-]){re.escape(word)}(?![\w’'-])", text):
            out[m.start() : m.end()] = word.upper()
