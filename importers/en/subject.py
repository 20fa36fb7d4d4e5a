"""What a document is about: its country, and the organisation it is by or about.

A text names its subject more than anything else, and the rules that must guess lean on it:
a bare "Commissioner" is the home organisation's, a bare "Premier" the government of the
country the text is about, "we signed" the publisher's. Both are counted, not parsed.
"""

from __future__ import annotations

import re
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


_QUOTED = re.compile(r"[“\"][^”\"\n]{0,600}[”\"]")
_FIRST_PERSON = re.compile(r"(?<![\w-])(?:[Ww]e|[Oo]ur|[Uu]s)(?![\w-])")


def publisher(text: str, orgs: Orgs) -> OrgEntry | None:
    """The organisation a text speaks for when it says "we" and "our" outside quotations (an
    annual report, an office's own news): the body its opening line or sentence names first.
    A news story that quotes someone saying "we" has none."""
    plain = _QUOTED.sub(" ", text)
    if len(_FIRST_PERSON.findall(plain)) < 2:
        return None
    head = re.match(r"\s*[^\n]*", text)
    end = head.end() if head and head.group().strip() else 0
    first = re.search(r"[.!?](?:\s|$)", text)
    end = max(end, first.end() if first else 0)
    quoted = [m.span() for m in _QUOTED.finditer(text, 0, end)]
    cands = [
        (s, e)
        for s, _, e in orgs.mentions
        if s < end
        and e.kind != "government"
        and not e.described
        and not any(a <= s < b for a, b in quoted)
    ]
    return min(cands, key=lambda c: c[0])[1] if cands else None
