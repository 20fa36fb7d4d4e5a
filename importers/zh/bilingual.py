"""One person named in both scripts of a bilingual document.

A joint statement in English and Chinese names its signatories twice (Martin Gerber, 马丁·格伯)
and each extractor finds one of them. When the Chinese name is a transliteration that sounds
like the Latin one (`sounds.sounds_like`), or a Chinese name that the Latin one romanises as
Hong Kong or Macao writes names (李伟明, Lei Wai Meng: `sounds.romanised_like`), and both hold
a role at one organisation (the same reference entry), they are one person of the document,
under both names.
"""

from __future__ import annotations

from collections import defaultdict

from importers.facts import DocumentFacts
from importers.zh.sounds import romanised_like, sounds_like
from store.text import has_han


def join_people(facts: DocumentFacts) -> None:
    """Fold each Latin-named person into the Chinese-named one they are, in place."""
    org_ref = {o.key: o.ref for o in facts.orgs if o.ref}
    at: dict[str, set[str]] = defaultdict(set)
    for r in facts.roles:
        if r.org in org_ref:
            at[r.person].add(org_ref[r.org])
    han = [p for p in facts.people if has_han(p.name)]
    moved: dict[str, str] = {}
    for q in facts.people:
        if has_han(q.name):
            continue
        p = next((p for p in han if at[p.key] & at[q.key] and _alike(p.name, q.name)), None)
        if p is not None:
            p.aliases += [n for n in [q.name, *q.aliases] if n not in p.aliases]
            p.spans += q.spans
            moved[q.key] = p.key
    if not moved:
        return
    facts.people = [p for p in facts.people if p.key not in moved]
    for r in facts.roles:
        r.person = moved.get(r.person, r.person)
    for a in facts.agreements:
        a.signatories = list(dict.fromkeys(moved.get(k, k) for k in a.signatories))
        a.witnesses = list(dict.fromkeys(moved.get(k, k) for k in a.witnesses))


def _alike(han: str, latin: str) -> bool:
    """A transliteration of the Latin name, or the Chinese name it romanises."""
    return sounds_like(han, latin) or romanised_like(han, latin)
