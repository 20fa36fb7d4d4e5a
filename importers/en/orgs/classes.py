"""A name whose short form the text writes in the plural names a kind of body, not one body.

"suitable Host Centre (HC) ... the HCs will train inventors", "each Partner Office (“PO”) ...
all POs": the capitalised words define a term for any body that takes a part in a programme
or an agreement, and the text's plural of its short form ("HCs", "POs") shows that it
speaks of many. Neither the name nor the short form is a body. A body the reference data
knows keeps its name.

A name made of nothing but the part a body takes and a head noun ("the Host Institution
shall provide", "the Implementing Agency will report", "the Lead Agency") is such a term too,
with no short form needed: no word of it names one body ([scheme_role_words]).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.words import ORG_HEADS
from store.text import lexicon
from store.text.occurrences import has_whole_word

#: The parts a body takes in a programme or an agreement ("host", "implementing", "lead").
_ROLE_WORDS = lexicon.wordset("en_orgs.txt", "scheme_role_words")

#: '(HC)', '” (“PO”)': a short form in capitals bracketed right after a name, quoted or not
_SHORT_FORM = re.compile(r"[”\"’']?\s*\(\s*[“\"‘']?([A-Z][A-Z0-9]{1,9})[”\"’']?\s*\)")


def _written_in_plural(text: str, short: str) -> bool:
    """Whether the text writes `short` in the plural, "HCs" ("HC's" is its possessive)."""
    return has_whole_word(text, short + "s", "-")


def drop_defined_classes(text: str, orgs: Orgs) -> None:
    """Drop the organisations, unknown to the reference data, one of whose mentions defines a
    short form that the text also writes in the plural; the short form is no body either."""
    for entry in list(orgs.entries):
        if entry.ref is not None:
            continue
        if all(_role_named(form) for form in {entry.name, *entry.forms}):
            orgs.drop(entry)  # "the Host Institution": the part a body takes, no body
            continue
        for _, end in entry.spans:
            short = _SHORT_FORM.match(text, end)
            if short and _written_in_plural(text, short.group(1)):
                orgs.drop(entry)
                orgs.non_org_acronyms.add(short.group(1))
                break


def _role_named(name: str) -> bool:
    """Whether a name is only the words of a part taken and a head ("Implementing Agency")."""
    words = re.sub(r"^the\s+", "", name.strip(), flags=re.I).split()
    return (
        len(words) >= 2
        and words[-1].casefold() in ORG_HEADS
        and all(w.casefold() in _ROLE_WORDS for w in words[:-1])
    )
