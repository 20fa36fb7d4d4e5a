"""A working group or joint committee that adopts an instrument: the bodies it joins are
its parties.

A bilateral forum ("the A – B Working Group on IP Cooperation", "the A-B Joint Committee")
is no party of its own to the work plan it adopts or the record it signs: the two bodies it
brings together are. Its full name, usually in a heading, names them before the forum's
head noun.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

_HEADS = phrase_alternation(lexicon.words("en_agreements.txt", "forum_heads"))
_FORUM = re.compile(rf"\b(?:{_HEADS})\b", re.IGNORECASE)

#: What joins the members in the forum's name: a dash, "and", "&", a slash.
_JOIN = re.compile(r"\s+[–—-]\s+|[–—/]|\s+(?:and|&)\s+")


def forum_parties(text: str, orgs: Orgs, parties: list[OrgEntry], at: int) -> list[OrgEntry]:
    """The parties of the agreement named at `at`: each forum among them replaced by the
    bodies its name joins; when a forum is the subject that adopts it ("The Working Group
    adopted the Work Plan"), those bodies alone."""
    if _adopted_by_forum(text, at):
        return _members(text, orgs) or parties
    out: list[OrgEntry] = []
    for p in parties:
        members = _members(text, orgs) if _FORUM.search(p.name) else []
        out += [m for m in (members or [p]) if m not in out]
    return out


def _adopted_by_forum(text: str, at: int) -> bool:
    """Whether the clause before `at` is a forum adopting or signing: "The Working Group
    adopted", "3.1 The Joint Committee also approved"."""
    start = max(text.rfind("\n", 0, at), text.rfind(". ", 0, at)) + 1
    return _SUBJECT.fullmatch(text, start, at) is not None


_SUBJECT = re.compile(
    rf"\s*(?:\d+(?:\.\d+)*\.?\s+)?(?:The|This|Our)\s+(?:[\w-]+\s+){{0,4}}?(?:{_HEADS})\s+"
    r"(?:also\s+|formally\s+)?(?:adopted|signed|approved|endorsed|concluded)\s+"
    r"(?:the|a|its|their|an)\s+",
    re.IGNORECASE,
)


def _members(text: str, orgs: Orgs) -> list[OrgEntry]:
    """The two (or more) bodies the first line that names a forum names before its head:
    "A – B Working Group on ..." gives A and B."""
    for m in _FORUM.finditer(text):
        before = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
        chunks = [c.strip() for c in _JOIN.split(before) if c.strip()]
        found = [e for c in chunks if (e := _body(c, orgs)) is not None]
        if len(chunks) >= 2 and len(found) == len(chunks):
            return list(dict.fromkeys(found))
    return []


def _body(chunk: str, orgs: Orgs) -> OrgEntry | None:
    """The body a chunk names, or its first words name ("DGIP Indonesia": the DGIP)."""
    words = chunk.split()
    for n in range(len(words), 0, -1):
        entry = orgs.lookup(" ".join(words[:n]))
        if entry is not None:
            return entry
    return None
