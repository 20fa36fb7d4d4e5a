"""A body named in full and cut short at its comma, in one document: one body.

"Department of Industry, Innovation and Science" lists the fields of a portfolio after its
comma, and a text that names it in full often calls it later by the words before the comma
("a Deputy Secretary of the Department of Industry"). The extractor finds two names; in one
document they are one body, whose name the cut form is another way of writing. Only when
the cut is the whole of the other name (bare, or with the body's own country), the body is
the only one of the document cut to it, and the reference data does not know the cut name as
a body of its own. A Chinese name cut to its place, level and head (某省局) is folded the same
way (contracted.py).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from importers.facts import DocumentFacts, OrgFact
from importers.resolve.contracted import contracted_into
from importers.resolve.countries import english_names
from store.text import fold, lexicon


def fold_cut_names(facts: DocumentFacts) -> DocumentFacts:
    """The facts with each organisation named only by a cut form of another's name folded
    into that one (its names, spans, roles and agreements)."""
    contracted = contracted_into(facts.orgs)  # 某省局 for 某省知识产权局
    into = {**_cut_into(facts.orgs), **contracted}
    if not into:
        return facts
    by_key = {o.key: o for o in facts.orgs}
    orgs = []
    for o in facts.orgs:
        if o.key in into:
            continue
        cut = [by_key[k] for k, full in into.items() if full == o.key]
        if cut:
            o = _with_cut(o, cut, kept={k for k in contracted if contracted[k] == o.key})
        orgs.append(o)
    roles = [replace(r, org=into.get(r.org or "", r.org)) for r in facts.roles]
    agreements = [
        replace(a, parties=list(dict.fromkeys(into.get(k, k) for k in a.parties)))
        for a in facts.agreements
    ]
    return DocumentFacts(facts.extractor, orgs, facts.people, roles, agreements)


def _cut_into(orgs: list[OrgFact]) -> dict[str, str]:
    """{key of an organisation named by a cut form: key of the one it is cut from}."""
    heads: dict[str, set[str]] = {}
    for o in orgs:
        for n in [o.name, *o.aliases]:
            head = head_before_list(n)
            if head:
                heads.setdefault(fold(head), set()).add(o.key)
    out: dict[str, str] = {}
    for o in orgs:
        if o.ref is not None:
            continue
        for n in [o.name, *o.aliases]:
            full = heads.get(fold(n), set()) | heads.get(fold(_without_country(n, o)), set())
            full = {k for k in full if k != o.key and _same_country(o, orgs, k)}
            if len(full) == 1:
                out[o.key] = full.pop()
                break
    return {k: v for k, v in out.items() if v not in out}


def head_before_list(name: str) -> str:
    """ "Department of Industry, Innovation and Science": the words before a comma that
    opens a list of the body's fields (two capitalised words or more, joined by "and" or
    "&"); empty for any other name ("Ministry of Trade, Cambodia")."""
    head, comma, rest = name.partition(",")
    if not comma or not head.strip():
        return ""
    words = re.findall(r"[\w&'’-]+", rest)
    if len([w for w in words if w[:1].isupper()]) < 2 or not any(w in _joiners() for w in words):
        return ""
    if len(re.findall(r"\w+", head)) < 3:
        return ""  # "Trade, Industry and Energy": a list, not a body cut short
    return head.strip()


@cache
def _joiners() -> frozenset[str]:
    """Words that join the fields of one name ("and", "&"); "of", "for" open a field."""
    connectors = lexicon.words("en_orgs.txt", "name_connectors")
    return frozenset(w for w in connectors if w in ("and", "&"))


def _without_country(name: str, o: OrgFact) -> str:
    """ "Department of Industry of Australia" / "(Australia)": the name without the country
    the extractor placed it in."""
    for country in english_names().get(o.country or "", ()):
        for suffix in (f" of {country}", f" ({country})", f" of the {country}"):
            if name.endswith(suffix):
                return name[: -len(suffix)]
    return name


def _same_country(o: OrgFact, orgs: list[OrgFact], key: str) -> bool:
    """Both in one country, or neither placed ("Ministry of Economy" of another country is
    not Japan's "Ministry of Economy, Trade and Industry")."""
    full = next(x for x in orgs if x.key == key)
    return o.country == full.country


def _with_cut(full: OrgFact, cut: list[OrgFact], *, kept: set[str]) -> OrgFact:
    """The full body with the cut forms as written (not the forms placed in a country,
    which name the cut form as a body of its own; every name of a contraction, `kept`),
    and their spans."""
    heads = {fold(h) for n in [full.name, *full.aliases] if (h := head_before_list(n))}
    written = [
        n
        for c in cut
        for n in [c.name, *c.aliases]
        if (fold(n) in heads or c.key in kept) and n not in full.aliases and n != full.name
    ]
    return replace(
        full,
        aliases=[*full.aliases, *dict.fromkeys(written)],
        spans=[*full.spans, *(s for c in cut for s in c.spans)],
        confidence=max([full.confidence, *(c.confidence for c in cut)]),
    )
