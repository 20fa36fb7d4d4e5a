"""Governments named in passing: a speaker's statement that gives a government a stance.

某某表示，某国政府一贯十分重视…，愿意…; 某局长致辞时表示，特区政府致力…: the
government is only the subject of what an official says of it, no body of the text (no
signatory, host or employer). Such a government goes out only where another mention names it
otherwise, or a role or an agreement needs it (由某政府支持 or 某政府与某局签署 keep it).
"""

from __future__ import annotations

import re
from functools import cache

from importers.facts import DocumentFacts, OrgFact
from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from store.text import lexicon, to_simplified

#: what closes a sentence, or a line, before a mention
_SENTENCE_ENDS = "。！？!?；;\n"


@cache
def _stance() -> re.Pattern[str]:
    """A stance after a government: adverbs, then a verb that a clause goes on from."""
    adverbs = alternation(zh_lex.words("stance_adverbs"))
    verbs = alternation(zh_lex.words("stance_verbs"))
    return re.compile(rf"\s*(?:(?:{adverbs})\s*)*(?:{verbs})(?![\s，,。、；;：:！？!?）)]|$)")


@cache
def _speech() -> re.Pattern[str]:
    """A verb of saying (表示, 指出, 强调…) earlier in the sentence."""
    return re.compile(alternation(lexicon.words("zh_agreements.txt", "speech_verbs")))


def in_passing(text: str, m: Mention) -> bool:
    """Whether mention `m` is a government given a stance in someone's statement."""
    if not _stance().match(text, m.end):
        return False
    opening = max(text.rfind(c, 0, m.start) for c in _SENTENCE_ENDS) + 1
    return bool(_speech().search(text, opening, m.start))


def drop_passing_governments(
    text: str, mentions: list[Mention], org_keys: dict[int, str], facts: DocumentFacts
) -> None:
    """Drop each government named by its state (`_named_state`) every mention of which is
    in passing (`in_passing`), unless a role or an agreement of the document refers to it."""
    used = {r.org for r in facts.roles} | {p for a in facts.agreements for p in a.parties}
    spoken: dict[str, list[bool]] = {}
    for m in mentions:
        if (key := org_keys.get(id(m))) is not None:
            spoken.setdefault(key, []).append(in_passing(text, m))
    facts.orgs = [
        o
        for o in facts.orgs
        if not (_named_state(o) and all(spoken.get(o.key, [False]))) or o.key in used
    ]


def _named_state(o: OrgFact) -> bool:
    """A government the text names by its state or place (中国政府, 日本政府): not a ministry
    or bureau, and not a bare short form (特区政府) the text leaves to its reader to place,
    which the gold of one development set keeps as the speaker's own government."""
    name = to_simplified(o.name)
    return (
        o.kind == "government"
        and o.country is not None
        and name.endswith("政府")
        and name not in zh_lex.wordset("bare_government_names")
    )
