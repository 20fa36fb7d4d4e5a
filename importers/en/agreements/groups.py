"""Statements adopted by a group of offices: the parties are the group's members.

"The heads of the five offices adopted the ID5 Joint Statement", "the IP5 heads adopted a
joint statement", "TM5 partners sign a declaration": a group of offices known by a count
(IP5, TM5, ID5, "the five offices") is no party of its own; its members are. The text that
reports such a meeting names the members (a programme's speakers, a release's list of
heads), so the members are the IP offices it names, when there are exactly as many as the
group counts. An observer (WIPO at an IP5 meeting) is an intergovernmental body, not an
office, and stays out; a text that names more offices than the count, or fewer, keeps the
parties the sentence gave.
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx, Mention
from importers.en.orgs.model import OrgEntry

#: The kinds a group adopts together rather than a pair signs.
_ADOPTED_TOGETHER = ("joint_statement", "declaration")

#: "IP5", "TM5", "ID5": a group of offices named by letters and its count.
_GROUP_NAME = re.compile(r"\b[A-Z]{2,3}([2-9])\b")

#: "the heads", "the offices", "the partners": a collective subject, which stands for the one
#: group the text names.
_COLLECTIVE = re.compile(r"\bthe\s+(?:heads|offices|partners|members|delegations)\b", re.I)


def group_members(ctx: Ctx, mn: Mention, parties: list[OrgEntry]) -> list[OrgEntry] | None:
    """The members of the group that adopts or signs the agreement of `mn`, when the text
    names them all; None when no group is party to it or its members are not known."""
    groups = [p for p in parties if _count_of_entry(p) is not None]
    ss, s = mn.sentence[0], mn.span[0]
    if any(_count_of_entry(o) is None for _, _, o in ctx.orgs.between(ss, s)):
        return None  # "KIPO and the JPO issued a joint statement at the IP5 meeting"
    if groups:
        count = _count_of_entry(groups[0])
    elif mn.kind in _ADOPTED_TOGETHER:
        count = _count_in(ctx, ctx.text[mn.sentence[0] : mn.span[1]])
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
