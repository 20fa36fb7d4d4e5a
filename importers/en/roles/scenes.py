"""The body a sentence places itself at before it names the people met there.

"At the X University, the Director General met Professor NAME, Vice-Provost for Research",
"He then visited the X University, where he met NAME, Vice-Rector": a sentence that places
itself at a body (opening with "At", "In", "Within" or "As representatives of", or naming
the body a visit is to and then a verb of meeting) and then names a person with a title
that names no body of its own speaks of that body's official. Only when no other body is
named between the opening and the person, so that "At the X Office, NAME met NAME2 of the Y
Office, Director" is never read as X's director.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.anchors import org_of_scene
from importers.en.words import MEETING_VERBS
from store.text import lexicon
from store.text.sentences import sentence_spans

#: The opening that places a sentence at a body: "At the", "In", "Within", and "As
#: representatives of the", which says whom the people named next stand for.
_REPRESENTATIVES = "|".join(sorted(lexicon.wordset("en_roles.txt", "representative_nouns")))
_OPENING = re.compile(
    rf"\s*(?:At|In|Within|As\s+(?:the\s+)?(?:{_REPRESENTATIVES})\s+of)\s+(?:the\s+)?"
)
_LEADS = "|".join(sorted(lexicon.wordset("en_roles.txt", "scene_leads")))
#: "visited the", "a visit to", "a tour of": the body a visit is to follows.
_VISIT = re.compile(rf"(?i)\b(?:{_LEADS})\s+(?:(?:to|of)\s+)?(?:the\s+)?$")
_MEETING = re.compile(rf"(?i)\b(?:{'|'.join(sorted(MEETING_VERBS))})\b")


#: " was represented by (Mr) ", "(X), which was led by ": between a body and the person who
#: stood for it.
_BY = re.compile(
    r"\)?(?:,[ \t]+(?:which|who))?[ \t]+(?:was|were|is|are|will[ \t]+be)[ \t]+(?:"
    + "|".join(sorted(lexicon.wordset("en_roles.txt", "representing_participles")))
    + r")[ \t]+by[ \t]+(?:[A-Z][a-z]{1,4}\.?[ \t]+)?"
)


def opening_scene(text: str, name_start: int, orgs: Orgs) -> OrgEntry | None:
    """The one body the sentence around `name_start` is at before the person: the body it
    opens with ("At X University, ..."), or the body a visit is to when a verb of meeting
    comes between it and the person ("WIPO's head visited X, where he met NAME")."""
    represented = next((o for s, e, o in orgs.mentions if _BY.fullmatch(text, e, name_start)), None)
    if represented is not None:
        return represented  # "X was represented by NAME, Title": the title is held at X
    start = max((s for s, _ in sentence_spans(text, lang="en") if s <= name_start), default=0)
    named = sorted((s, e, org) for s, e, org in orgs.mentions if start <= s and e <= name_start)
    opening = _OPENING.match(text, start)
    if opening is not None and named and named[0][0] == opening.end():
        after = re.match(r"\s*(?:\([^()\n]{1,15}\)\s*)?,", text[named[0][1] : name_start])
        return named[0][2] if after and _one_body(named) else None
    return _visited(text, start, name_start, named)


def _visited(
    text: str, start: int, pos: int, named: list[tuple[int, int, OrgEntry]]
) -> OrgEntry | None:
    """The body the sentence from `start` says a visit was to, when a verb of meeting comes
    between it and `pos` and no other body is named there."""
    visits = [k for k, (s, _, _) in enumerate(named) if _VISIT.search(text[max(start, s - 30) : s])]
    if not visits:
        return None
    at = named[visits[-1] :]
    if _one_body(at) and _MEETING.search(text[at[0][1] : pos]):
        return at[0][2]
    return None


def _visit_before(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """'visited the X Office and met Director NAME': the title right after the verb of
    meeting is held at the body visited."""
    if not re.search(
        r"(?i)\b(?:with|met|meets|greeted|received)[ \t]+$", text[max(0, tstart - 10) : tstart]
    ):
        return None
    start = max((s for s, _ in sentence_spans(text, lang="en") if s <= tstart), default=0)
    named = sorted((s, e, org) for s, e, org in orgs.mentions if start <= s and e <= tstart)
    return _visited(text, start, tstart, named)


def title_scene(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """The body a titled name right after it is placed at: the sentence's opening scene
    ("At the X Board, Executive Director NAME"), or the body a relative clause of place
    hangs on ("a call on the X Office, where Director NAME briefed them"): "where" speaks of
    the place just named, so the title there is held at that body."""
    return (
        org_of_scene(text, tstart, orgs)
        or _where_before(text, tstart, orgs)
        or _visit_before(text, tstart, orgs)  # "visited X and met Director NAME"
        or _represented_before(text, tstart, orgs)  # "X, represented by Title NAME and ..."
    )


#: ", represented by ", " was led by ": a body's participle of standing for it, no "was"
#: needed after a comma; then the titled people it names, one after another.
_REPRESENTED_BY = re.compile(
    r"\)?(?:,[ \t]+(?:which[ \t]+|who[ \t]+)?|[ \t]+)(?:(?:was|were|is|are|will[ \t]+be)[ \t]+)?(?:"
    + "|".join(sorted(lexicon.wordset("en_roles.txt", "representing_participles")))
    + r")[ \t]+by[ \t]+"
)
#: What may stand between "by" and a later title of the same list: titled names, commas, "and".
#: A full stop only after an initial or a short form ("Ma. Lourdes D. Roe"), never a sentence's.
_LISTED = re.compile(
    r"(?:(?:[^,;:()\n.]|(?<![a-z]{4})\.){3,80}?(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+))*"
)


def _represented_before(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """'X, represented by Director NAME, Deputy Director NAME2 and Chief NAME3, said': each
    title of the list after "represented by" (or "led by", "headed by") is held at the body
    named right before it, when no other body is named in the list and no sentence ends."""
    for s, e, org in sorted(orgs.mentions, key=lambda m: -m[0]):
        if not tstart - 400 <= s < tstart or e > tstart:
            continue
        by = _REPRESENTED_BY.match(text, e)
        if by is None or by.end() > tstart:
            return None  # the body nearest before the title is no represented one
        return org if _LISTED.fullmatch(text, by.end(), tstart) else None
    return None


#: ", where " (and an article) right before a title.
_WHERE = re.compile(r",[ \t]+where[ \t]+(?:the[ \t]+)?$")


def _where_before(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    lead = _WHERE.search(text, max(0, tstart - 20), tstart)
    if lead is None:
        return None
    end = lead.start()
    for s, e, org in orgs.mentions:
        if e == end or (s < end and re.fullmatch(r"[ \t]*\([^()\n]{1,15}\)", text[e:end])):
            return org
    return None


def _one_body(named: list[tuple[int, int, OrgEntry]]) -> bool:
    """All the mentions name one body (its name and its acronym)."""
    return len({org.key for _, _, org in named}) == 1
