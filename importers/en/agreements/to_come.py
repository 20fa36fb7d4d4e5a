"""What a sentence tells as still to come, whose year dates no signing.

"During 2019, the two offices will develop ..." plans the year rather than reports on it;
it is told with a future auxiliary (en_agreements.txt [future_auxiliaries]). (A clause after
the signing that tells what is still to come, "which will be implemented in 2020", is cut
from the main clause in own_clause.py.)
"""

from __future__ import annotations

import re

from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

_AUXILIARIES = phrase_alternation(lexicon.words("en_agreements.txt", "future_auxiliaries"))

#: "During 2019, the two offices will develop ...": a plan for the year, not a report on it.
#: The auxiliary comes before any verb in the past in the clause.
PLANNED = re.compile(
    r"(?:(?!\b\w+ed\b)[^.;\n]){0,100}?\b(?:" + _AUXILIARIES + r")\b"  # lower case: "May" is a month
)
