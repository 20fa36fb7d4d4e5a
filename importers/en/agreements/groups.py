"""Statements adopted by a group of offices: the parties are the group's members.

"The heads of the five offices adopted the ID5 Joint Statement", "the IP5 heads adopted a
joint statement", "TM5 partners sign a declaration": a group of offices known by a count
(IP5, TM5, ID5, "the five offices") is no party of its own; its members are. The text that
reports such a meeting names the members (a programme's speakers, a release's list of
heads), so the members are the IP offices it names, when there are exactly as many as the
group counts. An observer (WIPO at an IP5 meeting) is an intergovernmental body, not an
office, and stays out; a text that names more offices than the count, or fewer, keeps the
parties the sentence gave.

A group known by a name without a count ("the Heads of IP Offices of BRICS countries") is
made of the offices whose heads or delegates the text names with their titles (a "The
delegations were led by:" list): when "the heads" or "the delegations" adopt a statement,
those offices are its parties (`delegation_offices`).
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx, Mention
from importers.en.agreements.one_each import COUNT_VALUES
from importers.en.orgs.model import OrgEntry

#: The kinds a group adopts together rather than a pair signs.
ADOPTED_TOGETHER = ("joint_statement", "declaration")

#: Kinds of body that attend a meeting of offices without being one of its delegations.
_NOT_DELEGATIONS = ("igo", "government")

#: "Observer: NAME, Title, Body", "attended as an observer": not a delegation.
_OBSERVER = re.compile(r"\bobservers?\b", re.IGNORECASE)

#: "IP5", "TM5", "ID5": a group of offices named by letters and its count.
_GROUP_NAME = re.compile(r"\b[A-Z]{2,3}([2-9])\b")

#: "a joint statement was adopted by the heads of the three offices": the group's count in
#: the agent after the statement, when no party is named before it.
_COUNTED_HEADS = re.compile(
    r"\bby\s+the\s+(?:heads|delegations)\s+of\s+the\s+(\w+)\s+(?:offices|partners)\b", re.I
)

#: "the heads", "the offices", "the partners": a collective subject, which stands for the one
#: group the text names.
_COLLECTIVE = re.compile(
    r"\bthe\s+(?:heads|offices|partners|members|delegations|participants)\b", re.I
)


def group_members(ctx: Ctx, mn: Mention, parties: list[OrgEntry]) -> list[OrgEntry] | None:
    """The members of the group that adopts or signs the agreement of `mn`, when the text
    names them all; None when no group is party to it or its members are not known."""
    groups = [p for p in parties if _count_of_entry(p) is not None]
    ss, s = mn.sentence[0], mn.span[0]
    named = [o for _, _, o in ctx.orgs.between(ss, s) if _count_of_entry(o) is None]
    if named and mn.kind in ADOPTED_TOGETHER and all(o.kind == "other" for o in named):
        # "the Heads of the BRICS offices made a joint statement": a grouping's heads
        return _delegations(ctx, parties, s) if _COLLECTIVE.search(ctx.text, ss, s) else None
    if named:
        return None  # "KIPO and the JPO issued a joint statement at the IP5 meeting"
    if groups:
        count = _count_of_entry(groups[0])
    elif mn.kind in ADOPTED_TOGETHER:
        count = _count_in(ctx, ctx.text[mn.sentence[0] : mn.span[1]]) or _counted_heads(ctx, mn)
        if count is None and _COLLECTIVE.search(ctx.text, ss, s):
            return _delegations(ctx, parties, s)  # "the Heads adopted this Joint Statement"
    else:
        count = None
    if count is None:
        return None
    members = [
        o
        for o in ctx.orgs.entries
        if o.kind == "ip_office" and not o.described and _count_of_entry(o) is None
    ]
    if len(members) != count:
        return None
    rest = [p for p in parties if p not in groups and p not in members]
    return None if rest else members  # a party outside the group: not the group's act


def delegation_offices(ctx: Ctx) -> list[OrgEntry] | None:
    """The bodies whose heads or delegates the text names with their titles, in the order
    named: at a meeting of heads of offices, the offices that adopt its statement. An
    intergovernmental body (an observer), a government (a minister who opened the meeting),
    a group and a title-holder named as an observer stay out. None when fewer than two."""
    out: list[OrgEntry] = []
    for r in sorted(ctx.people.roles, key=lambda r: r.span[0]):
        o = r.org
        if o is None or o in out or o.described or o.kind in _NOT_DELEGATIONS:
            continue
        if _count_of_entry(o) is not None or _OBSERVER.search(_line(ctx.text, r.span[0])):
            continue
        out.append(o)
    return out if len(out) >= 2 else None


def _delegations(ctx: Ctx, parties: list[OrgEntry], mn_start: int) -> list[OrgEntry] | None:
    """The offices of the delegations, unless the sentence names an office among the
    parties that is not one of them (then it is not the meeting's statement); with no
    delegation named and only a named grouping ("BRICS") as the party, the offices the text
    names before the statement."""
    members = delegation_offices(ctx)
    if members is None and parties and all(p.kind == "other" for p in parties):
        members = _named_offices(ctx, mn_start)
    if members is None or any(p.kind == "ip_office" and p not in members for p in parties):
        return None
    return members


def _named_offices(ctx: Ctx, before: int) -> list[OrgEntry] | None:
    """The IP offices the text names before `before`: "the Heads of the BRICS offices made a
    joint statement", where no head is named, after a sentence that listed the offices.
    None when fewer than two."""
    out = [
        o
        for o in ctx.orgs.entries
        if o.kind == "ip_office" and not o.described and any(a < before for a, _ in o.spans)
    ]
    return out if len(out) >= 2 else None


def _line(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start : end if end >= 0 else len(text)]


def _count_of_entry(o: OrgEntry) -> int | None:
    """The count a group's name states (IP5: 5), for a body the reference data calls a
    group ("other") or that the text names only so."""
    if o.kind == "ip_office":
        return None
    for form in (o.name, *o.forms):
        m = _GROUP_NAME.search(form)
        if m:
            return int(m.group(1))
    return None


def _counted_heads(ctx: Ctx, mn: Mention) -> int | None:
    """'adopted by the heads of the three offices': the count after the statement, in its
    sentence."""
    m = _COUNTED_HEADS.search(ctx.text, mn.span[1], mn.sentence[1])
    return COUNT_VALUES.get(m.group(1).casefold()) if m else None


def _count_in(ctx: Ctx, phrase: str) -> int | None:
    """The count of the group a phrase names: "IP5 Heads Joint Statement" 5; "the heads
    adopted", in a text that names one group, that group's."""
    m = _GROUP_NAME.search(phrase)
    if m:
        return int(m.group(1))
    if not _COLLECTIVE.search(phrase):
        return None
    counts = {c for o in ctx.orgs.entries if (c := _count_of_entry(o)) is not None}
    return counts.pop() if len(counts) == 1 else None
