"""Reference bodies a text names only by a description, never by a name.

The reference data vouches for a body's names, so nothing doubts it, and the queue leaves it
out. But a few of the names it lists are descriptions written in lower case ("five IP
offices" for the IP5): a text that counts other offices so ("the heads of the five IP
offices" of another group) is read as that body, and it looks certain. A name starts with a
capital or is an acronym; a mention that starts with a lower-case letter or a digit is a
description. A reference body every mention of which is one waits at the queue's tail as a
name to confirm, ranked by its own (low) P(wrong). Chinese has no case: its counted groups
(五局) are the extractor's to read (importers/zh/orgs/collective.py).
"""

from __future__ import annotations

from sqlmodel import Session

from store.review.visibility import fetch_rows
from store.text import has_han

WHY = "named only by a description, never by its name: the bodies the text counts?"


def is_description(surface: str) -> bool:
    """Whether a mention's words are a description: Latin, opening in lower case or a digit
    (after "the")."""
    words = surface.split()
    if words and words[0].casefold() == "the":
        words = words[1:]
    if not words or has_han(surface):
        return False
    first = words[0][:1]
    return first.islower() or first.isdigit()


def described_references(session: Session) -> set[int]:
    """The reference organisations every mention of which is a description."""
    rows = fetch_rows(
        session,
        "SELECT m.target_id, m.surface FROM mention m JOIN organisation o"
        " ON o.id = m.target_id WHERE m.target_type = 'organisation'"
        " AND o.ref_id IS NOT NULL AND o.merged_into IS NULL",
    )
    described: dict[int, bool] = {}
    for oid, surface in rows:
        described[oid] = described.get(oid, True) and is_description(surface or "")
    return {oid for oid, only in described.items() if only}
