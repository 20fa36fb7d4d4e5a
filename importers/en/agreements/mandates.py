"""A power to sign given to someone, which is no signing.

"The Council authorized the Director General to sign the agreement once its text is final":
the agreement is still to be signed, so the sentence reports none.
"""

from __future__ import annotations

import re

from importers.guarded import guarded
from store.text import lexicon

_VERBS = "|".join(map(re.escape, lexicon.words("en_agreements.txt", "power_to_sign_verbs")))

#: A verb that gives the power, up to six words (who gets it), then "to sign" or "to conclude".
POWER_TO_SIGN = guarded(
    rf"\b(?:{_VERBS})(?:\s+[\w'’-]+){{0,6}}?\s+to\s+(?:sign|conclude)\b", re.IGNORECASE
)
