"""An agreement the story recalls by an adjective of order: "the previous memorandum
between the two offices was signed in 2012", "their last bilateral agreement".

Such a title names an instrument signed before the one the story reports, so it is an
agreement of its own, never that one told again, even when the report gives no date of its
signing ("recently signed") for the two to differ by. Only the adjective right before the
title counts: "signed last week" says when, not which.
"""

from __future__ import annotations

import re

from store.text import lexicon

_ADJECTIVES = "|".join(lexicon.words("en_agreements.txt", "recalled_adjectives"))
_BEFORE_TITLE = re.compile(rf"\b(?:the|their|its|our|an?)\s+(?:{_ADJECTIVES})\s+$", re.IGNORECASE)


def recalled_before(text: str, title_start: int) -> bool:
    """The title at `title_start` follows "the last", "the previous", "an earlier"."""
    return _BEFORE_TITLE.search(text, max(0, title_start - 30), title_start) is not None
