"""An exchange of letters that is itself an agreement: what it extends and adopts.

A letter proposes ("I propose that the Memorandum be extended ... and that the Joint Work
Plan annexed to this letter be adopted"), the reply accepts, and the two "constitute an
agreement" from the day of the reply. Each instrument the letters extend, renew or adopt is
then an agreement of the two bodies that sign the letters, dated by the reply: an extended
one is named by the title the letters gave it first ("the Memorandum of Understanding on X
signed ... in 2021") and signed by the two signatories; an adopted annex has none of its
own. An instrument the letters only recall ("the Arrangement our Offices signed in 2014")
keeps its own date, and "our Offices" there are the two bodies.
"""

from __future__ import annotations

import re

from importers.en.agreements.dating import date_in
from importers.en.agreements.dedup import merge_into
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found, unique
from importers.en.agreements.titles import title_span, topic
from importers.en.orgs.model import OrgEntry
from importers.en.roles.letters import SALUTATION, signatures
from importers.en.roles.model import PersonEntry, RoleEntry
from importers.en.words import ORG_HEADS
from importers.guarded import guarded
from store.text import lexicon
from store.text.sentences import sentence_bounds

_WORDS = "en_agreements.txt"
_NOUNS = "|".join(lexicon.words(_WORDS, "exchange_nouns"))
_VERBS = "|".join(lexicon.words(_WORDS, "exchange_verbs"))
#: "the two letters together form an arrangement of our two offices".
_CONSTITUTE = guarded(
    rf"\b(?:{_NOUNS})\b[^.]{{0,80}}?\b(?:{_VERBS})\s+(?:an?\s+)?agreement\b", re.IGNORECASE
)
#: "that the Memorandum be extended", "The Joint Work Plan is adopted": what the letters do.
_ACTS = "|".join(lexicon.words(_WORDS, "exchange_acts"))
_ACTED = re.compile(rf"\b(?:be|is|are|shall\s+be|is\s+hereby|are\s+hereby)\s+(?P<verb>{_ACTS})\b")
#: The farthest an instrument's noun stands before the verb that acts on it.
_REACH = 60
#: A title as written: capitalised words, years and the connectors between them.
_PROPER = re.compile(
    r"[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|on|in|the|and|for|to)[ \t]+)*[A-Z0-9][\w’'–-]*)*"
)
#: "our Offices", "our two Institutes": the bodies that write to each other.
_OUR = re.compile(r"\bour\s+(?:two\s+)?([A-Z][a-z]+s)\b")


def exchange_agreements(ctx: Ctx, found: list[Found]) -> list[Found]:
    """`found` with the instruments an exchange of letters extends or adopts, when the text
    is one: two letters closed by signatures of two bodies, which say they "constitute an
    agreement"."""
    text = ctx.text
    if _CONSTITUTE.search(text) is None:
        return found
    closing = signatures(text, ctx.people)
    bodies = unique([r.org for r in closing if r.org is not None])
    if len(bodies) != 2:
        return found
    signers = list(dict.fromkeys(r.person for r in closing))
    opened = SALUTATION.search(text)
    start = opened.start() if opened else 0
    day = _reply_day(ctx, closing)
    acted = _acted(ctx, start, bodies, signers, day)
    out = [f for f in found if not any(_overlaps(f.span, a.span) for a in acted)]
    for f in out:
        if f.span[0] >= start and set(f.parties) < set(bodies) and _ours(text, f.span[0]):
            f.parties = list(bodies)  # "the Arrangement our Offices signed in 2014"
    for a in acted:
        merge_into(out, a)
    return out


def _acted(
    ctx: Ctx, start: int, bodies: list[OrgEntry], signers: list[PersonEntry], day: str | None
) -> list[Found]:
    """The instruments the letters extend, renew or adopt, one per title."""
    out: list[Found] = []
    for m in _ACTED.finditer(ctx.text, start):
        noun = _subject(ctx.text, m.start())
        if noun is None:
            continue
        s, e = _title(ctx, noun, start)
        title = ctx.text[s:e]
        adopted = m.group("verb") == "adopted"
        f = Found(
            title=title,
            kind=kind_of(noun),
            date=day,
            parties=list(bodies),
            signatories=[] if adopted else list(signers),
            span=(noun.start(), noun.end()),
            topic=topic(title),
            counterparts=1,
        )
        same = next((g for g in out if g.kind == f.kind and g.title == f.title), None)
        if same is None:
            out.append(f)
    return out


def _subject(text: str, verb: int) -> re.Match[str] | None:
    """The agreement noun right before the verb, in its clause: "the Joint Work Plan
    2026–2027 annexed to this letter" before "be adopted"."""
    clause = max(sentence_bounds(text, verb, verb)[0], text.rfind(";", 0, verb) + 1)
    clause = max(clause, verb - _REACH * 2)
    nouns = [n for n in NOUN_RE.finditer(text, clause, verb) if verb - n.end() <= _REACH]
    return nouns[-1] if nouns else None


def _title(ctx: Ctx, noun: re.Match[str], start: int) -> tuple[int, int]:
    """The instrument's title as written ("Joint Work Plan 2026–2027"); for a short form
    ("the Memorandum"), the first fuller title of its kind the letters wrote before."""
    s, e = _proper(ctx, noun)
    kind = kind_of(noun)
    short = ctx.text[s:e]
    for m in NOUN_RE.finditer(ctx.text, start, s):
        if kind_of(m) != kind:
            continue
        a, b = _proper(ctx, m)
        full = ctx.text[a:b]
        if len(full) > len(short) and full.casefold().startswith(short.casefold()):
            return a, b
        if len(full) > len(short) and short.casefold() == m.group().casefold():
            return a, b
    return s, e


def _proper(ctx: Ctx, noun: re.Match[str]) -> tuple[int, int]:
    """The capitalised title around a noun: its modifiers, then its words while they are
    capitalised, years or connectors."""
    text = ctx.text
    line = text.rfind("\n", 0, noun.start()) + 1
    ss = max(sentence_bounds(text, noun.start(), noun.end())[0], line)
    s = title_span(text, ss, noun.end(), noun, ctx.orgs)[0]
    m = _PROPER.match(text, s)
    return (s, max(m.end(), noun.end())) if m else (s, noun.end())


def _reply_day(ctx: Ctx, closing: list[RoleEntry]) -> str | None:
    """The day of the last letter: the date on a line of its heading, between the letter
    before it and its salutation."""
    text = ctx.text
    after = closing[-2].span[1] if len(closing) > 1 else 0
    opened = [m.start() for m in SALUTATION.finditer(text, after, closing[-1].span[0])]
    if not opened:
        return None
    head = text[after : opened[0]]
    days = [d for line in head.splitlines() if (d := date_in(line, ctx.doc_year)) and len(d) == 10]
    return days[-1] if days else None


def _ours(text: str, pos: int) -> bool:
    """The sentence at `pos` speaks of "our Offices": the two bodies of the exchange."""
    ss, se = sentence_bounds(text, pos, pos)
    m = _OUR.search(text, max(ss, text.rfind("\n", 0, pos) + 1), se)
    return m is not None and m.group(1).casefold()[:-1] in ORG_HEADS


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]
