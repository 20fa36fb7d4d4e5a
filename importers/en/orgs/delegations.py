"""A union of states' delegation named by the union's name and "Delegation".

"The EU Delegation" in a text about one country is the union's mission there, which is
named "Delegation of the European Union to <country>": a body of its own, not the union.
A delegation named in full ("Delegation of the European Union to Kenya") is read as a
name already; this reads the short form, and the full one with no posting ("Minister
Counsellor of the Delegation of the European Union"), and the union is no longer mentioned
there.
"""

from __future__ import annotations

import re
from collections import Counter

from importers.en.orgs.model import Orgs
from importers.en.places import country_name, country_words
from importers.en.words import COUNTRY_OF
from store.text import lexicon

_UNIONS = lexicon.wordset("en_orgs.txt", "unions_of_states")
#: "EU Delegation", "European Union Delegation": not "... Delegation to X" (named in full).
_DELEGATION = re.compile(r"\s+Delegation\b(?!\s+(?:to|of|in|for)\s)")
#: "Delegation of the " right before the union's name: its mission written in full, with no
#: posting after it (a union's delegation is a standing mission, never a visiting team).
_DELEGATION_OF = re.compile(r"\bDelegation[ \t]+of[ \t]+(?:the[ \t]+)?$")
_POSTED = re.compile(r"[ \t]+(?:to|in)[ \t]")
#: "EU Delegation to Ukraine": the short form with its posting written after it.
_DELEGATION_TO = re.compile(
    r"\s+Delegation[ \t]+(?:to|in)[ \t]+(?:the[ \t]+)?([A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*)?)"
)


def find_union_delegations(text: str, orgs: Orgs) -> None:
    """Read "the EU Delegation" as the union's delegation to the country the text is about
    (to no country named when the text is about none clearly)."""
    for start, end, union in sorted(orgs.mentions, key=lambda m: m[0]):
        names = (union.name, *union.forms, union.ref.name if union.ref else "")
        if not any(n.casefold() in _UNIONS for n in names):
            continue
        m = _DELEGATION.match(text, end) or _posted_to(text, end)
        of = _DELEGATION_OF.search(text, max(0, start - 30), start)
        if m is None and (of is None or _POSTED.match(text, end)):
            continue
        full = union.ref.name if union.ref else union.name
        code = COUNTRY_OF.get(m.group(1).casefold()) if m and m.groups() else _host_country(text)
        name = f"Delegation of the {full}" + (f" to {country_name(code)}" if code else "")
        union.spans = [sp for sp in union.spans if sp != (start, end)]
        orgs.add(name, of.start() if m is None and of else start, m.end() if m else end)
        if not union.spans and union in orgs.entries:
            orgs.drop(union)


def _posted_to(text: str, end: int) -> re.Match[str] | None:
    """'EU Delegation to Ukraine' after the union's name: the delegation with its posting,
    where the posting is a country."""
    m = _DELEGATION_TO.match(text, end)
    return m if m is not None and m.group(1).casefold() in COUNTRY_OF else None


def _host_country(text: str) -> str | None:
    """The country the text names most, at least twice and more often than any other: the
    one a delegation without a posting is posted to."""
    top = Counter(country_words(text)).most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
