"""A state's mission named by its country and a lower-case head: "the Swedish embassy".

News style writes a foreign mission in the country a story is about as "the US embassy" or
"the Chilean consulate", with no host: the host is the country the text is about. Such a
mention is that state's mission there ("Embassy of Sweden in Peru"), the written form one of
its names. Where the text is about no one country, or about the sender itself, the host is
unknown and the mention is left unread; "the X embassy in/to ..." is read as a name of its
own elsewhere.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.places import country_name
from importers.en.subject import clear_country
from importers.en.words import COUNTRY_OF

_MISSION = re.compile(
    r"\b[Tt]he[ \t]+(?P<country>[A-Z][A-Za-z]+)[ \t]+"
    r"(?P<head>embassy|consulate[ \t]+general|consulate|high[ \t]+commission)"
    r"(?![\w-])(?![ \t]+(?:of|in|to|for)\b)"
)


def find_lower_case_missions(text: str, orgs: Orgs) -> None:
    """Record "the <Country> embassy" as the mission of that country in the one the text is
    about."""
    host = None
    for m in _MISSION.finditer(text):
        code = COUNTRY_OF.get(m.group("country").casefold())
        if code is None or orgs.covered(*m.span()):
            continue
        host = host or clear_country(text, orgs)
        if host is None or host == code:
            return
        head = " ".join(w.capitalize() for w in m.group("head").split())
        name = f"{head} of {country_name(code)} in {country_name(host)}"
        entry = orgs.add(name, country=code)
        written = re.sub(r"\s+", " ", text[m.start("country") : m.end()])
        orgs.add(written, m.start("country"), m.end(), into=entry)
