"""A body written in full names that body, though the acronym the text brackets after it is
the reference's acronym of the body next to it: "the Eurasian Patent Organization (EAPO)"
is the Organization, whose executive office the reference gives the acronym EAPO, and the
text's later "EAPO" is its short form of the Organization. An intergovernmental
organisation and its office (`parent`) share an acronym in use; the full name tells them
apart, the bare acronym stays with the body the reference gives it to.
"""

from __future__ import annotations

from importers.gazetteer import Reference, RefOrg


def as_written_in_full(ref: Reference, name: str, found: RefOrg) -> RefOrg:
    """The body NAME (the fact's own name, as the text writes it) is, where the reference
    gives it to the parent or a child of FOUND (the body matched by another of its forms),
    else FOUND."""
    named = ref.org_named(name)
    if named is None or named.id == found.id:
        return found
    if named.id == found.parent or named.parent == found.id:
        return named
    return found
