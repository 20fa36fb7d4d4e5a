"""What a document is about: its country, and the organisation it is by or about.

A text names its subject more than anything else, and the rules that must guess lean on it:
a bare "Commissioner" is the home organisation's, a bare "Premier" the government of the
country the text is about, "we signed" the publisher's. Both are counted, not parsed.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import country_words
from importers.guarded import guarded


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


def document_org(orgs: Orgs, text: str | None = None) -> OrgEntry | None:
    """The organisation the document is by or about: the most mentioned body that is not a
    government or an unnamed counterpart; given the text, "the Institute" and "the Office"
    count as mentions of the body the text names first with that head."""
    cands = [e for e in orgs.entries if e.kind != "government" and not e.described]
    if not cands:
        return None
    short = _definite_mentions(text, cands, orgs) if text else {}
    return max(
        cands,
        key=lambda e: (
            orgs.count(e) + short.get(e.key, 0),
            -min((s for s, _ in e.spans), default=0),
        ),
    )


#: "the Institute", "the Office's": a body called by its head noun alone, capitalised.
_DEFINITE = re.compile(r"(?<![\w-])[Tt]he\s+([A-Z][a-z]+)(?:['’]s)?(?![\w’'-]|\s+[A-Z]|\s+of\s)")


def _head_noun(name: str) -> str:
    """The head noun of a name: its last word before an "of"/"for" complement."""
    return re.split(r"\s+(?:of|for|on)\s+", name, maxsplit=1)[0].split()[-1]


def _definite_mentions(text: str, cands: list[OrgEntry], orgs: Orgs) -> dict[str, int]:
    """How often the text calls a body by its head noun alone ("In 2025 the Institute will
    publish")."""
    out: dict[str, int] = {}
    for _, owner in definite_mentions(text, 0, len(text), orgs, cands):
        out[owner.key] = out.get(owner.key, 0) + 1
    return out


def definite_mentions(
    text: str, start: int, end: int, orgs: Orgs, cands: list[OrgEntry] | None = None
) -> list[tuple[int, OrgEntry]]:
    """Where between `start` and `end` the text calls a body by its capitalised head noun
    alone ("the Board", "the Institute's"), with the body: the one the text names first with
    that head noun."""
    first: dict[str, OrgEntry] = {}
    pool = orgs.entries if cands is None else cands
    for e in sorted(pool, key=lambda e: min((s for s, _ in e.spans), default=len(text))):
        if e.spans:
            first.setdefault(_head_noun(e.name), e)
    out = []
    for m in _DEFINITE.finditer(text, start, end):
        owner = first.get(m.group(1))
        if owner is not None and not orgs.covered(m.start(1), m.end(1)):
            out.append((m.start(), owner))
    return out


_QUOTED = re.compile(r"[“\"][^”\"\n]{0,600}[”\"]")
_FIRST_PERSON = guarded(r"(?<![\w-])(?:[Ww]e|[Oo]ur|[Uu]s)(?![\w-])")


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


#: a metadata line above a text ("source: …", "date: …")
_META_LINE = re.compile(r"\s*(?:source|date|url|title)\s*:", re.IGNORECASE)


def text_lines(text: str) -> Iterator[re.Match[str]]:
    """The lines a document's own text starts with: the "source:" and "date:" header lines
    above it are no one's masthead or letterhead, and neither is a blank line."""
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip() and not _META_LINE.match(m.group()):
            yield m


#: What follows a site's name on a page's first line: " | About Us > News".
_SITE_NAME = re.compile(r"[ \t]+[|>][ \t].*$")


def letterhead(text: str, orgs: Orgs, *, known: bool = False) -> OrgEntry | None:
    """The body whose name alone is the text's first line (a report's or a memo's
    letterhead), or the site name that opens a web page's first line ("X | About Us >
    News"): the text is that body's own, whoever it names more often. With `known`, only a
    body of the reference data (an office, not a law firm over its client newsletter,
    whose officials serve elsewhere)."""
    for m in text_lines(text):
        line = _SITE_NAME.sub("", m.group())
        if not line.strip():
            continue
        lo, hi = m.start() + len(line) - len(line.lstrip()), m.start() + len(line.rstrip())
        hit = [e for s, x, e in orgs.mentions if s == lo and x == hi]
        if not hit or hit[0].kind == "government" or (known and hit[0].ref is None):
            return None
        return hit[0]
    return None
