"""The body a sub-body belongs to, read from its name.

A sub-body is named with its parent: 国家知识产权局知识产权发展研究中心 (the parent's name and
then the unit's), "International Cooperation Department of the European Patent Office" (the
unit's name, "of", then the parent's). When the parent part is the full name of a body the
reference data or the store knows, the new organisation is one body with that parent, not two
organisations and not an orphan unit.
"""

from __future__ import annotations

import re
from functools import cache

from sqlmodel import Session

from importers.gazetteer import Reference
from importers.resolve.lookup import by_names
from importers.resolve.materialise import materialise_org
from store.text import has_han, lexicon, to_simplified

MIN_UNIT = 2  # characters of a Chinese unit's own name after its parent's (处, 部 alone are none)


@cache
def _suffixes() -> tuple[str, ...]:
    """What a Chinese organisation's name ends with (局, 中心): a parent's name does too."""
    return lexicon.words("zh.txt", "org_suffixes")


def _parent_parts(name: str) -> list[str]:
    """The names `name` may begin (Chinese) or end (English, after "of") with, longest
    first."""
    if has_han(name):
        compact = "".join(name.split())
        return [compact[:k] for k in range(len(compact) - MIN_UNIT, 1, -1)]
    cuts = [m.end() for m in re.finditer(r"\s+of\s+(?:the\s+)?", name)]
    return [name[k:].strip() for k in cuts]


def parent_of(session: Session, ref: Reference, name: str) -> int | None:
    """The stored organisation (made from the reference data if need be) that `name` names
    as its parent, or None."""
    parts = _parent_parts(name)
    for part in parts:
        r = ref.org_named(part) or ref.org_named(to_simplified(part))
        if r is not None and r.kind != "programme":
            return materialise_org(session, ref, r)
    for part in parts:
        if has_han(part) and not to_simplified(part).endswith(_suffixes()):
            continue
        found = by_names(session, "organisation", [part])
        if found:
            return found[0]
    return None
