"""A later sentence about the agreement named before: who signed it, and on which day.

"A and B concluded a memorandum of understanding. Deputy Commissioner C signed it for A in
Tashkent on 12 December.": the second sentence names no agreement of its own, but gives the
first its signatory and its day. The day counts when it agrees with what the agreement is
dated by already (the month of a review's heading, the year of a report): a sentence that
dates something else ("signed it in 2019, and renewed it today") moves nothing.
"""

from __future__ import annotations

import re

from importers.en.agreements.dating import date_in
from importers.en.agreements.dedup import dates_compatible
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found, named_in_paragraph, named_last
from importers.en.agreements.signers import add_signatories, persons_in
from importers.en.words import GENERIC_AGREEMENT_NOUNS
from importers.guarded import guarded

#: "<subject> signed it", "... signed the memorandum", "... initialled the plan".
_SIGNED_IT = guarded(
    r"\b(?:signed|initialled|initialed|inked)\s+(?:it|(?:the|this|that)\s+(?:new\s+)?(?:"
    + "|".join(GENERIC_AGREEMENT_NOUNS)
    + r"|MoU|MOU|MoC)s?)\b",
    re.IGNORECASE,
)


def signed_it(ctx: Ctx, ss: int, se: int) -> bool:
    """Whether the sentence at ss..se signs the agreement named last again ("C signed it
    on 12 December"); if so, that agreement takes its signatories and its day."""
    m = _SIGNED_IT.search(ctx.text, ss, se)
    if m is None:
        return False
    noun = NOUN_RE.search(m.group())
    target = (noun and named_last(ctx.found, kind_of(noun))) or named_last(ctx.found)
    if target is None or not (
        named_in_paragraph(ctx.text, target, ss) or _only_of_kind(ctx, m, target)
    ):
        return False  # only an agreement its own paragraph named before
    signers = persons_in(ctx, ss, m.start())
    add_signatories(ctx, target, [p for p in signers if p not in target.signatories])
    date = date_in(ctx.text[ss:se], ctx.year or ctx.doc_year, ctx.doc_date)
    if (
        date
        and dates_compatible(target.date, date)
        and (target.date is None or len(date) > len(target.date))
    ):
        target.date = date
    return True


def _only_of_kind(ctx: Ctx, m: re.Match[str], target: Found) -> bool:
    """ "... signed the MoC with the JPO" a paragraph after the signing was told: a definite
    noun (not "it") names the one agreement of its kind the text has found, wherever."""
    return not m.group().casefold().endswith(" it") and all(
        f is target or f.kind != target.kind for f in ctx.found
    )


_GENERIC = "(?:" + "|".join(GENERIC_AGREEMENT_NOUNS) + r"|MoU|MOU)s?"

#: "<subject> renewed it", "... extended the memorandum", "The MoU was renewed": the
#: agreement named before, again.
_RENEWED_IT = guarded(
    r"\b(?:renewed|extended|prolonged)\s+(?:(?P<it>it)|(?:the|this|that)\s+" + _GENERIC + r")\b"
    r"|(?P<passive>\b(?:the|this|that)\s+" + _GENERIC + r"\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:\w+ly\s+)?(?:renewed|extended|prolonged)\b)",
    re.IGNORECASE,
)


_CLAUSE_START = re.compile(r"[,;]\s+")


def renewed_it(ctx: Ctx, ss: int, se: int, year: str | None = None) -> Found | None:
    """'... concluded an MoU in June 2019, and in October 2023 both agencies renewed it':
    a renewal the clause dates, later than the signing of the agreement its paragraph named
    last, is one more signing of that agreement, between the same parties; so is "The
    memorandum was renewed" in a later entry of a timeline (`year`: the year heading that
    entry), which names the last memorandum the text named, whatever its paragraph."""
    m = _RENEWED_IT.search(ctx.text, ss, se)
    if m is None:
        return None
    noun = NOUN_RE.search(m.group())
    target = (noun and named_last(ctx.found, kind_of(noun))) or named_last(ctx.found)
    if target is None or target.date is None:
        return None
    passive = m.group("passive") is not None
    if passive and year is None:
        return None  # "The agreement was renewed ..." in its own story: that agreement, once
    if not passive and not named_in_paragraph(ctx.text, target, m.start()):
        return None
    # the renewal's own clause: from the comma or semicolon before the verb
    cut = max((j.end() for j in _CLAUSE_START.finditer(ctx.text, ss, m.start())), default=ss)
    date = date_in(ctx.text[cut:se], year or ctx.year or ctx.doc_year, ctx.doc_date)
    if date is None or dates_compatible(target.date, date) or date < target.date:
        return None  # undated, or the date of the signing itself
    return Found(
        title=target.title,
        kind=target.kind,
        date=date,
        parties=list(target.parties),
        span=(m.start(), m.end()),
        topic=target.topic,
        counterparts=target.counterparts,
    )


#: "traded letters that extend the Agreement of June 2016": a participle
#: of renewal right before the agreement it renews.
_EXTENDING = re.compile(
    r"\b(?:extending|renewing|prolonging)\s+(?:their|the|its|our|this|that)\s+", re.IGNORECASE
)

#: What dates or bounds the agreement renewed, not the renewal: "of June 2016", "until 2030".
_OF_DATE = re.compile(r"\s+(?:of|dated|signed\s+in|until)\s+.*$")


def extended_here(ctx: Ctx, ss: int, se: int) -> Found | None:
    """'A and B traded letters that extend their Cooperation Agreement of June
    2016 until 2031': the letters are a signing of the agreement they extend, now, between
    the same parties; its own date ("of June 2016") is the first signing's, which the text
    only refers to: the extension takes its place. The renewal is dated by the rest of the
    sentence, or by a later one ("The letters were traded on 2 May"), else by the update it
    is told under, else like any signing the story leads with."""
    m = _EXTENDING.search(ctx.text, ss, se)
    if m is None:
        return None
    target = next((f for f in ctx.found if f.span[0] == m.end() and f.date), None)
    if target is None:
        return None
    title = _OF_DATE.sub("", target.title)
    date = date_in(ctx.text[ss : m.start()], ctx.year or ctx.doc_year, ctx.doc_date)
    if date is not None and dates_compatible(target.date, date):
        return None
    date = date or ctx.update_day
    # named only here, the agreement extended is referred to ("of March 2019"), not signed
    ctx.found.remove(target)
    renewal = Found(
        title=title,
        kind=target.kind,
        date=date,
        parties=list(target.parties),
        span=target.span,
        topic=target.topic,
        counterparts=target.counterparts,
    )
    renewal.seen = target.seen + 1  # what a later "The letters were exchanged" names
    return renewal
