"""Words before which a run of capitalised words stops being one body's name.

"the X Authority and Mr. Kim": "and" opens a person addressed by name, no word of X.
"the Council of Ministers Resolution No. 590": a numbered instrument ("Resolution No. 590",
"Decree No 12") is the body's act, no part of its name; the body ends before the
instrument's word.
"""

from __future__ import annotations

import re

from importers.en.orgs.titled_holders import addressed_after_and
from importers.en.words import ORG_HEADS

#: A capitalised word, then "No." and a number: a numbered act or document.
_NUMBERED = re.compile(r"([A-Z][a-z]+)\s+No\.?\s*\d")


def breaks_run(text: str, start: int, low: str) -> bool:
    """Whether the token at `start` (cased `low`) ends the run before it."""
    if low in ("and", "&"):
        return addressed_after_and(text, start)
    m = _NUMBERED.match(text, start)
    return m is not None and m.group(1).casefold() not in ORG_HEADS
