"""Officers a body elects, listed under the sentence that elects them.

"The Assembly elected by acclamation: (a) Chair: Ms A, Director of X; (b) Vice-Chair: the
Registrar of Y, Mr B": each listed person holds the office at the electing body (besides the
post the item gives at their own body, which the title patterns read).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People
from importers.en.words import TITLE_CORE
from store.text import lexicon

_VERBS = "|".join(map(re.escape, lexicon.words("en_leadership.txt", "electing_verbs")))

#: "The Council elected by acclamation:", "the General Assembly unanimously elected:".
_LEAD = re.compile(
    rf"\b[Tt]he\s+(?P<body>(?:[A-Z][\w’'-]*\s+){{0,4}}?(?P<head>[A-Z][a-z]+))\s+"
    rf"(?:\w+ly\s+)?(?:{_VERBS})(?:\s+by\s+\w+)?\s*:[ \t]*\n"
)
#: One listed office: "(a) Chairperson: ", "- First Vice-Chair: ", "2. Rapporteur: ".
_ITEM = re.compile(
    rf"[ \t]*(?:\([a-z0-9]{{1,3}}\)|[a-z0-9]{{1,2}}[.)]|[-–•*])?[ \t]*(?P<title>{TITLE_CORE})"
    r"[ \t]*:[ \t]*(?P<rest>[^\n]+)\n?"
)


def find_elected_officers(text: str, people: People, orgs: Orgs) -> None:
    """Each office the electing body's list fills, held by the one person its item names."""
    for lead in _LEAD.finditer(text):
        body = _electing_body(lead, orgs)
        if body is None:
            continue
        pos = lead.end()
        while (item := _ITEM.match(text, pos)) is not None:
            pos = item.end()
            named = [(s, e) for s, e, _ in people.mentions if item.start("rest") <= s < item.end()]
            if len(named) == 1:
                span = (item.start("title"), item.end("title"))
                people.record(text, named[0], item.group("title"), org=body, span=span, place=None)


def _electing_body(lead: re.Match[str], orgs: Orgs) -> OrgEntry | None:
    """The body "the Council" is: the one the text names with that head noun, the latest
    before the sentence if several."""
    head = lead.group("head").casefold()
    named = [
        (s, e)
        for s, _, e in orgs.mentions
        if s < lead.start() and e.name.casefold().split()[-1] == head
    ]
    return max(named, key=lambda m: m[0])[1] if named else None
