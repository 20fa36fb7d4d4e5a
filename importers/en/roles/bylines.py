"""People a social-media post signs with a byline: "Jane Roe · Director General at the X
Office" or "Jane Roe | Commissioner, X Office" heading a comment or a post.

The name, a separator dot or bar, then the person's post and the body it is held at, all on
one line: the byline is how the platform shows who writes, so the post is that person's own.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.roles.anchors import org_after
from importers.en.roles.model import People
from importers.en.roles.stacked import name_line, title_line
from importers.en.titles import TITLE

#: "Name · " at the start of a line: the platform's separator between a name and a post.
_BYLINE = re.compile(r"^[ \t]*(?P<name>[^\n·•|]{3,60}?)[ \t]+[·•|][ \t]+(?=[A-Z])", re.MULTILINE)
_SEPARATOR = re.compile("[·•|]")
#: A byline's post is short; a longer line is prose that happens to hold a dot.
_MOST_WORDS = 16


def _byline_heads(text: str) -> list[re.Match[str]]:
    """The pattern matched at the start of each line that holds a separator: tried at every
    position of a long text, it costs more than the rest of this module."""
    starts = sorted({text.rfind("\n", 0, sep.start()) + 1 for sep in _SEPARATOR.finditer(text)})
    return [m for s in starts if (m := _BYLINE.match(text, s)) is not None]


def find_bylines(text: str, orgs: Orgs, people: People) -> list[tuple[int, int]]:
    """Record the person and post of each byline line; returns the spans of the posts read,
    for the other patterns to leave alone."""
    done: list[tuple[int, int]] = []
    for m in _byline_heads(text):
        nm = name_line(text, m.start("name"), m.end("name"))
        if nm is None:
            continue
        ts = m.end()
        te = text.find("\n", ts)
        te = len(text) if te < 0 else te
        t = TITLE.match(text, ts)
        if t is None or t.start() != ts or len(text[ts:te].split()) > _MOST_WORDS:
            continue
        title, org = title_line(text, t, te, orgs)
        if org is None:
            found = org_after(text, t.end(), orgs)
            if found is None:
                continue
            org, title = found[0], re.sub(r"\s+", " ", text[t.start() : t.end()])
        people.record(text, nm, title, org=org, span=(ts, te), place=None)
        done.append((ts, te))
    return done
