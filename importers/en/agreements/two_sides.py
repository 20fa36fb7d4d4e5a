"""Who "the two sides" are when a paragraph tells one meeting.

A delegation's report often tells one visit per paragraph: "During the visit to X, NAME held
talks with NAME2, Director of the Y Office. The two sides ... signed a memorandum". The two
sides are the bodies that paragraph names before the signing sentence, with those of the
people it names; not the pair of the agreement told in the paragraph before. A trilateral
meeting's "the three offices" are, alike, the three bodies its paragraph names.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers.en.agreements.counterparts import orgs_in
from importers.en.agreements.model import Ctx
from importers.en.agreements.one_each import COUNT_VALUES
from importers.en.orgs.model import OrgEntry


def paragraph_pair(ctx: Ctx, ss: int, count: int = 2) -> list[OrgEntry]:
    """The two bodies the paragraph of the sentence at `ss` names before it (by name or by
    the post of a person it names); [] unless there are exactly two. "The three offices"
    are the three it names, as `count` says."""
    ps = ctx.text.rfind("\n", 0, ss) + 1
    if ps >= ss:
        return []
    found = [o for o in orgs_in(ctx, ps, ss) if o.kind != "government" and not o.described]
    para = ctx.text[ps:ss]
    named = [p for p in ctx.people.entries if any(_said(f, para) for f in [p.name, *p.forms])]
    for p in named:
        for r in ctx.people.roles:
            if r.person is p and r.org is not None and r.org not in found:
                found.append(r.org)
    return found if len(found) == count else []


#: The instrument as the subject of a passive verb: "(JS) was adopted", "has been signed".
_PASSIVE_AFTER = re.compile(
    r"\s*(?:\([^()]{1,15}\)\s*)?(?:was|were|(?:has|have)\s+been)\s+(?:\w+ly\s+)?[a-z]+ed\b"
)


def paragraph_sides(
    ctx: Ctx, at: tuple[int, int], appositions: Callable[[Ctx, int, int], set[OrgEntry]]
) -> list[OrgEntry]:
    """'A and B met in Geneva. ... A joint statement was issued.': the two bodies the
    paragraph names before a sentence whose instrument (ending at `at[1]`) is the subject of
    a passive verb and no one is named are its sides, less the parents a unit is named of
    ("the Department of X of the Ministry of Y", which `appositions` finds), bodies only
    described, and the governments of states; [] unless there are exactly two."""
    ss, e = at
    ps = ctx.text.rfind("\n", 0, ss) + 1
    if ps >= ss or not _PASSIVE_AFTER.match(ctx.text, e):
        return []
    parents = appositions(ctx, ps, ss)
    found = [
        o
        for o in orgs_in(ctx, ps, ss)
        if o not in parents and not o.described and not (o.kind == "government" and o.place)
    ]
    return found if len(found) == 2 else []


def _said(name: str, text: str) -> bool:
    """Whether a person's full name (two words or more) is written in `text`."""
    return " " in name and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


#: "the three offices": more sides than two, counted.
_COUNTED_SIDES = re.compile(
    r"\bthe\s+(three|four|five)\s+(?:offices|sides|parties|administrations|agencies)\b",
    re.IGNORECASE,
)


def counted_sides(ctx: Ctx, ss: int, subject: str) -> list[OrgEntry]:
    """The bodies "the three offices" in a signing's subject are: as many as it counts, named
    in the paragraph before the sentence at `ss`; [] when the subject counts none."""
    m = _COUNTED_SIDES.search(subject)
    return paragraph_pair(ctx, ss, COUNT_VALUES[m.group(1).casefold()]) if m else []


#: A sentence whose subject is the meeting itself: "The meeting approved", "The talks adopted".
_MEETING_SUBJECT = re.compile(r"\s*The\s+(?:meeting|talks|session)\s+(?:also\s+)?[a-z]+ed\b")


#: A sentence opened by the meeting its paragraph told: "After the talks,", "Following the
#: meeting,".
_AFTER_MEETING = re.compile(
    r"\s*(?:After|Following|At\s+the\s+end\s+of)\s+(?:the|this|their)\s+"
    r"(?:meeting|talks|discussions?|session)\s*,"
)


#: A sentence whose subject is the two heads the story told of: "The two heads of office",
#: "Both heads".
_TWO_HEADS = re.compile(r"\s*(?:The\s+two|Both)\s+heads\b")


def _heads_bodies(ctx: Ctx, ss: int) -> list[OrgEntry]:
    """The bodies of the people the text has titled before `ss`, when they are two."""
    out: list[OrgEntry] = []
    for r in ctx.people.roles:
        if r.org is not None and r.span[0] < ss and r.org not in out:
            out.append(r.org)
    return out if len(out) == 2 else []


def meeting_sides(ctx: Ctx, ss: int) -> list[OrgEntry]:
    """'The three offices signed the minutes. ... The meeting approved the X Vision': an
    outcome whose subject is the meeting has the sides of the outcome the text told of that
    meeting before it (the latest one with two parties or more);
    "A's head met B's delegation. After the meeting, an MoU was concluded": a signing that
    names no one, after the meeting its paragraph told, is between that meeting's two sides;
    "The two heads welcomed progress under the X signed in 2019": between the bodies of the
    two heads the story titled.
    [] when the sentence at `ss` opens otherwise or no such outcome was told."""
    if _AFTER_MEETING.match(ctx.text, ss):
        return paragraph_pair(ctx, ss)
    if _TWO_HEADS.match(ctx.text, ss):
        return _heads_bodies(ctx, ss)
    if not _MEETING_SUBJECT.match(ctx.text, ss):
        return []
    before = [f for f in ctx.found if len(f.parties) >= 2 and f.span[0] < ss]
    return list(before[-1].parties) if before else []
