"""The chair of an assembly of member states holds the post at the assembly.

"Chair of the WIPO General Assembly", "Chair, WIPO General Assembly": whoever presides over
the states meeting in an organisation's assembly is one state's delegate, elected for a
session, and no officer of the organisation's secretariat. The assembly is otherwise an organ
of its body and no organisation (orgs/units.organ_of_parent), so the title's organisation
climbs to the body; here the post moves to the assembly, named as the text writes it. Boards
and councils that govern a body stay its organs (their chairs are the body's officers).
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from importers.en.word_patterns import phrase_alternation
from store.text import lexicon

_CHAIRS = lexicon.words("en_leadership.txt", "presiding_titles")
_ASSEMBLIES = lexicon.words("en_leadership.txt", "member_assemblies")
#: the title, "," or "of (the)", then the assembly, its body's acronym before it or not
_PRESIDED = re.compile(
    rf"(?i:{phrase_alternation(_CHAIRS)})(?:[ \t]*,[ \t]*|\s+of\s+)(?:the\s+)?"
    rf"(?P<organ>(?:[A-Z]{{2,}}\s+)?(?:{phrase_alternation(_ASSEMBLIES)}))(?![\w-])"
)


def place_assembly_chairs(text: str, people: People, orgs: Orgs) -> None:
    """Each role whose title is the chair of a member states' assembly, held there."""
    for role in people.roles:
        m = _PRESIDED.match(text, role.span[0])
        if m is None:
            continue
        organ = re.sub(r"\s+", " ", m.group("organ"))
        role.org = orgs.add(organ, m.start("organ"), m.end("organ"))
        role.bare = False
