"""An agreement whose text an official notice orders published (命令公布《…安排》的正式文本).

A gazette publishes the text of an agreement once the sides have concluded it: the notice
that orders its publication reports the agreement, though no signing verb stands in it. Only
a title that ends in a document noun and opens with its two joined parties (《甲和乙关于…的
安排》) counts, and only where the words after it say a text of it is published (…的中文文本),
so that a law or a regulation published the same way is none. The publication's date is not
the signing's, so the agreement is left undated.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh.agreement_model import AgreementHit, ends_in_document, kind_of
from importers.zh.agreement_parties import title_parties
from importers.zh.orgs.mention import Mention
from store.text import lexicon

#: the most characters between the title and the word for its text (的正式中文文本及相关葡文译本)
_TEXT_GAP = 10


@cache
def _published() -> re.Pattern[str]:
    """A publication verb, the 《title》, and the text of it after a short gap."""
    verbs = alternation(lexicon.words("zh_agreements.txt", "publication_verbs"))
    texts = alternation(lexicon.words("zh_agreements.txt", "published_texts"))
    return re.compile(rf"(?:{verbs})《([^》]{{2,80}})》的[^，,。；;]{{0,{_TEXT_GAP}}}?(?:{texts})")


def find(text: str, orgs: list[Mention], found: list[AgreementHit]) -> list[AgreementHit]:
    """The agreements the text orders published, less those already `found` by title."""
    known = {h.title for h in found}
    out: list[AgreementHit] = []
    for m in _published().finditer(text):
        title = m.group(1).strip()
        if title in known or not ends_in_document(title):
            continue
        parties = title_parties(text, orgs, m.span(1))
        if len(parties) < 2:
            continue
        hit = AgreementHit(title, kind_of(title), m.start(1), m.end(1), None, parties)
        hit.clause = (m.start(1), m.start(1))  # published, not signed: no signatories here
        hit.clauses = []
        known.add(title)
        out.append(hit)
    return out
