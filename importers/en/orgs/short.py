"""A body named again by the first part of its name: "the Department of Industry" after "the
Department of Industry, Innovation and Science".

Ministries and departments whose names list several portfolios are shortened to the first
one; in one text the short form is the body named in full, not a second body. Only a name
that the full one continues with a comma is taken for it, so "Ministry of Trade" stays apart
from "Ministry of Trade and Industry".
"""

from __future__ import annotations

from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs, merge


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
    for short in list(orgs.entries):
        if short.ref is None and short in orgs.entries:
            fulls = _acronym_head_fulls(short, orgs)
            if len(fulls) == 1:
                merge(orgs, fulls[0], short)


def _acronym_head_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The organisations whose name opens with the acronym of `short` and ends in its head
    noun, when `short` is just those two words ("KIPO Academy" for "KIPO International IP
    Training Academy"). Two candidates leave the short form ambiguous."""
    pairs = [f.split() for f in short.forms if "(" not in f]
    pairs = [w for w in pairs if len(w) == 2 and ACRONYM.match(w[0])]
    return [
        e
        for e in orgs.entries
        if e is not short
        and any(
            len(g.split()) >= 3 and g.split()[0] == w[0] and g.split()[-1] == w[1]
            for g in e.forms
            if "(" not in g
            for w in pairs
        )
    ]


def _key(name: str) -> str:
    return " ".join(name.split()).casefold().removeprefix("the ")
