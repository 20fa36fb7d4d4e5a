"""A ministry named again without its head word: "Federal Trade and Industry" for the
"Federal Department of Trade and Industry".

A text that names a body "<Words> Department of <Portfolio>" in full (a headline, say) may
write it later as its words and portfolio alone, the head word and its "of" left out, and a
country's adjective may stand for the "of <Country>" after the name ("the Xlandic Trade and
Industry" for the "Department of Trade and Industry of Xland"). Such a run of capitalised
words is one more mention of the body the text named in full, when exactly one named body
gives that form. Only forms of three words or more are read, so that a bare portfolio
("Justice") stays a word of the sentence.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import COUNTRIES, COUNTRY_OF, PORTFOLIO_HEADS

#: "<Words> <Head> of <Portfolio>", its country after it or not.
_FULL = re.compile(
    r"(?:the\s+)?(?P<pre>(?:[A-Z][\w-]*\s+){0,3}?)(?P<head>[A-Z][a-z]+)\s+of\s+(?:the\s+)?"
    r"(?P<port>[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}?)"
    r"(?:\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)|\s+\((?P<br>[^()]+)\))?"
)


def find_headless_forms(text: str, orgs: Orgs) -> None:
    """Each headless form of one named body, where the text writes it, a mention of that
    body."""
    if not any(h.capitalize() in text for h in PORTFOLIO_HEADS):
        return
    forms: dict[str, list[OrgEntry]] = {}
    for body in orgs.entries:
        for short in {s for f in body.forms for s in _headless(f)}:
            forms.setdefault(short, []).append(body)
    for short, owners in forms.items():
        if len(owners) != 1:
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            start, end = m.span()
            if not any(a < end and start < b for a, b, _ in orgs.mentions):
                orgs.add(short, start, end, into=owners[0])


def is_headless(org: OrgEntry, written: str) -> bool:
    """Whether `written` names the body without its head word, as this module reads it."""
    return any(written in _headless(f) for f in org.forms)


def _headless(form: str) -> list[str]:
    """The forms of a full name without its head word: "<Words> <Portfolio>", and with the
    adjective of its country before them."""
    m = _FULL.fullmatch(form.strip())
    if m is None or m.group("head").casefold() not in PORTFOLIO_HEADS:
        return []
    pre = m.group("pre").split()
    country = m.group("of") or m.group("br")
    code = COUNTRY_OF.get(country.casefold()) if country else None
    if country and code is None:
        return []
    words = [*pre, *m.group("port").split()]
    out = [words] if pre else []
    if code is not None:
        out += [[n, *words] for n in COUNTRIES[code] if n[:1].isupper() and " " not in n]
    return [" ".join(w) for w in out if len(w) >= 3]
