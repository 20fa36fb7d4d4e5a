"""What resolving one document added, for the import summary."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Resolved:
    """Entity ids by fact key, and the counts `ipx import` reports."""

    orgs: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    agreements: set[tuple[str, int]] = field(default_factory=set)
    new_entities: int = 0
    merges: int = 0
    facts: int = 0
