"""The words of a text as the name grammar reads them: tokens with their offsets.

A token is a word (with its apostrophes, hyphens and ampersands), a bracket or one other
sign. Two conversion faults are undone here so that every rule sees words: a connector glued
to the next word ("ofIndustrial") is two tokens, and a dotted state ("P.R.C") is one; so is
the number inside a name ("No.2" of "Xland No.2 Intermediate Court").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from importers.en.orgs.dotted import dotted_states
from importers.en.orgs.glued import glued_connectors
from importers.en.word_patterns import phrase_alternation
from importers.en.words import ORG_HEADS
from store.text import lexicon

_TOKEN = re.compile(r"[^\W_][\w’'\-&]*|[()]|[^\w\s]")


@dataclass
class Tok:
    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.casefold()

    @property
    def cap(self) -> bool:
        return self.text[:1].isupper() or (self.text[:1].isdigit() and len(self.text) > 1)


def tokens(text: str) -> list[Tok]:
    toks = [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    for start, end in glued_connectors(text):  # "ofIndustrial": "of" and "Industrial"
        i = next((k for k, t in enumerate(toks) if t.start == start), None)
        if i is not None:
            tok = toks[i]
            toks[i : i + 1] = [
                Tok(start, end, text[start:end]),
                Tok(end, tok.end, text[end : tok.end]),
            ]
    for start, end in dotted_states(text):  # "of the P.R.C": the state is one word
        i = next((k for k, t in enumerate(toks) if t.start == start), None)
        j = next((k for k, t in enumerate(toks) if t.end == end), None)
        if i is not None and j is not None:  # "the P.R.C's": a token runs on past it
            toks[i : j + 1] = [Tok(start, end, text[start:end])]
    for m in _NUMBERED_PART.finditer(text):  # "Shanghai No.2 Intermediate Court": one word
        i = next((k for k, t in enumerate(toks) if t.start == m.start(1)), None)
        j = next((k for k, t in enumerate(toks) if t.end == m.end(1)), None)
        if i is not None and j is not None:
            toks[i : j + 1] = [Tok(m.start(1), m.end(1), m.group(1))]
    for m in _COMMA_FORM_STOP.finditer(text):  # "Acme, Inc.": the form and its stop, one word
        i = next((k for k, t in enumerate(toks) if t.start == m.start(1)), None)
        if i is not None and i + 1 < len(toks) and toks[i + 1].start == m.end(1) - 1:
            toks[i : i + 2] = [Tok(m.start(1), m.end(1), m.group(1))]
    return toks


#: ", Inc.", ", Ltd.": a one-word legal form written with a stop after a comma.
_COMMA_FORM_STOP = re.compile(
    r",[ ]((?i:"
    + phrase_alternation(
        w
        for w in lexicon.words("en_orgs.txt", "legal_form_suffixes")
        if w.endswith(".") and " " not in w and "." not in w[:-1]
    )
    + r"))(?!\w)"
)


#: "No.2", "No. 3" between two capitalised words of a name: the number of one of a city's
#: courts, hospitals or schools, a word of the name ("Xland No.2 Intermediate Court").
_NUMBERED_PART = re.compile(r"\b[A-Z][a-z]+[ \t]+(No\.[ \t]?\d{1,3})(?=[ \t]+[A-Z])")


def is_head(tok: Tok) -> bool:
    return tok.low.rstrip(".") in ORG_HEADS or tok.low in ORG_HEADS
