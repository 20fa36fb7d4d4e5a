"""One doubt a name shows (signals.py and misnamed.py find them; calibration.py weighs them
by key)."""

from __future__ import annotations

from dataclasses import dataclass

from store.text.script import NAME_DOTS as SCRIPT_DOTS

#: the dots that part a transliterated name (马尔科·阿莱曼), in any of their code points, and
#: the full stops that may stand for one
NAME_DOTS = SCRIPT_DOTS + "．."


@dataclass(frozen=True)
class Sign:
    """One doubt a name shows: `key` in review_signals.tsv, `why` for the reviewer."""

    key: str
    why: str
