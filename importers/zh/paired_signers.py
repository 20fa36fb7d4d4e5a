"""A signer written with a bare title beside a counterpart written with a body.

甲局与乙局签署备忘录，（时任）局长某甲与乙局副局长某乙代表双方签约: the sentence names the two
signing bodies, then their signers joined by a conjunction; the one signer whose body is
written holds the post there, and the other's bare title (局长) is held at the other body
the sentence names with that title's head noun (局 of 局长). A title with no such body, or
with two, stays without one.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.roles import PersonHit
from store.text import to_simplified

_SENTENCE_ENDS = "。！？；\n"
#: The most characters between two joined signers: a conjunction, a body's name and a title.
_GAP = 30


def paired_signer_roles(text: str, hits: list[PersonHit], orgs: list[Mention]) -> None:
    """Give each bare-titled signer joined to a titled counterpart the other body named."""
    joiners = zh_lex.chars("conjunctions")
    for h in hits:
        if h.org is not None or not h.title or h.bodiless or h.alias_of is not None:
            continue
        if not h.title.endswith("长") or len(h.title) < 2 or text[h.end : h.end + 1] not in joiners:
            continue  # a bare head's title, a conjunction right after the name
        partner = next(
            (
                o
                for o in hits
                if o.org is not None
                and 0 < o.start - h.end <= _GAP
                and not any(c in text[h.end : o.start] for c in _SENTENCE_ENDS)
            ),
            None,
        )
        if partner is None or partner.org is None:
            continue
        start = max(text.rfind(c, 0, h.start) for c in _SENTENCE_ENDS) + 1
        head = to_simplified(h.title[-2])
        named = {
            to_simplified(m.name): m
            for m in orgs
            if start <= m.start and m.end <= h.start and to_simplified(m.name).endswith(head)
        }
        named.pop(to_simplified(partner.org.name), None)
        if len(named) == 1:
            h.org = next(iter(named.values()))
