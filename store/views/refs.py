"""The entity reference: the three kinds, their id prefixes and the words for each.

The only place that knows that o12 is an organisation, p3 a person and a5 an agreement, and
that `--kind org` means organisations. `Ref` is the reference to an entity everywhere:
store.queries returns it (as EntityRef), the explorer opens it, `ipx show` prints its id.
Standard library only: `ipx.lookup` answers a search without SQLAlchemy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class KindWords:
    """How one kind of entity is written and said."""

    kind: str  # as stored: organisation, person, agreement
    prefix: str  # of its ids: o12
    option: str  # the CLI's --kind value, and the label of a search result: org
    noun: str  # what a reader calls one: an organisation, an official, an agreement


KINDS = (
    KindWords("organisation", "o", "org", "organisation"),
    KindWords("person", "p", "person", "official"),
    KindWords("agreement", "a", "agreement", "agreement"),
)
_BY_KIND = {k.kind: k for k in KINDS}
PREFIX = {k.kind: k.prefix for k in KINDS}
KIND_OF_PREFIX = {k.prefix: k.kind for k in KINDS}
#: the CLI's --kind values (org, person, agreement) and the kinds they mean
KIND_OF_OPTION = {k.option: k.kind for k in KINDS}
_REF = re.compile(rf"([{''.join(KIND_OF_PREFIX)}])(\d{{1,18}})")


def ref(kind: str, id: int) -> str:
    """Short id used by the CLI, the TUI and the export: o12, p3, a5."""
    return f"{PREFIX[kind]}{id}"


def parse_ref(text: str) -> tuple[str, int] | None:
    """(kind, id) of a short id such as o12; None when TEXT is not one."""
    m = _REF.fullmatch(text.strip())
    return (KIND_OF_PREFIX[m.group(1)], int(m.group(2))) if m else None


def kind_label(kind: str) -> str:
    """The short label of a kind in a list of mixed results: org, person, agreement."""
    words = _BY_KIND.get(kind)
    return words.option if words else kind


def kind_noun(kind: str) -> str:
    """What a reader calls an entity of KIND: organisation, official, agreement."""
    words = _BY_KIND.get(kind)
    return words.noun if words else kind


@dataclass(frozen=True)
class Ref:
    """An entity a user can open; equal by kind and id (the name is for display)."""

    kind: str
    id: int
    name: str = field(default="", compare=False)

    @property
    def ref(self) -> str:
        return ref(self.kind, self.id)
