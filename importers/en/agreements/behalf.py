"""Signers who each act for a body: "A signed on behalf of X, while B signed on behalf of Y".

One "on behalf of" in a sentence may name the one a signer stands in for; two or more name
one side each, so the bodies they name are the agreement's parties.
"""

from __future__ import annotations

import re

_BEHALF = re.compile(r"\bon behalf of\s+([^,;]+)")


def behalf_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans after each "on behalf of" between `start` and `end` when there are two or
    more of them (each to the next comma or the sentence's end); none otherwise."""
    spans = [(m.start(1), m.end(1)) for m in _BEHALF.finditer(text, start, end)]
    return spans if len(spans) >= 2 else []
