"""Governments named in passing: named once, or only in a speaker's statement that gives
a government a stance.

某某表示，某国政府一贯十分重视…，愿意…; 某局长致辞时表示，特区政府致力…: the
government is only the subject of what an official says of it, no body of the text (no
signatory, host or employer). Such a government goes out only where another mention names it
otherwise, or a role or an agreement needs it (某政府与某局签署 keeps it).
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
    """Drop each government named by its state (`_named_state`) only in passing (`_passing`),
    unless a role or an agreement of the document refers to it."""
    used = {r.org for r in facts.roles} | {p for a in facts.agreements for p in a.parties}
    spoken: dict[str, list[bool]] = {}
    for m in mentions:
        if (key := org_keys.get(id(m))) is not None:
            spoken.setdefault(key, []).append(in_passing(text, m))
    facts.orgs = [o for o in facts.orgs if o.key in used or not _passing(o, spoken.get(o.key, []))]


def _passing(o: OrgFact, spoken: list[bool]) -> bool:
    """Whether a government is named only in passing: by its state, every mention a stance in
    a statement; or a country's government named once (与日本政府会谈后, 得到新加坡政府支持):
    with no role or agreement of the text needing it, it stands for its country, which is no
    organisation of a text (importers/en/orgs/countries.py `state_named_once`, the same rule). A
    province's or a city's people's government (广西壮族自治区人民政府) is a body of its own."""
    if spoken and all(spoken):
        return _named_state(o)
    return len(spoken) == 1 and o.kind == "government" and _country_government(o)


def _country_government(o: OrgFact) -> bool:
    """Whether a name of `o` is a country's (or an economy's) name and 政府."""
    for name in (o.name, *o.aliases):
        simple = to_simplified(name)
        if simple.endswith("政府") and simple[: -len("政府")] in zh_lex.countries():
            return True
    return False


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
