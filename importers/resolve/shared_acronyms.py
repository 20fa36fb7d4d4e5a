"""An acronym several countries' bodies share ("INPI": Brazil's, Argentina's, France's ...).

The reference data never lists such an acronym bare; it qualifies it by each body's country
("INPI Brazil", "INPI (France)"), so the acronym is shared when two or more bodies list it so.
A bare mention of one is decided by the evidence of its own document only: the country written
right after it ("INPI (Brazil)", "INPI of Argentina", "INPI, France", "INPI-Portugal") or
before it ("Brazil's INPI", "the Portuguese INPI"), else the one such body the text names, else
the one country among those the document's bodies are placed in ("home") that has such a body.
With no evidence it names a body of its own, never the one another document named by it.
"""

from __future__ import annotations

import re

from importers.gazetteer import Reference, RefOrg
from importers.resolve.countries import code_of_name, english_names

_QUALIFIED = re.compile(r"([A-Z][A-Z0-9&]{2,9})(?:\s+\(?|\s*\(|,\s*|-)(.+?)\)?")
#: a country right after a mention: " (Brazil)", " of the Argentine Republic", ", France"
_AFTER = re.compile(
    r"(?:\s*\(\s*|\s+of\s+(?:the\s+)?|\s*,\s*(?:the\s+)?|-)"
    r"([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})"
)

#: a country right before one: "Brazil's ", "the Brazilian "
_BEFORE = re.compile(r"([A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,3})(?:['’]s)?[ \t]+$")

_cache: dict[int, tuple[Reference, dict[str, dict[str, RefOrg]]]] = {}


def shared_acronyms(ref: Reference) -> dict[str, dict[str, RefOrg]]:
    """{acronym: {country code: body}} for each acronym two or more bodies of the reference
    list qualified by their own country."""
    hit = _cache.get(id(ref))
    if hit is not None and hit[0] is ref:
        return hit[1]
    found: dict[str, dict[str, RefOrg]] = {}
    for name, org in ref.org_names():
        m = _QUALIFIED.fullmatch(name)
        if m is None or org.country is None:
            continue
        if m.group(2).casefold() in (n.casefold() for n in english_names().get(org.country, ())):
            found.setdefault(m.group(1), {})[org.country] = org
    shared = {a: by for a, by in found.items() if len(by) >= 2}
    _cache[id(ref)] = (ref, shared)
    return shared


def is_shared(ref: Reference, name: str) -> bool:
    """Whether NAME is an acronym several bodies share that the reference lists none by bare."""
    return name in shared_acronyms(ref) and ref.org_named(name) is None


def country_after(text: str, end: int) -> str | None:
    """The code of the country written right after a mention ending at END, if one is."""
    m = _AFTER.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        code = _code_of(" ".join(words[:k]))
        if code is not None:
            return code
    return None


def country_before(text: str, start: int) -> str | None:
    """The code of the country written right before a mention starting at START, as a
    possessive or an adjective ("Brazil's INPI", "the Brazilian INPI"), if one is."""
    m = _BEFORE.search(text[max(0, start - 60) : start])
    if m is None:
        return None
    words = re.sub(r"['’]s$", "", m.group(1)).split()
    for k in range(len(words)):
        code = _code_of(" ".join(words[k:]))
        if code is not None:
            return code
    return None


def _code_of(place: str) -> str | None:
    return code_of_name().get(re.sub(r"^(?:the\s+)", "", place, flags=re.IGNORECASE).casefold())


def decided(
    ref: Reference,
    acronym: str,
    *,
    text: str,
    spans: list[tuple[int, int]],
    named: set[str],
    home: list[str],
) -> RefOrg | None:
    """The body a shared acronym names in this document: the one of the country written right
    after or before a mention of it, else the one such body the document names otherwise
    (`named`: reference ids), else the one of the document's places (`home`, place names)
    when exactly one has such a body; None when nothing in the document decides."""
    bodies = shared_acronyms(ref).get(acronym, {})
    written = {c for _, e in spans if (c := country_after(text, e)) is not None}
    written |= {c for s, _ in spans if (c := country_before(text, s)) is not None}
    if len(written) == 1:
        return bodies.get(written.pop())
    if written:
        return None
    here = [b for b in bodies.values() if b.id in named]
    if here:
        return here[0] if len(here) == 1 else None
    placed = {c for p in home if (c := _code_of(p)) is not None and c in bodies}
    return bodies[placed.pop()] if len(placed) == 1 else None
