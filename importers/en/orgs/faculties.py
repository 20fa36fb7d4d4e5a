"""A university's units named with the university that owns them.

"UM's Faculty of Law", "the university's Faculty of Engineering": "Faculty of Law" is a body
of many universities, so the one the text means is named with its owner, "Faculty of Law,
Universiti Malaya" (the form the university's own pages use), and keeps the short form as an
alias. "The X College of Y of Z University" names two bodies, the unit and the university
(`name_university_units`).
"""

from __future__ import annotations

import re

from importers.en.orgs.chunks import has_head
from importers.en.orgs.model import OrgEntry, Orgs, merge
from importers.en.orgs.tokens import tokens
from importers.en.words import COUNTRY_OF
from importers.gazetteer import Reference
from store.text import fold, lexicon

_FACULTY_HEADS = lexicon.wordset("en_orgs.txt", "faculty_heads")
_OWNER = re.compile(r"['’]s\s+(?:own\s+)?$")


def qualify_faculties(text: str, orgs: Orgs) -> None:
    """Name every faculty the text gives one owner with that owner."""
    for entry in orgs.entries:
        words = entry.name.split()
        if len(words) < 3 or words[0].casefold() not in _FACULTY_HEADS or words[1] != "of":
            continue
        if " of " in " ".join(words[2:]) or "," in entry.name:
            continue  # "Faculty of Law of the X University": already named with its owner
        found = (_owner_before(text, s, orgs) for s, _, e in orgs.mentions if e is entry)
        owners = {o.key: o for o in found if o is not None and o is not entry}
        if len(owners) != 1:
            continue
        owner = next(iter(owners.values()))
        full = f"{entry.name}, {owner.name}"
        entry.add_form(full)
        entry.name = full
        orgs.by_name.setdefault(fold(full), entry)


def _owner_before(text: str, start: int, orgs: Orgs) -> OrgEntry | None:
    """The body whose mention ends in "'s" right before `start`."""
    m = _OWNER.search(text, max(0, start - 12), start)
    if m is None:
        return None
    return next((e for s, x, e in orgs.mentions if x == m.start() and s < x), None)


_UNIVERSITY_HEADS = lexicon.wordset("en_orgs.txt", "university_heads")
_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def name_university_units(text: str, orgs: Orgs, reference: Reference) -> None:
    """'the X College of Intellectual Property of Y University': a unit named with the
    university it belongs to mentions the university too, a body of its own. The unit keeps
    its own name when that name alone is one body's (the reference knows it, the text names
    it alone, or it opens with a country's name), and the university's otherwise ("Faculty
    of Law of the University of Z" is one faculty of many)."""
    for entry in list(orgs.entries):
        split = _unit_and_university(entry.name)
        if split is None or entry not in orgs.entries:
            continue
        unit, uni = split
        spans = [_tail_span(text, s, e, uni) for s, e in entry.spans]
        parent = orgs.lookup(uni) or orgs.add(uni)
        parent.spans.extend(sp for sp in spans if sp is not None and sp not in parent.spans)
        _move_acronyms(orgs, entry, unit, parent)
        for form in list(parent.forms):  # "Faculty of Law of UZ" later: the same faculty
            same = orgs.lookup(f"{unit} of {form}")
            if same is not None and same is not entry and same is not parent:
                merge(orgs, entry, same)
        if not _named_alone(unit, orgs, reference):
            continue
        alone = orgs.lookup(unit)
        if alone is not None and alone is not entry:
            merge(orgs, alone, entry)
            continue
        entry.add_form(unit)
        entry.name = unit
        orgs.by_name.setdefault(fold(unit), entry)


def _unit_and_university(name: str) -> tuple[str, str] | None:
    """A name cut at the "of" before a university's name: (unit, university), or None when
    the name is no unit named with its university ("National University of Singapore")."""
    for m in _OF.finditer(name):
        unit, uni = name[: m.start()], name[m.end() :]
        words = uni.split()
        at = next((k for k, w in enumerate(words) if w.casefold() in _UNIVERSITY_HEADS), None)
        if at is None or at > 4 or not all(w[:1].isupper() for w in words[: at + 1]):
            continue  # "Law of the University of Z": cut at a later "of"
        low = unit.casefold().split()
        if any(w in _UNIVERSITY_HEADS for w in low) or not has_head(tokens(unit)):
            return None
        return unit, uni
    return None


def _move_acronyms(orgs: Orgs, entry: OrgEntry, unit: str, parent: OrgEntry) -> None:
    """'the Faculty of Law of the University of Z (UZ)': a short form set after the whole
    name that begins with the university's letter and not the unit's is the university's."""
    for form in [f for f in entry.forms if " " not in f and f != entry.name]:
        if form[:1].upper() == parent.name[:1] and form[:1].upper() != unit[:1]:
            entry.forms.remove(form)
            orgs.add(form, into=parent)
            orgs.by_name[fold(form)] = parent


def _tail_span(text: str, start: int, end: int, tail: str) -> tuple[int, int] | None:
    """Where `tail` (spaces as any white space) ends the mention at start..end."""
    rx = r"\s+".join(re.escape(w) for w in tail.split()) + r"$"
    m = re.search(rx, text[start:end])
    return (start + m.start(), start + m.end()) if m else None


def _named_alone(unit: str, orgs: Orgs, reference: Reference) -> bool:
    return (
        reference.org_named(unit) is not None
        or orgs.lookup(unit) is not None
        or unit.split()[0].casefold() in COUNTRY_OF
    )
