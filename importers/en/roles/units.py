"""Roles held in an office's internal unit, stated with the unit only.

"From CNIPA we welcome NAME, Director-General of the International Cooperation Department":
a unit named by its function ("International Cooperation Department", "Asia-Pacific
Cooperation Office"), with no country and no parent of its own, is part of the body the same
sentence names before it. The role is at that body, and the unit stays in the title, as it
does when the text says "... Department of CNIPA".
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People
from importers.en.subject import document_org, publisher
from importers.en.words import (
    COUNTRY_OF,
    INTERNAL_UNIT_HEADS,
    ORGAN_FUNCTION_WORDS,
    ORGAN_HEADS,
    OWNING_KINDS,
    UNIT_FUNCTION_NOUNS,
)
from store.text.sentences import sentence_spans


def place_units_in_parents(text: str, people: People, orgs: Orgs) -> None:
    """Move each role held at a functional unit to the body the sentence names before it."""
    starts: list[int] | None = None
    for r in people.roles:
        if r.org is None or not _internal_unit(r.org) or _named_as_owned(text, r.org, orgs):
            continue
        if starts is None:
            starts = [s for s, _ in sentence_spans(text, lang="en")]
        floor = max([s for s in starts if s <= r.span[0]], default=0)
        floor = max(floor, text.rfind("\n", 0, r.span[0]), 0)
        parent = _parent_before(floor, r.span[0], r.org, orgs)
        if parent is None:
            continue
        unit = r.org
        article = "the " if not unit.name.casefold().startswith("the ") else ""
        r.title = f"{r.title} of {article}{unit.name}"
        r.org = parent
        orgs.unit_spans.update(unit.spans)
    _heads_of_directorates(people, orgs)
    _possessed_units(text, people, orgs)
    _units_of_known_bodies(text, people, orgs)
    _units_after_owner_name(people, orgs)
    _own_organs(text, people, orgs)
    held = {r.org.key for r in people.roles if r.org}
    for e in orgs.entries:
        if e.key in held or _acronym_of(e):
            continue
        if _internal_unit(e) or _paired_with_unit(text, e, orgs):
            # "previously head of the Examination Policy Bureau": a unit of some office
            # that the text does not say, not an organisation of its own
            orgs.unit_spans.update(e.spans)


#: "... and the ", "... or the " between two names of a list.
_AND_THE = re.compile(r"[ \t]+(?:and|or)[ \t]+(?:the[ \t]+)?$")


def _paired_with_unit(text: str, org: OrgEntry, orgs: Orgs) -> bool:
    """'the International Cooperation Department and the Automation Department': a name with
    a unit's head noun, listed right after an internal unit with the same head, is a unit of
    the same body, though its function ("Automation") does not say so."""
    words = org.name.casefold().split()
    if org.ref is not None or org.country is not None or len(words) < 2 or "of" in words:
        return False
    if words[-1] not in INTERNAL_UNIT_HEADS:
        return False
    for s, _ in org.spans:
        gap = _AND_THE.search(text, max(0, s - 12), s)
        if gap is None:
            continue
        hit = next((x for x in orgs.mentions if x[1] == gap.start()), None)
        if hit is not None and _internal_unit(hit[2]):
            return hit[2].name.casefold().split()[-1] == words[-1]
    return False


def _named_as_owned(text: str, unit: OrgEntry, orgs: Orgs) -> bool:
    """'a meeting with CNIPA's International Cooperation Department': a unit the text names
    as its owner's own, outside any title, is a body of the text; its posts stay there."""
    return any(_owner_before(text, s, orgs) is not None for s, _ in unit.spans)


def _acronym_of(org: OrgEntry) -> bool:
    """Whether the text gives the unit an acronym of its own, as bodies have."""
    return any(re.fullmatch(r"[A-Z][A-Za-z]*[A-Z]+", f) for f in org.forms)


def _internal_unit(org: OrgEntry) -> bool:
    words = re.findall(r"[\w-]+", org.name.casefold())
    return (
        org.ref is None
        and org.country is None
        and len(words) >= 2
        and words[-1] in INTERNAL_UNIT_HEADS
        and "of" not in words
        and any(w in UNIT_FUNCTION_NOUNS for w in words[:-1])
    )


