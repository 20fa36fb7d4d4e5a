"""A name inside the quoted title of a work is the work's, no body's.

'a report titled “The Patent Office (PO) of Tomorrow”': a report, a study or a book named in
quotation marks after "titled" or "entitled" (store/text/words/en_orgs.txt: titled_work_nouns,
work_title_verbs) may hold the words of a body's name, but the
text names a publication, not an organisation. A name whose every mention lies inside such a
quoted title, and that the reference data does not know, is dropped, with the acronym the
title defined for it ("The Patent Office (PO) of Tomorrow"): later uses of that acronym
("POs") speak of the kind, as the title did. A body named in quotes
after "called" or "named" is another matter: that is a name given to it. So is a signed
document's title ("a document titled “Memorandum of Understanding between the X Office and
the Y Office”"), which names its parties.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from importers.en.orgs.model import Orgs
from importers.en.word_patterns import phrase_alternation
from importers.en.words import DOCUMENT_NOUNS, GENERIC_AGREEMENT_NOUNS
from store.text import lexicon


def _longest_first(words: Iterable[str]) -> str:
    return phrase_alternation(sorted(words, key=len, reverse=True))


#: "a report titled “...”", "a study entitled '...'": a publication's quoted title, on one line.
_QUOTED_TITLE = re.compile(
    rf"\b(?:{_longest_first(lexicon.wordset('en_orgs.txt', 'titled_work_nouns'))})[ \t]+"
    rf"(?:{_longest_first(lexicon.wordset('en_orgs.txt', 'work_title_verbs'))}),?[ \t]+"
    r"(?:“[^”\n]+”|\"[^\"\n]+\"|‘[^’\n]+’)",
    re.IGNORECASE,
)

#: A signed document's title, which names its parties: "Memorandum of Understanding between".
_AGREEMENT_TITLE = re.compile(
    rf"\b(?:{_longest_first({*GENERIC_AGREEMENT_NOUNS, *DOCUMENT_NOUNS})})s?\b|\bbetween\b",
    re.IGNORECASE,
)


def drop_work_titles(text: str, orgs: Orgs) -> None:
    """Drop the unknown names whose every mention of more than one word is inside a quoted
    title of a work."""
    quoted = [
        m.span() for m in _QUOTED_TITLE.finditer(text) if not _AGREEMENT_TITLE.search(m.group())
    ]
    if not quoted:
        return
    for entry in list(orgs.entries):
        full = [(s, e) for s, e in entry.spans if " " in text[s:e].strip()]
        if (
            entry.ref is None
            and full
            and all(any(a <= s and e <= b for a, b in quoted) for s, e in full)
        ):
            orgs.drop(entry)
