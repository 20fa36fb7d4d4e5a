"""Names as a glossed repost writes them.

The Chinese extractor reads past the pinyin readings a converter glossed into a text (申長(zhǎng)雨
is read 申長雨, store.text.glosses), so a name is stored in its clean form; the form the text
itself wrote, readings and all, is kept as an alias of the same name, so that a name looked up
or compared as written in the source is still this one.
"""

from __future__ import annotations

from importers.facts import DocumentFacts, OrgFact, PersonFact
from store.text.glosses import as_glossed, gloss_ranges


def keep_glossed_forms(facts: DocumentFacts, text: str) -> DocumentFacts:
    """`facts` with each organisation's and person's glossed forms in `text` as aliases."""
    if not gloss_ranges(text):
        return facts
    named: list[OrgFact | PersonFact] = [*facts.orgs, *facts.people]
    for fact in named:
        for span in fact.spans:
            form = as_glossed(text, span.start, span.end).strip()
            if form != fact.name and form not in fact.aliases and gloss_ranges(form):
                fact.aliases.append(form)
    return facts