def _parent_before(floor: int, pos: int, unit: OrgEntry, orgs: Orgs) -> OrgEntry | None:
    """The last organisation named between `floor` (the start of the sentence) and `pos`,
    other than the unit and other units."""
    before = [
        x
        for x in orgs.mentions
        if floor <= x[0] and x[1] <= pos and x[2] is not unit and not _internal_unit(x[2])
    ]
    return max(before, key=lambda x: x[1])[2] if before else None


_HEAD_OF = re.compile(
    r"(?i)^(?:deputy\s+|acting\s+)?(director(?:[- ]general)?)\s+(?:of|for)\s+(?:the\s+)?(.+)$"
)


def _heads_of_directorates(people: People, orgs: Orgs) -> None:
    """'Director General of Intellectual Property' heads the "Directorate General of
    Intellectual Property" the text names, even when the sentence names the ministry above
    it: the title names the body it heads."""
    for r in people.roles:
        m = _HEAD_OF.match(r.title)
        if m is None:
            continue
        head = "directorate" + m.group(1).casefold()[len("director") :]
        want = {_key(f"{head} of {m.group(2)}"), _key(f"{head} for {m.group(2)}")}
        body = next(
            (
                e
                for e in orgs.entries
                if e.spans
                and any(_key(f) in want or _key(_less_country(f)) in want for f in e.forms)
            ),
            None,
        )
        if body is not None:
            r.org, r.bare = body, False  # the title names it: no guess is left to make


def _possessed_units(text: str, people: People, orgs: Orgs) -> None:
    """'INDECOPI's Directorate of X' and then 'NAME, Director of X': a unit the text names as
    a body's own (its owner's possessive just before it), whose field the title names, is
    part of that body, so the post is held at the owner with the unit in the title."""
    for r in people.roles:
        unit = r.org
        if unit is None or unit.ref is not None or not _unit_head_word(unit.name):
            continue
        owner = next((o for s, _ in unit.spans if (o := _owner_before(text, s, orgs))), None)
        if owner is None or owner is unit:
            continue
        field_ = re.split(r"\s+(?:of|for)\s+(?:the\s+)?", unit.name, maxsplit=1)[1:]
        if not field_ or field_[0].casefold() not in r.title.casefold():
            continue  # the title does not name the unit: a sub-body's own post stays there
        r.org, r.bare = owner, False
        orgs.unit_spans.update(unit.spans)


#: " of the " between a unit's name and its owner's ("Department of Finance of the X"), or
#: " in ", where the unit works ("Regional Bureau for Africa in the X Organization"); the
#: unit's area may go on with "and the ..." first, a second area its name cut off ("Bureau
#: for Africa and the Middle East in the X"), which stays in the title with the first.
_OF_OWNER = re.compile(
    r"((?:[ \t]+and[ \t]+(?:the[ \t]+)?[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,2})?)"
    r"[ \t]+(?:of|in)[ \t]+(?:the[ \t]+)?"
)


def _units_of_known_bodies(text: str, people: People, orgs: Orgs) -> None:
    """'Director NAME of the Department of Finance of the X Organization': a unit named by
    its head word ("Department of ...") with an international body the reference knows
    right after its "of" is a unit of that body, as "X's Department of Finance" is; the post
    is held at the body, the unit kept in the title. A government's or a national office's
    department is a body of its own, so only those owners count ([unit_owner_kinds])."""
    for r in people.roles:
        unit = r.org
        if unit is None or unit.ref is not None or not _unit_head_word(unit.name):
            continue
        found = next(
            ((*o, s) for s, e in unit.spans if (o := _known_owner_after(text, e, orgs))),
            None,
        )
        if found is None or found[0] is unit:
            continue
        owner, e, s = found
        written = re.sub(r"\s+", " ", text[s:e])  # as written there, not as placed elsewhere
        article = "the " if not written.casefold().startswith("the ") else ""
        r.title = f"{r.title} of {article}{written}"
        r.org, r.bare = owner, False
        orgs.unit_spans.update(unit.spans)


