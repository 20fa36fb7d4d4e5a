"""The ministry a minister's portfolio names, when the text names that ministry.

"Viet Nam's Minister for Science and Technology" heads the "Ministry of Science and
Technology" the text names; the "Minister for Industry, Science and Technology" heads the one
"Department of Industry, Innovation and Science" named. Read apart from the title itself
(portfolio.py): this looks through the organisations already found, not the words around
the title.
"""

from __future__ import annotations

import re

from importers.en.orgs.headless import is_headless
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import COUNTRY_OF, PORTFOLIO_HEADS
from store.text import fold


def named_ministry(orgs: Orgs, portfolio: str, code: str | None) -> OrgEntry | None:
    """The ministry of a minister's portfolio that the text names as an organisation
    ("Ministry of Science and Technology", "Viet Nam's Ministry of ..."), of the minister's
    country when the title says one."""
    if not portfolio:
        return None
    want = {fold(f"Ministry {w} {portfolio}") for w in ("of", "for")}
    fits = [
        e
        for e in orgs.entries
        if e.spans
        and not (code and e.country not in (None, code))
        and any(
            fold(f) in want or any(fold(b) in want for b in _without_country(f)) for f in e.forms
        )
    ]
    # "of Japan": the form naming the minister's country before one that names none
    return next((e for e in fits if code and e.country == code), fits[0] if fits else None)


_BODY_PORTFOLIO = re.compile(r"^(?:the\s+)?(?:Ministry|Department)\s+(?:of|for)\s+(?:the\s+)?(.+)$")


def kindred_ministry(orgs: Orgs, portfolio: str) -> OrgEntry | None:
    """The one ministry or department the text names whose portfolio opens with the same
    word as a minister's and shares another with it: the "Minister for Industry, Science and
    Technology" heads the "Department of Industry, Innovation and Science" of the text, the
    "Minister of Health and Wellness" a department named "Health and Social Services X"."""
    words = _portfolio_words(portfolio)
    if len(words) < 2:
        return None
    fits = [e for e in orgs.entries if e.spans and any(_kindred(e, f, words) for f in e.forms)]
    return fits[0] if len(fits) == 1 else None


def leading_ministry(orgs: Orgs, portfolio: str, code: str | None) -> OrgEntry | None:
    """The one ministry or department the text names whose portfolio opens with the one a
    title is written after: the "Trade Secretary" heads the "Department of Trade and
    Industry" the text names, the "Justice Minister" the "Ministry of Justice and Human
    Rights" (only a body of the holder's country when the title says one)."""
    words = _portfolio_words(portfolio)
    if not words:
        return None
    fits = [
        e
        for e in orgs.entries
        if e.spans
        and not (code and e.country != code)
        and any(_opens_with(f, words) for f in e.forms)
    ]
    return fits[0] if len(fits) == 1 else None


def _opens_with(form: str, words: list[str]) -> bool:
    found = (_BODY_PORTFOLIO.match(b) for b in _without_country(form))
    return any(_portfolio_words(m.group(1))[: len(words)] == words for m in found if m)


def _kindred(e: OrgEntry, form: str, words: list[str]) -> bool:
    m = _BODY_PORTFOLIO.match(_without_country(form)[-1])
    body = m.group(1) if m else _portfolio_of_department(e, form)
    other = _portfolio_words(body) if body else []
    return bool(other) and other[0] == words[0] and len(set(other) & set(words)) >= 2


def _portfolio_of_department(e: OrgEntry, form: str) -> str | None:
    """A government department named by its portfolio and then its country, with no head
    noun ("Fisheries and Oceans X", as some Commonwealth governments name theirs): the
    portfolio, when the body is a government's and the name ends in its own country."""
    if e.kind != "government" or e.country is None:
        return None
    words = form.split()
    for n in (1, 2, 3):  # "Canada", "New Zealand", "United Arab Emirates"
        if len(words) > n and COUNTRY_OF.get(" ".join(words[-n:]).casefold()) == e.country:
            return " ".join(words[:-n])
    return None


def _portfolio_words(portfolio: str) -> list[str]:
    return [w.casefold() for w in re.findall(r"[A-Z][\w’'-]*", portfolio)]


_OF_PLACE = re.compile(r"\s+(?:of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?|\([^()]+\))$")


#: The words before "Ministry" or "Department" that may be its country: "United States".
_COUNTRY_LED = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s+(?=Ministry\b|Department\b)"
)


def _without_country(form: str) -> list[str]:
    """A ministry's name less its country, however written: "Viet Nam's Ministry of X",
    "Ministry of X (Chile)", "Ministry of X of the Kingdom of Saudi Arabia", and the country
    or its adjective before the head noun ("U.S. Department of X", "Korean Ministry of X")."""
    bare = re.sub(r"^[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\s+", "", form)
    led = _COUNTRY_LED.match(bare)
    if led is not None and COUNTRY_OF.get(led.group(1).casefold()) is not None:
        bare = bare[led.end(1) :].lstrip()
    out = [bare]
    for _ in range(2):
        bare = _OF_PLACE.sub("", bare)
        out.append(bare)
    return out


def body_named_after(text: str, pos: int, orgs: Orgs) -> bool:
    """ "Joint Secretary of DIPP": a body the text names by its acronym after "of" is where
    the post is held, no portfolio a minister's or secretary's title names; so is one whose
    acronym keeps small letters ("Undersecretary of the MoE", "of MoFA"), and so is a
    department or ministry the text names by a name of its own, with its head word
    ("minister of Xland Federal Department of Justice") or, named so elsewhere, without it
    ("minister of Xland Federal Trade and Industry", orgs/headless.py)."""
    m = re.match(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])", text[pos : pos + 24])
    hit = orgs.at(pos + m.end()) if m is not None else None
    if hit is None:
        return False
    written = text[hit[0] : hit[1]]
    first = re.match(r"[A-Z][A-Za-z]{1,9}\b", written)
    return (
        (first is not None and sum(c.isupper() for c in first.group()) >= 2)
        or is_headless(hit[2], written)
        or any(w.casefold() in PORTFOLIO_HEADS for w in written.split()[1:] if w[:1].isupper())
    )
