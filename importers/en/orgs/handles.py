"""Organisations named by their social-media handle ("@AgencyName").

A handle writes a name without spaces, its words joined in camel case or by underscores
("@IPOSInternational", "@National_Archives"). The gazetteer's word boundaries never find a
known name there; read with its spaces restored, a handle that spells a name the reference
knows is a mention of that body. A handle that spells no known name says nothing.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.gazetteer import Reference
from importers.guarded import guarded

#: "@Name" after a space, a bracket or the start of a line, not inside an e-mail address.
_HANDLE = guarded(r"(?<![\w@.])@([A-Za-z][A-Za-z0-9_]{2,40})(?![\w@])")

#: One word of a handle: "IPOS" before "International", "International", "Korea", "2025".
_PART = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|\d+")


def spelt_name(handle: str) -> str:
    """The handle's words with spaces between them: "IPOSInternational" → "IPOS International"."""
    return " ".join(_PART.findall(handle))


def find_handle_orgs(text: str, orgs: Orgs, reference: Reference) -> None:
    """Mentions of reference bodies written as handles."""
    handles = list(_HANDLE.finditer(text))
    if not handles:
        return
    known = {n: o for n, o in reference.org_names() if n.isascii() and o.kind != "programme"}
    for m in handles:
        if orgs.covered(m.start(), m.end()):
            continue
        name = spelt_name(m.group(1))
        if " " not in name or name not in known:
            continue  # a one-word handle is found by the gazetteer, as written
        orgs.add(name, m.start(), m.end(), ref=known[name])
