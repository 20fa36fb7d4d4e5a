"""The mission an envoy with no country serves at, from the sentence that names it.

"Thanks to the X High Commission in Y and to Deputy High Commissioner NAME": an envoy's
title with no country of its own, written after the one mission its sentence names, is held
at that mission. A mission named after the title ("Ambassador NAME visited the X Embassy")
is a place the envoy goes to, not one they serve.
"""

from __future__ import annotations

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import RoleEntry
from importers.en.words import DIPLOMATIC_HEADS
from store.text.sentences import sentence_bounds


def mission_before_in_sentence(text: str, r: RoleEntry, orgs: Orgs) -> OrgEntry | None:
    """The one mission named in the title's sentence before the title, if there is one."""
    start = sentence_bounds(text, r.span[0], r.span[0])[0]
    named = {e.key: e for s, x, e in orgs.mentions if start <= s and x <= r.span[0]}
    missions = [e for e in named.values() if is_mission(e.name)]
    return missions[0] if len(missions) == 1 else None


def is_mission(name: str) -> bool:
    """A name headed by a mission's word, or by two ("High Commission")."""
    words = name.casefold().split()
    pairs = [" ".join(p) for p in zip(words, words[1:], strict=False)]
    return any(w in DIPLOMATIC_HEADS for w in [*words, *pairs])
