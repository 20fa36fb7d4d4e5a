"""Titles that a statute gives the head of one office, or his deputy.

"Under Secretary of Commerce for Intellectual Property" reads as a post of the Department of
Commerce, but by law (35 U.S.C. 3) its holder is the Director of the USPTO: a text that names
the holder by that title alone, and names the USPTO somewhere, means the holder's post at the
USPTO. The titles and the reference ids of their offices are data (en_titles.txt,
statutory_heads), each with its source.
"""

from __future__ import annotations

from importers.en.orgs.model import OrgEntry, Orgs
from store.text import fold, lexicon

#: the title, folded, to the reference id of the office it heads
_HEADS = {
    fold(title): ref_id
    for ref_id, title in (
        line.split(" ", 1) for line in lexicon.words("en_titles.txt", "statutory_heads")
    )
}


def statutory_body(title: str, orgs: Orgs) -> OrgEntry | None:
    """The office the text names whose head or deputy `title` is by law, or None."""
    ref_id = _HEADS.get(fold(title))
    if ref_id is None:
        return None
    return next((e for e in orgs.entries if e.ref is not None and e.ref.id == ref_id), None)
