"""The union of a treaty's members is no body: "joined the Xville Protocol ... membership of
the Xville Union".

Treaties administered by an international organisation name the states bound by them after
the treaty's place ("the Paris Union", "the Madrid Union"): the members of that treaty, whose
organs ("the Assembly of the X Union") are bodies, but which is itself no organisation a text
deals with. A name of two words, one word and "Union", whose first word the text also writes
before a treaty's noun ("the Xville Protocol", "the Xville System"), is such a union; a union
of states (the European Union) is a body whatever treaties its adjective opens.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from store.text import lexicon

#: Nouns of a treaty or of the system it sets up, capitalised in its name ("Protocol").
_TREATY_NOUNS = "|".join(w.capitalize() for w in lexicon.words("en_orgs.txt", "treaty_nouns"))
_UNIONS_OF_STATES = lexicon.wordset("en_orgs.txt", "unions_of_states")


def drop_treaty_unions(text: str, orgs: Orgs) -> None:
    """Drop each body named only "<X> Union" where the text names a treaty "<X> <noun>"."""
    for entry in list(orgs.entries):
        if entry.ref is not None or any(f.casefold() in _UNIONS_OF_STATES for f in entry.forms):
            continue
        words = {tuple(f.split()) for f in entry.forms}
        if not words or not all(len(w) == 2 and w[1] == "Union" for w in words):
            continue
        place = "|".join(re.escape(w[0]) for w in words)
        if re.search(rf"(?<![\w’'-])(?:{place})[ \t]+(?:{_TREATY_NOUNS})\b", text):
            orgs.drop(entry)
