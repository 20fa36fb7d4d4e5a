"""A permanent mission's Chinese name cut at the body it is accredited to.

某国常驻某组织代表团 names its sender, the mark of a permanent mission (常驻), its host (the
UN or one of its offices, an intergovernmental body) and its own head. Cut at the host
(某国常驻联合国某地办事处), the name ends on the host's head: it looks whole (an 办事处 even
looks like a body of its own), and names the host's office instead of the mission. The words
are data (review.txt zh_resident_marks, zh_resident_hosts, zh_resident_ends); the sign reuses
the key `edge` of review_signals.tsv (a name cut from a sentence).
"""

from __future__ import annotations

from store.review.sign import Sign
from store.text import lexicon


def cut_at_host(name: str) -> Sign | None:
    """The doubt of a simplified Chinese NAME that names a host after a permanent mission's
    mark and then ends on no mission's own head; None for any other name (a body stationed
    in a city, 某公司常驻某市办事处, names no host)."""
    for mark in lexicon.words("review.txt", "zh_resident_marks"):
        if mark not in name:
            continue
        host = name.rpartition(mark)[2]
        hosted = host.startswith(lexicon.words("review.txt", "zh_resident_hosts"))
        if hosted and not name.endswith(lexicon.words("review.txt", "zh_resident_ends")):
            return Sign("edge", "a permanent mission's name that stops at its host: its end cut")
    return None
