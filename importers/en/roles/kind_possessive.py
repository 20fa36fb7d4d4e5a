"""A title held at a body the text calls by its kind: "NAME, the office's Director of X".

After naming a body ("the Philippine office", "IPOPHL"), a text may give a person's post with
the body's kind in the possessive, in lower case: "Attorney NAME, the agency's Head of Trade
Marks", or before the title with the name after it ("according to the agency's director general
Mr NAME"). The post is held at the body the whole phrase names when the orgs read one there
("the Danish office's", importers.en.orgs.demonym_offices), else at the body of that kind the
paragraph named last before the name; a part named in the title ("Director of the Bureau of
Patents") is a unit of that body, kept in the title, not an organisation of its own.
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.anchors import org_after
from importers.en.roles.model import People
from importers.en.roles.portfolio import Title
from importers.en.words import ORG_HEADS

_KIND_BEFORE = re.compile(r",[ \t]+(the[ \t]+(?:[A-Z][a-z]+[ \t]+)?([a-z]+))['’]s[ \t]+$")


def kind_possessive(text: str, t: Title, orgs: Orgs, people: People) -> bool:
    """Record "NAME, the <kind>'s Title [of the Unit]"; whether the pattern was there."""
    m = _KIND_BEFORE.search(text, max(0, t.start - 40), t.start)
    if m is None or m.group(2) not in ORG_HEADS:
        return _kind_then_name(text, t, orgs, people)
    nm = name_before(text, m.start())
    if nm is None:  # "In her remarks, the ministry's Director General NAME": the name follows
        return _kind_then_name(text, t, orgs, people)
    # "the Danish office's": a body the orgs read from the whole phrase, else the last of kind
    named = next((e for s, end, e in orgs.mentions if (s, end) == m.span(1)), None)
    if named is None and m.group(1).count(" ") > 1:
        return False
    body = named or (_last_of_kind(text, nm[0], m.group(2), orgs) if nm else None)
    if nm is None or body is None:
        return False
    title, end = t.text, t.end
    unit = org_after(text, t.end, orgs) if t.ministry is None else None
    if unit is not None and unit[0] is not body:
        # "Director of the Bureau of Patents": a part of the body, named in the title
        end = unit[1]
        title = re.sub(r"\s+", " ", text[t.start : end])
        orgs.unit_spans.update((a, b) for a, b, e in orgs.mentions if e is unit[0])
    people.record(text, nm, title, org=body, span=(t.start, end), place=None)
    return True


#: "according to the organisation's director general Mr NAME": the kind opens the post.
_KIND_LEADS = re.compile(r"(?<![\w’'-])the[ \t]+([a-z]+)['’]s[ \t]+$")


def _kind_then_name(text: str, t: Title, orgs: Orgs, people: People) -> bool:
    """'the organisation's director general Mr NAME': the post, then its holder's name, at
    the body of that kind the paragraph named last before the title."""
    m = _KIND_LEADS.search(text, max(0, t.start - 30), t.start)
    if m is None or m.group(1) not in ORG_HEADS:
        return False
    nm = name_after(text, t.end)
    body = _last_of_kind(text, m.start(), m.group(1), orgs) if nm else None
    if nm is None or body is None:
        return False
    people.record(text, nm, t.text, org=body, span=(t.start, t.end), place=None)
    return True


def _last_of_kind(text: str, before: int, kind: str, orgs: Orgs) -> OrgEntry | None:
    """The body of the kind ("office") the paragraph named last before `before`; else the
    one named last in the paragraphs before it (a story names the ministry in its lead and
    gives "the ministry's Director General" in the next paragraph)."""
    floor = max(text.rfind("\n\n", 0, before), 0)
    fits = [
        (s, e)
        for s, end, e in orgs.mentions
        if end <= before and kind.replace("ization", "isation") in _words_of(e)
    ]
    near = [f for f in fits if floor <= f[0]] or fits
    return max(near, key=lambda x: x[0])[1] if near else None


def _words_of(entry: OrgEntry) -> set[str]:
    names = [entry.name, *entry.all_names()]
    words = {w.casefold() for n in names for w in re.findall(r"[\w-]+", n)}
    return words | {w.replace("ization", "isation") for w in words}  # either spelling
