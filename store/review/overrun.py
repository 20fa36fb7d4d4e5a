"""How much a name's shape weighs against a duplicate pair (pairs.py).

A name that is probably no entity rarely duplicates one: a phrase or a group of bodies
merged into a body would spoil it, so its doubt discounts every pair it is in. A name cut
from its sentence at the wrong place is another matter: "NIIP. The" or "Ministry of Trade
Datuk" still names the body it was cut from, and a pair with that body is how a reviewer
mends it (the merge keeps the full name). The signs that say a name ran over its edge
(`review.txt [overrun_signs]`) are left out of the discount, and so are those that doubt
whether a text means the body, not whether the name names one (`[named_body_signs]`: a
state's whole government is one body however often a text means only the state).
"""

from __future__ import annotations

from functools import lru_cache

from store.review.signals import doubt_without


@lru_cache(maxsize=1 << 18)
def pair_doubt(kind: str, name: str) -> float:
    """P(the name is no entity) as it weighs against a pair: its strongest sign other than
    one of a name that ran over its edge."""
    return doubt_without(kind, name, "overrun_signs", "named_body_signs")[0]
