"""A title that names its own office: the "Registrar of Trade Marks" holds the post at the
"Office of the Registrar of Trade Marks" the text names, the "Superintendent of Industry and
Commerce" at the "Superintendence of Industry and Commerce".

Such offices are named after the post of the one who heads them, with "Office of the" or
with the post's word in its abstract form. A holder of that post whom the text names without
a body heads that office, not the department or ministry the office works under, which a
document often names more (and first).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.words import COUNTRY_OF, TITLE_MODIFIER_WORDS
from store.text import fold, lexicon

#: The heads of the name of an office named after its holder's post ("Office of the X").
_OFFICE_HEADS = lexicon.words("en_roles.txt", "own_office_heads")
#: The heads of a body named by the field of its head's post: the "Director of
#: Intellectual Property" heads the "Intellectual Property Department".
_FIELD_BODY_HEADS = lexicon.words("en_roles.txt", "field_body_heads")
#: A post's head word to the heads of the bodies named after it in its abstract form
#: ("superintendent" to "superintendence", "superintendency").
_AGENT_BODIES = {
    head.casefold(): tuple(bodies.casefold().split())
    for head, bodies in (
        line.split(" ", 1) for line in lexicon.words("en_titles.txt", "agent_bodies")
    )
}


def office_named_after(title: str, orgs: Orgs) -> OrgEntry | None:
    """The office the text names after `title` or after the post it is deputy to ("Deputy
    Registrar of X" works in the "Office of the Registrar of X", a "Deputy Superintendent
    of X" in the "Superintendence of X")."""
    words = re.sub(r"\s+", " ", title).strip().split(" ")
    while len(words) > 2 and words[0].casefold().rstrip("-") in TITLE_MODIFIER_WORDS:
        words = words[1:]
    post = " ".join(words)
    if " " not in post:
        return None  # a bare "Registrar" names no office of its own
    wanted = {fold(f"{head} of {the}{post}") for head in _OFFICE_HEADS for the in ("", "the ")}
    agent, rest = words[0].casefold(), " ".join(words[1:])
    if _FIELD.search(rest):  # "Superintendent of X", not a bare "Director General"
        wanted |= {fold(f"{body} {rest}") for body in _AGENT_BODIES.get(agent, ())}
    field_ = re.match(r"of\s+(?!the\s)(.+)$", rest)
    if field_ is not None:  # "Director of Fisheries" heads the "Fisheries Department"
        wanted |= {fold(f"{field_.group(1)} {head}") for head in _FIELD_BODY_HEADS}
    for e in orgs.entries:
        forms = [bare for form in e.forms for bare in (form, _without_its_country(form))]
        if e.spans and any(fold(form) in wanted for form in forms):
            return e
    return None if _FIELD.search(post) else _office_of_field(wanted, orgs)


def _office_of_field(wanted: set[str], orgs: Orgs) -> OrgEntry | None:
    """'The Controller General, NAME': a post written without its field heads the one
    office the text names after the post with its field ("Office of the Controller General
    of Patents, Designs and Trade Marks")."""
    offices = [
        e
        for e in orgs.entries
        if e.spans
        and any(fold(form).startswith(fold(f"{w} of")) for form in e.forms for w in wanted)
    ]
    return offices[0] if len(offices) == 1 else None


#: The field a post covers: "... of Industry and Commerce", "... for Trademarks".
_FIELD = re.compile(r"(?:^|\s)(?:of|for)\s")
#: Where a country may follow a body's name: "... of Chile", "... (Chile)".
_COUNTRY_LEAD = re.compile(r"\s+(?:of\s+(?:the\s+)?|\()")


def _without_its_country(form: str) -> str:
    """'Superintendence of X of Chile' less its country; any other form as it is."""
    for m in _COUNTRY_LEAD.finditer(form):
        if form[m.end() :].rstrip(")").casefold() in COUNTRY_OF:
            return form[: m.start()]
    return form
