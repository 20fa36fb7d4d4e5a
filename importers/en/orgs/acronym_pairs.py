"""Two bodies each named by an acronym around "and": "the KIPO and WIPO Singapore Office".

A name may hold "and" ("Patent and Trademark Office"), but an acronym alone before it and a
name after it that opens with another acronym are two bodies, each named by its acronym, the
second with its own head. A field written as an acronym ("ICT and Innovation Office") has a
common word after "and", and a name written all in capitals ("ROE & LEE LLP") is one name.
An acronym the text gives a body (after a dash that glosses the name before it, "X Office -
XO and Y Office - YO", or in brackets) and "and" before a name also name two bodies.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import ACRONYM
from importers.en.orgs.tokens import Tok

#: A dash between a name and the acronym that glosses it: "Nordic Patent Institute – NPI".
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")


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


def after_given_acronym(text: str, run: list[Tok]) -> list[Tok]:
    """'... Institute – NPI and Eurasian Patent Organization – EAPO': a run that opens with
    an acronym the text gives a body (right after a dash that glosses the name before it, or
    in brackets) and "and" names that body first; the acronym is found on its own, so the
    run starts after "and"."""
    if len(run) < 4 or run[1].low not in ("and", "&") or not ACRONYM.fullmatch(run[0].text):
        return run
    acronym = run[0].text
    glossed = _DASH_BEFORE.search(text, max(0, run[0].start - 4), run[0].start) is not None
    if not glossed and not re.search(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        return run
    return run[2:] if run[2].cap else run