def _units_after_owner_name(people: People, orgs: Orgs) -> None:
    """'Director of KIPO International Cooperation Department NAME': a functional unit
    written after its owner's name or acronym, with no "of" ("CNIPA Legal Affairs
    Department"), is part of the body the text names so; the post is held at that body,
    the unit kept in the title."""
    for r in people.roles:
        unit = r.org
        if unit is None or unit.ref is not None or unit.country is not None:
            continue
        words = unit.name.split()
        owner = next(
            (
                o
                for k in range(1, len(words) - 1)
                if _internal_unit_words(words[k:])
                and (o := orgs.lookup(" ".join(words[:k]))) is not None
                and o is not unit
            ),
            None,
        )
        if owner is None:
            continue
        if unit.name.casefold() not in r.title.casefold():
            r.title = f"{r.title} of {unit.name}"
        r.org, r.bare = owner, False
        orgs.unit_spans.update(unit.spans)


def _internal_unit_words(words: list[str]) -> bool:
    """Whether words name a unit by its function alone ("International Cooperation
    Department"), as `_internal_unit` tells of a whole name."""
    low = [w.casefold() for w in words]
    return (
        len(low) >= 2
        and low[-1] in INTERNAL_UNIT_HEADS
        and "of" not in low
        and any(w in UNIT_FUNCTION_NOUNS for w in low[:-1])
    )


def _known_owner_after(text: str, end: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The international body the reference knows named right after " of " or " in " at
    `end`, and where the unit's name ends, its second area ("and the ...") included."""
    m = _OF_OWNER.match(text, end)
    if m is None:
        return None
    owner = next((x for s, _e, x in orgs.mentions if s == m.end()), None)
    if owner is None or owner.ref is None or owner.ref.kind not in OWNING_KINDS:
        return None
    return owner, m.end(1)


def _unit_head_word(name: str) -> bool:
    """Whether a name is a unit's by its head word: first, last, or before the area it
    covers ("Regional Bureau for Africa")."""
    words = re.findall(r"[\w-]+", name.casefold())
    return bool(words) and (
        words[0] in INTERNAL_UNIT_HEADS
        or words[-1] in INTERNAL_UNIT_HEADS
        or any(
            a in INTERNAL_UNIT_HEADS and b == "for" for a, b in zip(words, words[1:], strict=False)
        )
    )


def _owner_before(text: str, start: int, orgs: Orgs) -> OrgEntry | None:
    """The organisation whose possessive ("X's ", "X’s ") ends right before `start`."""
    m = re.search(r"['’]s\s+$", text[max(0, start - 4) : start])
    if m is None:
        return None
    end = start - len(m.group())
    return next((x for s, e, x in orgs.mentions if e == end), None)


def _less_country(name: str) -> str:
    """'Directorate General of X of Lemuria' without its country: the body it names."""
    m = re.match(r"(.+?)\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)$", name)
    return m.group(1) if m and m.group(2).casefold() in COUNTRY_OF else name


def _key(name: str) -> str:
    return re.sub(r"[\s-]+", " ", name).casefold().removeprefix("the ")


def _own_organ(org: OrgEntry) -> bool:
    """A board or committee named only by what it does ("Steering Board", "Audit and Risk
    Committee"): an organ of some body, not a body of its own."""
    words = re.findall(r"[\w&-]+", org.name.casefold())
    return (
        org.ref is None
        and org.country is None
        and len(words) >= 2
        and words[-1] in ORGAN_HEADS
        and all(w in ORGAN_FUNCTION_WORDS for w in words[:-1])
    )


def _own_organs(text: str, people: People, orgs: Orgs) -> None:
    """'NAME, Chair of the Steering Board' on a page of a body: the chair holds a post at
    that body, with its board in the title, as annual reports and leadership pages say."""
    organs = [r for r in people.roles if r.org is not None and _own_organ(r.org)]
    if not organs:
        return
    home = publisher(text, orgs) or document_org(orgs)
    if home is None or _own_organ(home):
        return
    for r in organs:
        assert r.org is not None
        orgs.unit_spans.update(r.org.spans)
        r.title = f"{r.title} of the {r.org.name.removeprefix('the ').removeprefix('The ')}"
        r.org = home
