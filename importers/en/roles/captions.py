"""The people a photograph's caption names in a row, from one side to the other.

"From left: Jane Roe, John Doe and Ana Ruiz", "(L-R) Jane Roe, Norway, John Doe, Sweden": a
caption lists the people it shows one after another, each a personal name, perhaps with the
country they come from after it. Each name is a person of the text, with no post (the caption
says none); a post the text gives them elsewhere joins them by name. The list ends at the
first item that is neither a name nor a country. The caption's openings are data
(`en_people.txt [caption_leads]`).
"""

from __future__ import annotations

import re

from importers.en.names import name_at
from importers.en.places import country_prefix
from importers.en.roles.model import People
from importers.en.word_patterns import phrase_alternation
from importers.guarded import guarded
from store.text import lexicon

_LEADS = phrase_alternation(
    sorted(lexicon.words("en_people.txt", "caption_leads"), key=len, reverse=True), r"[ \t]+"
)
#: "From left: ", "(L-R) ", "Left to right, ": the opening and what follows it.
_LEAD = guarded(rf"(?i)(?<![\w-])\(?(?:{_LEADS})\)?[ \t]*[:,]?[ \t]+")
#: What ends one item and opens the next: a comma (", and"), or "and".
_NEXT = re.compile(r",[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+")


def find_caption_people(text: str, people: People) -> None:
    """Each name of a caption's row is a person ("From left: NAME, Country, NAME2 and NAME3")."""
    for lead in _LEAD.finditer(text):
        pos = lead.end()
        while pos < len(text):
            nm = name_at(text, pos)
            country = country_prefix(re.findall(r"[\w’'-]+", text[pos : pos + 60])[:4])
            if country is not None and text.startswith(country, pos):
                end = pos + len(country)  # "NAME, Norway, NAME2": where the person comes from
            elif nm is not None and nm[0] == pos:
                end = nm[1]
                if not any(s <= nm[0] < e for s, e, _ in people.mentions):
                    people.add(re.sub(r"\s+", " ", text[nm[0] : nm[1]]), nm[0], nm[1])
            else:
                break
            step = _NEXT.match(text, end)
            if step is None:
                break
            pos = step.end()
