"""A state's delegation posted to the United Nations: its permanent mission.

"The Xland Delegation to Geneva", "the Xland Delegation to the United Nations": "Delegation"
capitalised after a state's name or adjective and posted to a seat of the United Nations
([international_seats]) or to the United Nations itself names the state's standing mission
there, a body of its own. A delegation in lower case ("the Xland delegation to the WIPO
Assembly") or posted to a country ("the Xland Delegation to Chile") is a team on a visit,
and "Delegation of Xland to ..." is read as a name already (chunks.py).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.words import COUNTRY_OF
from store.text import lexicon

_SEATS = lexicon.wordset("en_orgs.txt", "international_seats")

_POSTED = re.compile(
    r"\b(?P<state>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+Delegation[ \t]+to[ \t]+"
    r"(?:(?P<un>the[ \t]+United[ \t]+Nations\b(?:[ \t]+Office[ \t]+(?:at|in)[ \t]+[A-Z][a-z]+)?)"
    r"|(?P<seat>[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)\b)"
)


def find_posted_delegations(text: str, orgs: Orgs) -> None:
    """Record "the Xland Delegation to Geneva" as Xland's mission there, named as written."""
    for m in _POSTED.finditer(text):
        state, start = m.group("state"), m.start()
        code = COUNTRY_OF.get(state.casefold())
        if code is None and " " in state:  # "The Xland Delegation": the last word alone
            start += state.rindex(" ") + 1
            code = COUNTRY_OF.get(state[state.rindex(" ") + 1 :].casefold())
        if code is None:
            continue
        end, seat = m.end(), m.group("seat")
        if seat is not None and seat.casefold() not in _SEATS:
            end, seat = m.start("seat") + len(seat.split()[0]), seat.split()[0]
            if seat.casefold() not in _SEATS:  # "to Geneva Monday": the city alone
                continue
        name = re.sub(r"\s+", " ", text[start:end])
        orgs.add(name, start, end, country=code)
