"""English read through GBK punctuation and letters a site decoded as Latin-1.

The extractor reads the text as a reader sees it (store.text.mangled: "People¡¯s" is
"People’s", "Ren¨¦e" is "Renée"), so that a name runs on over its apostrophe and a
person's name is one word. What it finds is then put back on the text as written: every
span is an offset into the stored text, and a name that falls on such a pair keeps the
form the site wrote as an alias, so that it is still found, and compared, as written.
"""

from __future__ import annotations

from collections.abc import Callable

from importers.facts import DocumentFacts, OrgFact, PersonFact, Span
from store.text.mangled import Unmangled, unmangled


def extract_unmangled(text: str, extract: Callable[[str], DocumentFacts]) -> DocumentFacts:
    """`extract` run on the text as a reader sees it, its facts placed on `text`."""
    view = unmangled(text)
    if view.length == len(view.text):
        return extract(text)
    facts = extract(view.text)
    named: list[OrgFact | PersonFact] = [*facts.orgs, *facts.people]
    for fact in named:
        fact.spans = [_kept_as_written(fact, s, view, text) for s in fact.spans]
    for role in facts.roles:
        role.span = _placed(role.span, view)
    for agreement in facts.agreements:
        agreement.span = _placed(agreement.span, view)
    return facts


def _placed(span: Span | None, view: Unmangled) -> Span | None:
    return None if span is None else Span(*view.span(span.start, span.end))


def _kept_as_written(fact: OrgFact | PersonFact, span: Span, view: Unmangled, text: str) -> Span:
    """`span` on the text as written; the name written there an alias of `fact` when the
    site's pairs fall in it."""
    placed = Span(*view.span(span.start, span.end))
    written = text[placed.start : placed.end].strip()
    seen = view.text[span.start : span.end].strip()
    if written != seen and written != fact.name and written not in fact.aliases:
        fact.aliases.append(written)
    return placed
