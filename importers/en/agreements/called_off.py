"""A signing announced, then called off: "The signing of the MoU with X has been postponed."

A media advisory or a programme names the instruments to be signed; a later paragraph (an
update, a protocol note) may say one of them was postponed, cancelled or withdrawn. That
sentence names an agreement found before and says it was not signed: the agreement is
dropped. The sentence itself signs nothing (`signings` reads it with `CALLED_OFF`).
"""

from __future__ import annotations

import re

from importers.en.agreements.counterparts import orgs_in
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found
from importers.en.agreements.titles import topic
from importers.en.word_patterns import phrase_alternation
from importers.guarded import guarded
from store.text import lexicon
from store.text.sentences import sentence_spans

#: Where the title the sentence names ends: its counterpart, its verb, a note in brackets.
_PHRASE_END = re.compile(r"\s(?:with|between|has|have|had|was|were|is|are)\b|[\[(\n]")


#: "has been postponed", "withdrawn; not signed": a signing that did not take place.
CALLED_OFF = guarded(
    rf"\b(?:{phrase_alternation(lexicon.words('en_agreements.txt', 'called_off_phrases'))})\b",
    re.IGNORECASE,
)


def drop_called_off(ctx: Ctx, found: list[Found], paras: list[tuple[int, int]]) -> list[Found]:
    """`found` less the agreements a later sentence says were not signed after all: the last
    one before that sentence of the kind it names, with the counterpart it names if any
    (`paras`: the text's paragraphs, read sentence by sentence)."""
    dropped: list[Found] = []
    spans = [
        span for ps, pe in paras for span in sentence_spans(ctx.text, lang="en", start=ps, end=pe)
    ]
    for ss, se in spans:
        off = CALLED_OFF.search(ctx.text, ss, se)
        nouns = list(NOUN_RE.finditer(ctx.text, ss, off.start())) if off else []
        if off is None or not nouns:
            continue
        noun = nouns[-1]  # the one the phrase is about, nearest before it
        named = orgs_in(ctx, noun.end(), off.start())
        said = topic(_PHRASE_END.split(ctx.text[noun.start() : off.start()], maxsplit=1)[0])
        before = [
            f
            for f in found
            if f.kind == kind_of(noun)
            and f.span[0] < ss
            and f not in dropped
            and all(o in f.parties for o in named)
            and not (said and f.topic and not said & f.topic)  # another topic: another one
        ]
        if before:
            dropped.append(max(before, key=lambda f: f.span[0]))
    return [f for f in found if f not in dropped]
