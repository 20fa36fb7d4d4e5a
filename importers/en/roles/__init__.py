"""Officials and their roles in an English text.

People are found next to titles (`patterns`, reading each title with `portfolio` and its
organisation with `anchors`; a name line over a title line on leadership pages and under
signatures, with the biography below it, in `stacked`; a name in brackets or of one word in
`odd_names`), then by their later mentions (`mentions`); roles at an office's
internal unit move to the office (`units`), a body called "Minister X's department" is X's
(`possessed`), and titles stated without an organisation get one from the document (`bare`).
Everything goes into one `People` (`model`).
"""

from __future__ import annotations

from importers.en.roles.bare import assign_bare_roles
from importers.en.roles.mentions import find_predecessors, find_surname_mentions, find_untitled
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.roles.patterns import find_people
from importers.en.roles.possessed import find_own_bodies
from importers.en.roles.units import place_units_in_parents

__all__ = [
    "People",
    "PersonEntry",
    "RoleEntry",
    "assign_bare_roles",
    "find_own_bodies",
    "find_people",
    "find_predecessors",
    "find_surname_mentions",
    "find_untitled",
    "place_units_in_parents",
]
