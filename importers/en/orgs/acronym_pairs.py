"""Two bodies each named by an acronym around "and": "the KIPO and WIPO Singapore Office".

A name may hold "and" ("Patent and Trademark Office"), but an acronym alone before it and a
name after it that opens with another acronym are two bodies, each named by its acronym, the
second with its own head. A field written as an acronym ("ICT and Innovation Office") has a
common word after "and", and a name written all in capitals ("ROE & LEE LLP") is one name.
"""

from __future__ import annotations

from importers.en.orgs.model import ACRONYM


def acronyms_apart(left: list[str], right: list[str]) -> bool:
    """Whether the words before "and" (`left`) and those after it up to the next "and"
    (`right`, which the caller knows to hold a head) are two names, each opening with an
    acronym."""
    return (
        len(left) == 1
        and bool(ACRONYM.fullmatch(left[0]))
        and len(right) > 1
        and bool(ACRONYM.fullmatch(right[0]))
        and any(not w.isupper() for w in right)
    )
