"""Two fields that share one head after a complete name: "X Office and Finance and Planning
Department".

"and" inside a name joins two fields of one head ("Finance and Planning Department"), so a
name's grammar keeps it; but when the words before the first "and" end in a head (a name
complete in itself), the words after it have no head of their own and the words after the
next "and" end in one, the first "and" ends that name and the next two fields share the
second head: the unit is "Finance and Planning Department", not "Finance" beside a
"Planning Department".
"""

from __future__ import annotations

from importers.en.orgs.tokens import Tok, is_head


def ends_before_shared_head(left: list[Tok], run: list[Tok], k: int) -> bool:
    """Whether the "and" at `run[k]`, after the words `left`, ends a name whose next words are
    a field that shares the head of the words after the following "and"."""
    if not left or not is_head(left[-1]):
        return False
    field: list[Tok] = []
    j = k + 1
    while j < len(run) and run[j].low not in ("and", "&"):
        field.append(run[j])
        j += 1
    if not field or j >= len(run) or not all(t.cap and not is_head(t) for t in field):
        return False
    second: list[Tok] = []
    for t in run[j + 1 :]:
        if t.low in ("and", "&", "of", "for", "("):
            break
        second.append(t)
    return len(second) >= 2 and all(t.cap for t in second) and is_head(second[-1])
