"""Posts a profile lists after "held roles, including": "She previously held key roles,
including deputy director at the X Office and head of legal affairs at Y Ltd."

A career summary names earlier posts as a list after a verb of holding and a word for posts
("held senior positions, including ...", "has held several roles, such as ..."). Each item is
a title and the body it was held at ("at", "of" or "with" and a body the text names), the
items joined by commas or "and". The holder is the sentence's subject: a name it opens with,
or the person the paragraph is about when it opens with "He" or "She". An item whose title
is no title, or whose body the text does not name, ends the list.
"""

from __future__ import annotations

import re

from importers.en.names import name_at
from importers.en.orgs.model import Orgs
from importers.en.roles.careers import OPENING_PRONOUN, sentence_start
from importers.en.roles.mentions import pronoun_subject
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.word_patterns import alternation
from importers.en.words import HONORIFICS, TITLE_CORE
from importers.guarded import guarded
from store.text import lexicon

_POST_NOUNS = alternation(lexicon.words("en_careers.txt", "held_post_nouns"))
_LEADS = alternation(lexicon.words("en_careers.txt", "held_post_leads"), r"[ \t]+")
#: "held key roles, including": a verb of holding, up to two words, posts, and the lead.
_HELD = guarded(
    rf"\b(?:held|holding)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}(?:{_POST_NOUNS}),?[ \t]+"
    rf"(?:{_LEADS})[ \t]+"
)
#: One item's title, then "at", "of" or "with" before its body.
_ITEM = re.compile(
    rf"(?P<title>(?i:{TITLE_CORE})(?![\w-])"
    r"(?:[ \t]+(?:for|of)[ \t]+[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})?)"
    r"[ \t]+(?:at|of|with)[ \t]+(?:the[ \t]+)?"
)
_JOIN = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")


def find_held_posts(text: str, people: People, orgs: Orgs) -> None:
    """Give the holder of a "held roles, including" sentence each post of its list."""
    for m in _HELD.finditer(text):
        holder = _holder(text, m.start(), people)
        if holder is None:
            continue
        pos = m.end()
        while (item := _ITEM.match(text, pos)) is not None:
            hit = orgs.at(item.end())
            if hit is None:
                break
            title = re.sub(r"\s+", " ", item.group("title"))
            if not any(r.person is holder and r.org is hit[2] for r in people.roles):
                people.roles.append(RoleEntry(holder, hit[2], title, item.span("title")))
            join = _JOIN.match(text, hit[1])
            if join is None:
                break
            pos = join.end()


def _holder(text: str, at: int, people: People) -> PersonEntry | None:
    """The subject of the sentence holding `at`: the name it opens with (after a form of
    address), or the person a "He"/"She" opening goes back to."""
    start = sentence_start(text, at)
    pronoun = OPENING_PRONOUN.match(text, start)
    if pronoun is not None:
        found = pronoun_subject(text, pronoun.end(), people)
        return found[1] if found else None
    lead = re.match(rf"[ \t]*(?:(?:{HONORIFICS})\.?[ \t]+)?", text[start:])
    nm = name_at(text, start + (lead.end() if lead else 0))
    if nm is None or not re.fullmatch(r"(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+", text[nm[1] : at]):
        return None
    known = next((p for s, e, p in people.mentions if (s, e) == nm), None)
    return known or people.add(re.sub(r"\s+", " ", text[nm[0] : nm[1]]), *nm)
