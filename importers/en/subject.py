"""What a document is about: its country, and the organisation it is by or about.

A text names its subject more than anything else, and the rules that must guess lean on it:
a bare "Commissioner" is the home organisation's, a bare "Premier" the government of the
country the text is about, "we signed" the publisher's. Both are counted, not parsed.
"""

from __future__ import annotations

from collections import Counter

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import country_words


def country_context(text: str, orgs: Orgs) -> str | None:
    """The country a text is about: the one its words and its organisations name most."""
    counts: Counter[str] = Counter(country_words(text))
    for _s, _, e in orgs.mentions:
        if e.country:
            counts[e.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def clear_country(text: str, orgs: Orgs) -> str | None:
    """The country a text is clearly about: named at least three times, and at least three
    times as often as any other (a text about two countries' meeting has none)."""
    counts: Counter[str] = Counter(country_words(text))
    for _s, _, e in orgs.mentions:
        if e.country:
            counts[e.country] += 1
    top = counts.most_common(2)
    if not top or top[0][1] < 3:
        return None
    if len(top) > 1 and top[0][1] < 3 * top[1][1]:
        return None
    return top[0][0]


def document_org(orgs: Orgs) -> OrgEntry | None:
    """The organisation the document is by or about: the most mentioned body that is not a
    government or an unnamed counterpart."""
    cands = [e for e in orgs.entries if e.kind != "government" and not e.described]
    if not cands:
        return None
    return max(cands, key=lambda e: (orgs.count(e), -min((s for s, _ in e.spans), default=0)))
