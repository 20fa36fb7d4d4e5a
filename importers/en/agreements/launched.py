"""A PPH pilot that offices launch or announce: the pilot is the agreement.

A Patent Prosecution Highway pilot often comes into being with no document named for it:
"office A has announced a joint pilot project for the PPH with office B", "the
offices launched a PPH pilot programme". The verb that starts the pilot brings it into being
as "signed" does an MoU; the bodies are its parties as for any signing. Only a pilot or a
programme is launched so (never the bare highway, which a sentence may name as a means), only
by a verb right before its phrase (an article or a few modifiers between), and only with a
partner named right after it ("with X"): "launched the A-B PPH pilot program" alone tells a
programme put into operation, not an agreement made.
"""

from __future__ import annotations

import re

from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

_LAUNCH = re.compile(
    rf"\b(?:{phrase_alternation(lexicon.words('en_agreements.txt', 'pilot_launch_verbs'))})"
    r"\s+(?:(?:"
    rf"{phrase_alternation(lexicon.words('en_agreements.txt', 'pilot_modifiers'))}"
    r"|[\w]+-year)\s+){0,3}$",
    re.IGNORECASE,
)


#: The partner right after the pilot's title: "... with the Israel Patent Office".
_WITH = re.compile(r"\s+with\s")


def launch_verb(text: str, start: int, span: tuple[int, int]) -> re.Match[str] | None:
    """The verb between `start` and the pilot's title at `span` that launches it with a
    partner named right after the title ("announced a new ... with X"), else None. A pilot
    launched with no partner after it ("officially launched the A-B PPH pilot program,
    and signed ...") is a step in running one, not an agreement made."""
    s, e = span
    if _WITH.match(text, e) is None:
        return None
    return _LAUNCH.search(text, max(start, s - 60), s)
