"""A unit named after its body, the body written by its acronym in one place and in full in
another: "EAPO Administrative Council" and "Eurasian Patent Organization Administrative
Council" are one council, as "WIPO Academy" is the "World Intellectual Property Organization
Academy".

A Latin name that opens with a reference body's acronym, or with its full English name, and
goes on with a capitalised unit's name is also written with the body's other English names
before the same unit's name. The store is then searched under those forms (orgs.py), so
whichever form a text gives first, the other finds it.
"""

from __future__ import annotations

from importers.gazetteer import Reference, RefOrg
from store.text import has_han

#: the fewest words a body's full name opening a unit's name has ("Japan Patent Office")
MIN_BODY_WORDS = 2


def body_written_otherwise(ref: Reference, name: str) -> list[str]:
    """NAME with the body its opening words name written by each of the body's other English
    names (its acronym for its full name, its full name for its acronym)."""
    if has_han(name):
        return []
    words = name.split()
    if len(words) < 2:
        return []
    for k in range(len(words) - 1, 0, -1):
        unit = words[k:]
        if not unit[0][:1].isupper():
            continue
        body = _body(ref, " ".join(words[:k]), single=k == 1)
        if body is not None:
            rest = " ".join(unit)
            opening = " ".join(words[:k])
            return [f"{n} {rest}" for n in _english_names(body) if n != opening]
    return []


def _body(ref: Reference, opening: str, *, single: bool) -> RefOrg | None:
    """The reference body these opening words name: one word only as an acronym."""
    if single and not (opening.isupper() and opening.isalpha() and len(opening) >= 2):
        return None
    if not single and len(opening.split()) < MIN_BODY_WORDS:
        return None
    r = ref.org_named(opening)
    return None if r is None or r.kind == "programme" else r


def _english_names(r: RefOrg) -> list[str]:
    """The body's Latin-script names in English: its name, aliases and acronyms."""
    return [r.name, *(n.text for n in r.names if n.lang == "en" and n.kind != "previous")]
