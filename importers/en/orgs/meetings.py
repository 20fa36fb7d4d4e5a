"""Names of meetings and projects, which the knowledge base does not hold as organisations.

Meetings of members: a working group two offices hold ("IP Australia – DGIP Working Group on ..."),
the bare "Working Group" that refers back to one, and the committees in which an
organisation's member states meet on a subject ("WIPO Standing Committee on the Law of
Patents"). Their members are the organisations; the meeting is an event of theirs. A
project named like a body ("ARIPO Academy") is one when the text calls it "the Academy
project".
"""

from __future__ import annotations

import re

from importers.en.orgs.acronyms import ACRONYM_AFTER
from importers.en.words import (
    EVENT_NOUNS,
    MEETING_BODY_HEADS,
    MEMBER_COMMITTEE_MODIFIERS,
    PROJECT_LIKE_HEADS,
    PROJECT_NOUNS,
)
from store.text import lexicon

#: "A – B Working Group", "A - B": a name that opens after a dash between two parties.
_PARTY_DASH_BEFORE = re.compile(r"[\w)]\s+[–—-]\s+$")
#: "China-EU IP Working Group": two parties joined by a dash in the name's first word.
_PARTY_PAIR = re.compile(r"^([A-Z][\w.]*)[–—-]([A-Z][\w.]*)")


def _party_pair(name: str) -> bool:
    """Whether the name's first word joins two parties by a dash ("China-EU"); "Asia-Pacific"
    joins two parts of the world into one region, which holds no meeting of its own."""
    m = _PARTY_PAIR.match(name)
    return m is not None and m.group(0).casefold() not in _REGION_COMPOUNDS


#: Regions named by two parts of the world joined by a dash ("Asia-Pacific").
_REGION_COMPOUNDS = lexicon.wordset("en_orgs.txt", "region_compounds")


def is_meeting_body(text: str, start: int, name: str) -> bool:
    """Whether the name at `start` names a meeting of members rather than an organisation."""
    if _edition(name):
        return True
    core = re.split(r"\s+on\s+", name, maxsplit=1)[0]
    words = [w for w in core.casefold().split() if w != "the"]
    if (
        words
        and words[-1] == "committee"
        and " on " in f" {name} "
        and any(w in MEMBER_COMMITTEE_MODIFIERS for w in words[:-1])
    ):
        return True  # "Standing Committee on ...": member states meeting on a subject
    head = next((h for h in MEETING_BODY_HEADS if " ".join(words[-len(h.split()) :]) == h), None)
    if head is None:
        return False
    if len(words) == len(head.split()) or words[:-1] == ["joint"]:
        return True  # the bare "Working Group": a reference back, never a name
    return bool(_PARTY_DASH_BEFORE.search(text, max(0, start - 4), start) or _party_pair(core))


def meeting_owner(words: list[str]) -> int | None:
    """Where the owner's name starts in "IP Rights Experts Group of the Asia-Pacific Economic
    Cooperation" (the index of the word after "of" and "the"): a group of an organisation's
    members, named with that organisation, is where its members meet; the owner is the body."""
    low = [w.casefold() for w in words]
    for k in range(1, len(low) - 1):
        if low[k] != "of":
            continue
        if not any(" ".join(low[max(0, k - len(h.split())) : k]) == h for h in MEETING_BODY_HEADS):
            continue
        start = k + 2 if low[k + 1] == "the" else k + 1
        return start if start < len(low) else None
    return None


def _edition(name: str) -> bool:
    """'Second Committee on X Meeting 2024', 'Forum Session 12': a name that ends in an
    event's noun and its year or number is one meeting of a body, not the body."""
    words = name.casefold().split()
    while words and words[-1].isdigit():
        words.pop()
    return len(words) < len(name.split()) and bool(words) and words[-1] in EVENT_NOUNS


def meeting_acronym(text: str, end: int) -> list[str]:
    """The acronym a meeting body's name defines ("... on the Law of Patents (SCP)"), which
    then names the meeting too, not an organisation."""
    m = ACRONYM_AFTER.match(text, end)
    return [m.group(1)] if m else []


_PROJECT_NOUNS = "|".join(re.escape(n) for n in sorted(PROJECT_NOUNS))


def is_project(text: str, name: str) -> bool:
    """'a Memorandum on the ARIPO Academy ... join the Academy project': the text's own words
    make the name, whose head is one a project may have, a project's."""
    head = name.split()[-1]
    if len(name.split()) < 2 or head.casefold() not in PROJECT_LIKE_HEADS:
        return False
    if re.search(rf"\b[Tt]he\s+{re.escape(head)}\s+(?:{_PROJECT_NOUNS})\b", text) is not None:
        return True
    return _named_as_project(text, name)


def _named_as_project(text: str, name: str) -> bool:
    """'the X Center (XC) initiative', 'the XC program': the name, or the acronym it
    defines, before a project's noun is the project's name, not a body's."""
    written = r"\s+".join(re.escape(w) for w in name.split())
    for m in re.finditer(rf"\b{written}(?:\s*\(([A-Z][A-Z0-9]{{1,9}})\))?", text):
        if re.match(rf"\s+(?:{_PROJECT_NOUNS})\b", text[m.end() :], re.IGNORECASE):
            return True
        acronym = m.group(1)
        if acronym and re.search(
            rf"\b[Tt]he\s+{acronym}\s+(?:{_PROJECT_NOUNS})\b", text, re.IGNORECASE
        ):
            return True
    return False


def is_programme_and_part(name: str) -> bool:
    """'the X Traineeship Programme and Talent Bank': a programme's noun before "and" inside
    one name makes the name a programme's, with a part of it after "and", not a body ("and
    the" would have split two names before)."""
    words = name.split()
    return any(
        w[:1].isupper() and w.casefold() in PROJECT_NOUNS and words[k + 1] in ("and", "&")
        for k, w in enumerate(words[:-1])
    )


#: A name opened by a quotation mark, then more words of the same quotation before it closes:
#: "‘User Forum Involvement’" quotes a project's title, whose first words only look like a body.
_QUOTE_OPENS = "‘“'\""
_QUOTED_REST = re.compile(r"[ \t]+[A-Za-z][^‘’“”\"\n]{0,60}?[’”'\"]")


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """'the project ‘X Association Involvement’': a name right after an opening quotation
    mark that the quotation goes on past is the start of a quoted title (a project, a paper,
    a session), not a body the text names."""
    if text[start - 1 : start] not in _QUOTE_OPENS or start == 0:
        return False
    return _QUOTED_REST.match(text, end) is not None
