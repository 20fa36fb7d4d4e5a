"""Two fields that share one head after a complete name: "X Office and Finance and Planning
Department".

"and" inside a name joins two fields of one head ("Finance and Planning Department"), so a
name's grammar keeps it; but when the words before the first "and" end in a head (a name
complete in itself), the words after it have no head of their own and the words after the
next "and" end in one, the first "and" ends that name and the next two fields share the
second head: the unit is "Finance and Planning Department", not "Finance" beside a
"Planning Department".

The same sharing makes an owner's name after "of the": in "the X Office of the Energy and
Industry Department", "Energy" has no head and "Industry Department" has one, so the two
fields share it and name the department that owns the office, and the office's name ends
before "of the".
"""

from __future__ import annotations

from importers.en.orgs.tokens import Tok, is_head
from store.text import lexicon

#: Nouns of a standing arrangement between parties ("the X Dialogue Mechanism"): no field
_MECHANISM_NOUNS = lexicon.wordset("en_orgs.txt", "mechanism_nouns")


def ends_before_shared_head(left: list[Tok], run: list[Tok], k: int) -> bool:
    """Whether the "and" at `run[k]`, after the words `left`, ends a name whose next words are
    a field that shares the head of the words after the following "and"; or whether the words
    before it end in a mechanism's noun ("the X Dialogue Mechanism and Working Group"), which
    names an arrangement between parties, no field of the head after "and"."""
    if left and left[-1].low in _MECHANISM_NOUNS:
        return True
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


def split_before_owner(parts: list[list[Tok]], tok: Tok, right: list[Tok]) -> bool:
    """'the X Office of the Energy| and Industry Department': when the words before "and"
    end in a head, "of the" and one to three capitalised words with no head, and the words
    after it end in a head of their own before any "of", those words and the ones before
    "and" are two fields of that head, which names the owner: the name before "of the"
    ends there and the owner's name starts at its first field. Records the split in `parts`
    (the "and" included) and says whether it made one."""
    left = parts[-1]
    heads = [j for j, t in enumerate(left) if is_head(t)]
    end = heads[-1] + 1 if heads else 0
    if [t.text for t in left[end : end + 3 : 2]] == ["(", ")"]:
        end += 3  # "the X Office (XO) of the ...": the name keeps its acronym
    if not heads or [t.low for t in left[end : end + 2]] != ["of", "the"]:
        return False
    fields = left[end + 2 :]
    if not 1 <= len(fields) <= 3 or not all(t.cap and t.low != "of" for t in fields):
        return False
    own: list[Tok] = []
    for t in right:
        if t.low in ("of", "for", "(") or not t.cap:
            break
        own.append(t)
    if not own or not any(is_head(t) for t in own):
        return False
    parts[-1:] = [left[:end], [*fields, tok]]
    return True
