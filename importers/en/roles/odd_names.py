"""Names written after a title in ways the usual patterns do not read.

Parliaments print who answers as "The Minister for X (Mr NAME):", the name in brackets after
the title (`bracketed_name`), or after the department ("The Minister of State, Department for
X (Lord NAME of PLACE)", `speaker_after_body`); and many Indonesians, and some others, have
one name only, "Director General of X Razilu" (`one_word_name`).
"""

from __future__ import annotations

import re

from importers.en.names import name_at, valid_token
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.titles import TITLE
from store.text import lexicon

_RANKS = "|".join(lexicon.words("en_people.txt", "peerage_ranks"))
#: "Lord NAME of PLACE", "Baroness NAME": a peer as a parliament's record names them.
_PEER = re.compile(
    rf"(?:{_RANKS})[ \t]+[A-Z][\w’'-]+(?:[ \t]+of[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)?"
)


def bracketed_name(text: str, pos: int) -> tuple[int, int] | None:
    """'The Minister for X (Mr NAME):' as parliaments print who answers: the name in
    brackets right after the title."""
    m = re.match(r"[ \t]*\([ \t]*", text[pos:])
    if m is None:
        return None
    peer = _PEER.match(text, pos + m.end())
    nm = peer.span() if peer is not None else name_at(text, pos + m.end())
    if nm is None or not re.match(r"[ \t]*\)", text[nm[1] :]):
        return None
    return nm


def speaker_after_body(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, tuple[int, int]] | None:
    """'The Minister of State, Department for X (Lord NAME of PLACE)': a parliament's record
    names who answers by the title, the department it is held in, then the name in
    brackets. Returns the department and the name."""
    m = re.match(r",[ \t]*(?:the[ \t]+)?", text[pos:])
    hit = orgs.at(pos + m.end()) if m else None
    nm = bracketed_name(text, hit[1]) if hit is not None else None
    return (hit[2], nm) if hit is not None and nm is not None else None


_ONE_WORD = re.compile(
    r"(?: of(?: [A-Z][\w-]*| and){1,5}?)? ([A-Z][a-z]{2,})(?=[ \t]+(?:and|said|says|told)\b|[,.;])"
)
_REPORTING = r"(?:said|says|told|added|noted|stressed|explained|announced)"


def one_word_name(text: str, pos: int) -> tuple[int, int] | None:
    """'Director General of X Razilu and ...': many Indonesians, and some others, have one
    name. A single capitalised word after a title is one when the text also makes it the
    subject of a reporting verb ("Razilu told reporters")."""
    m = _ONE_WORD.match(text, pos)
    if m is None or not valid_token(m.group(1)) or TITLE.fullmatch(m.group(1)):
        return None
    word = m.group(1)
    said = re.compile(rf"(?<![\w-]){word}[ \t]+{_REPORTING}\b")
    if not any(h.start() != m.start(1) for h in said.finditer(text)):
        return None
    before = rf"([A-Z][\w’'-]+)[ \t]+{word}(?![\w-])"
    after = rf"(?<![\w-]){word}[ \t]+([A-Z][a-z][\w’'-]*)"
    for h in [*re.finditer(before, text), *re.finditer(after, text)]:
        other = h.group(1)
        if h.start() <= m.start(1) < h.end() or TITLE.fullmatch(other) or not valid_token(other):
            continue
        return None  # "Kim" of "Kim Wan-ki", "Husic" of "Ed Husic": a surname, not a name
    return m.start(1), m.end(1)
