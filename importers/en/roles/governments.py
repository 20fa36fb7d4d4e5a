"""The government a post with no body of its own is held in, when the text names it.

An envoy's title names the state that sends him ("Permanent Representative of X to Y"): with
no mission of X in the text, he represents X's government, if the text names it. A minister
whose ministry the text never names ("Minister for Industry and Innovation") sits in his
country's government: the one government a text about one country names. A head of
government whose title names the state ("Prime Minister of the Republic of X") is held at
that state's government, the same way. With no government named, or with several (a joint
statement signed "For the Government of" each of five states), the post stays without a body.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import RoleEntry
from importers.en.titles import base_title
from importers.en.words import COUNTRY_OF, GOVERNMENT_TITLES

#: "of the Republic of X" in an envoy's title: the sending state, before any posting.
_SENDER = re.compile(r"\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:to|in|at)\s|$)")
#: A minister's title with its portfolio: "Minister for X", "Minister of X".
_PORTFOLIO = re.compile(r"(?i)^minister\s+(?:for|of)\s+\S")
#: The word a government's own name holds.
_GOVERNMENT = re.compile(r"\b[Gg]overnment\b")


def envoy_government(r: RoleEntry, place: str | None, orgs: Orgs) -> OrgEntry | None:
    """The government of the state an envoy's title names, when the text names it."""
    m = _SENDER.search(r.title)
    code = country_ending(place or (m.group(1) if m else ""))
    return named_government(orgs, code) if code else None


def state_government(orgs: Orgs, title: str, state: str) -> OrgEntry | None:
    """'Prime Minister of the Socialist Republic of X': a head of government's title with
    the state's name after it is held at that state's government, when the text names that
    government (the one of that country); with none named the title stays whole, bodiless."""
    if base_title(title) not in GOVERNMENT_TITLES:
        return None
    code = country_ending(state)
    return named_government(orgs, code) if code else None


def heads_government(base: str, *, vice_premiers: bool = False) -> bool:
    """Whether a base title is a government's head ("Prime Minister", "Premier"), not a
    state's: a president and a vice president are the state's. A vice premier is no head,
    so "X's Vice Premier" is not said whole by title and country as "X's Premier" is, but
    he does sit in the government: `vice_premiers` counts him for the bare title."""
    if base not in GOVERNMENT_TITLES:
        return False
    of_state = ("president", "vice president", "vice-president")
    return not base.startswith(of_state if vice_premiers else ("president", "vice"))


def state_of_title(base: str) -> tuple[str, str] | None:
    """('president', 'mongolia') for "president of mongolia": a head of state's or
    government's title that ends in its state's name says its post with no body."""
    m = re.fullmatch(r"(.+?)\s+of\s+(?:the\s+)?(.+)", base)
    if m is None or m.group(1) not in GOVERNMENT_TITLES or not country_ending(m.group(2)):
        return None
    return m.group(1), m.group(2)


def country_ending(words: str) -> str | None:
    """The country the last words name: "the Socialist Republic of Viet Nam" is VN."""
    ws = words.split()
    tails = (COUNTRY_OF.get(" ".join(ws[k:]).casefold()) for k in range(len(ws)))
    return next((code for code in tails if code), None)


def is_portfolio_minister(title: str) -> bool:
    """Whether the title is a minister's with the portfolio written after it."""
    return _PORTFOLIO.match(title.strip()) is not None


def cabinet_government(orgs: Orgs, code: str | None) -> OrgEntry | None:
    """The one government the text names, when it is of the country the text names most
    (`code`, read once per text): where a minister with no ministry named sits."""
    named = _governments(orgs)
    if len(named) != 1:
        return None
    return named[0] if code is not None and _country(named[0]) == code else None


def named_government(orgs: Orgs, code: str) -> OrgEntry | None:
    """The one government of the country `code` that the text names."""
    named = [e for e in _governments(orgs) if _country(e) == code]
    return named[0] if len(named) == 1 else None


def _governments(orgs: Orgs) -> list[OrgEntry]:
    """The governments the text names as such ("the Irish Government"), not a department
    named with its country ("Innovation, Science and Economic Development Canada"), nor one
    named only in passing ("the Xland Government's commitment"), which holds no post."""
    return [
        e
        for e in orgs.entries
        if e.kind == "government"
        and e.spans
        and _GOVERNMENT.search(e.name)
        and not orgs.only_in_passing(e)
    ]


def _country(e: OrgEntry) -> str | None:
    """The country a government is of."""
    return e.country or (COUNTRY_OF.get(e.place.casefold()) if e.place else None)
