"""A connector glued to the next word by a lost space ("Institute ofIndustrial Property").

Read as one lower-case word, "ofIndustrial" ends the name before it and leaves the rest as
a name of its own; read as the connector and a capitalised word, the name runs on as its
writer meant. Only the English connectors are split (a French "deBoer" is a surname), and
only before a word in title case, so camel-case brands ("eBay") are left whole.
"""

from __future__ import annotations

from importers.en.words import NAME_CONNECTORS, ROMANCE_CONNECTORS
from importers.guarded import guarded

_ENGLISH = sorted(
    (w for w in NAME_CONNECTORS - ROMANCE_CONNECTORS if w.isalpha()), key=len, reverse=True
)
_GLUED = guarded(r"(?<![\w’'-])(" + "|".join(_ENGLISH) + r")(?=[A-Z][a-z]{2,}\b)")


def glued_connectors(text: str) -> list[tuple[int, int]]:
    """Spans of the connectors in `text` written with no space before the next word."""
    return [m.span() for m in _GLUED.finditer(text)]
