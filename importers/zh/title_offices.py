"""A title that names its own office: 美国副贸易代表某某 holds a post at 美国贸易代表办公室.

Some officials head an office called after their title and place (the United States Trade
Representative heads the Office of the USTR, 美国贸易代表办公室). A person named after a place
and such a title has no body before the title, so the role would be dropped; when the text
names the office that is the place, the head's title (without its deputy prefix) and an
office noun, the post is held there.
"""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.zh import lex as zh_lex
from importers.zh.roles import PersonHit, title_core
from importers.zh.text import View


def titled_office(v: View, h: PersonHit, facts: DocumentFacts) -> str | None:
    """The key of the office the text names after the place and head's title before the
    name (美国 + 贸易代表 + 办公室), or None."""
    if not h.title:
        return None
    before = v.text[h.span_start : h.start]
    if not before.endswith(h.title):
        return None
    place = before[: -len(h.title)]
    if not place:
        return None
    core = title_core(h.title)
    names = {f"{place}{core}{noun}" for noun in zh_lex.people_lexicon("title_office_nouns")}
    return next((o.key for o in facts.orgs if names & {o.name, *o.aliases}), None)
