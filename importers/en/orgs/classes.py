"""A name whose short form the text writes in the plural names a kind of body, not one body.

"suitable Host Centre (HC) ... the HCs will train inventors", "each Partner Office (“PO”) ...
all POs": the capitalised words define a term for any body that takes a part in a programme
or an agreement, and the text's plural of its short form ("HCs", "POs") shows that it
speaks of many. Neither the name nor the short form is a body. A body the reference data
knows keeps its name.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from store.text.occurrences import has_whole_word

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
        for _, end in entry.spans:
            short = _SHORT_FORM.match(text, end)
            if short and _written_in_plural(text, short.group(1)):
                orgs.drop(entry)
                orgs.non_org_acronyms.add(short.group(1))
                break
