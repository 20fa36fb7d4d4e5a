"""A body named again by the first part of its name: "the Department of Industry" after "the
Department of Industry, Innovation and Science".

Ministries and departments whose names list several portfolios are shortened to the first
one; in one text the short form is the body named in full, not a second body. Only a name
that the full one continues with a comma is taken for it, so "Ministry of Trade" stays apart
from "Ministry of Trade and Industry".
"""

from __future__ import annotations

from importers.en.orgs.model import Orgs, merge


def join_short_forms(orgs: Orgs) -> None:
    """Merge each organisation whose name the name of another continues after a comma."""
    for short in list(orgs.entries):
        if short.ref is not None or short not in orgs.entries:
            continue
        forms = [_key(f) for f in short.forms if "(" not in f and len(f.split()) >= 2]
        full = next(
            (
                e
                for e in orgs.entries
                if e is not short
                and (short.country is None or e.country in (None, short.country))
                and any(_key(g).startswith(f + ",") for g in e.forms for f in forms)
            ),
            None,
        )
        if full is not None:
            merge(orgs, full, short)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold().removeprefix("the ")
