"""What a title written in lower case, or an envoy's, says after it about the post.

"permanent secretary for commerce" (a lower-case portfolio after "for") and "ambassador and
permanent representative to the World Trade Organization" (a posting to a body the text
names, not to a country) are titles that say their post with no organisation; the words
after the title are part of it.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.titles import base_title, is_diplomatic
from store.text import lexicon

#: Last words of titles whose lower-case field after "for" is their portfolio.
_PORTFOLIO_HEADS = lexicon.wordset("en_titles.txt", "lower_portfolio_titles")

#: " for commerce," " for trade and industry,": a field in lower case, ended by a comma.
_LOWER_PORTFOLIO = re.compile(
    r"[ \t]+for[ \t]+(?!the\b)[a-z]+(?:[ \t]+(?:and[ \t]+)?[a-z]+){0,2}(?=,)"
)

_TO_BODY = re.compile(r"[ \t]+to[ \t]+(?:the[ \t]+)?")


def lower_portfolio_end(text: str, pos: int, title: str) -> int | None:
    """Where a lower-case minister's or secretary's title ends that names its portfolio in
    lower case after "for" ("permanent secretary for commerce,"); None if it names none."""
    if not title.islower() or title.split()[-1] not in _PORTFOLIO_HEADS:
        return None
    m = _LOWER_PORTFOLIO.match(text, pos)
    return m.end() if m else None


def posted_to_body_end(text: str, pos: int, title: str, orgs: Orgs) -> int | None:
    """Where an envoy's title ends that names the body it is posted to ("Permanent
    Representative to the X Organization"), a body the text names; None otherwise. One of
    titles joined by "and" is enough ("ambassador and permanent representative")."""
    if not any(is_diplomatic(part) for part in re.split(r"\s+and\s+", base_title(title))):
        return None
    m = _TO_BODY.match(text, pos)
    hit = orgs.at(m.end()) if m else None
    return hit[1] if hit else None
