"""A post in a body's working group: held at the body, with the group in the title.

"IPR Working Group Chair NAME" in a chamber's newsletter: a working group is where a body's
members meet, not a body of its own, so its chair holds a post at the body that runs it:
the one whose possessive the text writes before the group ("the Chamber's IPR Working
Group"), else the body that opens the document (a newsletter's or a report's masthead).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People
from importers.en.subject import text_lines
from importers.en.words import MEETING_BODY_HEADS


def place_group_posts(text: str, people: People, orgs: Orgs) -> None:
    """Move each role held at a working group to the body that runs the group."""
    for r in people.roles:
        group = r.org
        if group is None or group.ref is not None or not _is_group(group.name):
            continue
        owner = _possessive_owner(text, group, orgs) or _masthead_body(text, orgs)
        if owner is None or owner is group:
            continue
        named_before = any(e == r.span[0] - 1 for _, e in group.spans)
        r.title = f"{group.name} {r.title}" if named_before else f"{r.title} of the {group.name}"
        r.org = owner


def _is_group(name: str) -> bool:
    low = " ".join(name.casefold().split())
    return any(low.endswith(f" {h}") for h in MEETING_BODY_HEADS)


def _possessive_owner(text: str, group: OrgEntry, orgs: Orgs) -> OrgEntry | None:
    """The body whose possessive ("X's ") ends right before a mention of the group."""
    for s, _ in group.spans:
        m = re.search(r"['’]s\s+$", text[max(0, s - 4) : s])
        if m is None:
            continue
        end = s - len(m.group())
        hit = next((e for _, x, e in orgs.mentions if x == end), None)
        if hit is not None:
            return hit
    return None


def _masthead_body(text: str, orgs: Orgs) -> OrgEntry | None:
    """The body named first on the document's first line of text (after its "date:" and
    "source:" header lines), if that line names one."""
    m = next(text_lines(text), None)
    if m is None:
        return None
    first = [(s, e) for s, x, e in orgs.mentions if m.start() <= s and x <= m.end()]
    return min(first, key=lambda se: se[0])[1] if first else None
