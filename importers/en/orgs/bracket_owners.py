"""An acronym in brackets after "A from the B (ACR)" that the reference gives to A, not B.

"the Directorate General of X from the Ministry of Y of Z (DGX)": the bracket follows the
parent body the phrase places A in, but the acronym is A's, as the reference data lists it
(a national acronym often spells the name in the country's own language, so its letters
tell nothing). Left on B, it would give B A's reference id, and A and B would be one body.
The acronym moves to A when the reference names A by it and B's own names are not that
body's.
"""

from __future__ import annotations

import re

from importers.en.orgs.acronyms import initials_in_order
from importers.en.orgs.gazetteer import reference_forms
from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs
from importers.gazetteer import Reference, RefOrg
from store.text import fold

#: What places a body in its parent between the two names: " from the ", " of the ".
_PLACED_IN = re.compile(r"\s+(?:from|of|under|within|at)\s+(?:the\s+)?$")
#: A reference name's qualifier: "Directorate General of X (Indonesia)".
_QUALIFIER = re.compile(r"\s*\([^()]*\)$")


def give_acronyms_their_body(text: str, orgs: Orgs, reference: Reference) -> None:
    """Move a bracketed acronym from the parent body it follows to the body placed in it,
    where the reference names that body by the acronym."""
    for s, e, parent in list(orgs.mentions):
        acronym = text[s:e]
        if not ACRONYM.fullmatch(acronym) or text[s - 1 : s] != "(" or acronym not in parent.forms:
            continue
        ref = reference.org_named(acronym)
        if ref is None:
            _spelt_with_parent(text, orgs, acronym, parent, s - 1)
            continue
        if _named_as(parent, ref, reference):
            continue
        placed = _placed_body(text, orgs, parent, s - 1)
        if placed is not None and _names(ref, placed):
            _move(orgs, text, ref, parent, placed)


def _spelt_with_parent(text: str, orgs: Orgs, acronym: str, parent: OrgEntry, at: int) -> None:
    """'the X Department at the Y Office (XDYO)': an acronym the reference does not know,
    whose letters spell the placed body's name and the parent's together and not the
    parent's alone, is the placed body's, and so is the whole name ("X Department at the Y
    Office"), the parent named inside it a body of its own."""
    mention = _placed_mention(text, orgs, parent, at)
    if mention is None or any(initials_in_order(f, acronym) for f in parent.forms):
        return
    placed = mention[2]
    whole = " ".join(text[mention[0] : at].split())
    if not initials_in_order(whole, acronym):
        return
    placed.add_form(whole)
    _move_acronyms(orgs, text, parent, placed, [acronym])
    orgs.by_name.setdefault(fold(whole), placed)


def _named_as(entry: OrgEntry, ref: RefOrg, reference: Reference) -> bool:
    """Whether one of the entry's spelled-out names is the reference body's."""
    return any(
        (named := reference.org_named(f)) is not None and named.id == ref.id
        for form in entry.forms
        if not ACRONYM.fullmatch(form)
        for f in reference_forms(form)
    )


def _placed_body(text: str, orgs: Orgs, parent: OrgEntry, bracket: int) -> OrgEntry | None:
    """The body named right before the parent's mention that ends at the bracket, joined to
    it by "from the", "of the"."""
    placed = _placed_mention(text, orgs, parent, bracket)
    return placed[2] if placed else None


def _placed_mention(
    text: str, orgs: Orgs, parent: OrgEntry, bracket: int
) -> tuple[int, int, OrgEntry] | None:
    """The mention of the body `_placed_body` finds."""
    mention = next(
        (m for m in orgs.mentions if m[2] is parent and m[1] in (bracket - 1, bracket)), None
    )
    if mention is None:
        return None
    before = [m for m in orgs.mentions if m[1] <= mention[0] and m[2] is not parent]
    if not before:
        return None
    last = max(before, key=lambda m: m[1])
    return last if _PLACED_IN.fullmatch(text, last[1], mention[0]) else None


def _names(ref: RefOrg, entry: OrgEntry) -> bool:
    """Whether the entry's name is one of the reference body's, its qualifier aside."""
    names = {fold(_QUALIFIER.sub("", n)) for n in ref.all_names()}
    return any(fold(f) in names for f in entry.forms)


def _move(orgs: Orgs, text: str, ref: RefOrg, parent: OrgEntry, placed: OrgEntry) -> None:
    """Give the placed body every acronym of the parent's that the reference names it by
    (the bracketed one, and one the text uses alone later), with their mentions, and the
    reference id that came with them."""
    moved = [f for f in parent.forms if ACRONYM.fullmatch(f) and f in ref.all_names()]
    _move_acronyms(orgs, text, parent, placed, moved)
    if parent.ref is not None and parent.ref.id == ref.id:
        parent.ref = None
        parent.kind = None if parent.kind == ref.kind else parent.kind
    placed.ref = placed.ref or ref
    placed.kind = placed.kind or ref.kind
    placed.country = placed.country or ref.country


def _move_acronyms(
    orgs: Orgs, text: str, parent: OrgEntry, placed: OrgEntry, acronyms: list[str]
) -> None:
    """Give the placed body the parent's ACRONYMS, as forms and with their mentions."""
    for acronym in acronyms:
        parent.forms.remove(acronym)
        placed.add_form(acronym)
        orgs.by_name[fold(acronym)] = placed
    for i, (s, e, entry) in enumerate(orgs.mentions):
        if entry is parent and text[s:e] in acronyms:
            orgs.mentions[i] = (s, e, placed)
            parent.spans.remove((s, e))
            placed.spans.append((s, e))
