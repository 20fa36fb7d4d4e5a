"""Where a text says an agreement was signed: an agreement noun governed by a signing verb.

Per sentence: an agreement noun ("memorandum of understanding", "work plan", "Letter of
Intent", ...) next to a verb that brings it into being ("signed", "adopted", "the signature
of"). Counts ("52 new agreements"), negotiations and agreements mentioned again are not new
agreements.
"""

from __future__ import annotations

import re
from dataclasses import replace

from importers.en.agreements.called_off import CALLED_OFF
from importers.en.agreements.cited import cited_as_source
from importers.en.agreements.counted_days import counted_day
from importers.en.agreements.dating import (
    Opening,
    date_in,
    day_of_event,
    same_day,
    signing_date,
    year_for,
)
from importers.en.agreements.dedup import (
    date_anaphor,
    dates_compatible,
    headline_end,
    named_before,
    new_counterpart,
    refers_back,
)
from importers.en.agreements.governs import governs
from importers.en.agreements.kinds import NOUN_RE, bare_highway, kind_of, singular
from importers.en.agreements.launched import launch_verb
from importers.en.agreements.lists import ListItem, new_in_item, with_signers
from importers.en.agreements.mandates import POWER_TO_SIGN
from importers.en.agreements.model import Ctx, Found, Mention, named_in_paragraph, named_last
from importers.en.agreements.one_each import among_subjects, counted_topics, one_each
from importers.en.agreements.own_clause import FIRST_TO_BE_SIGNED, main_clause
from importers.en.agreements.parties import build
from importers.en.agreements.recalled import recalled_before
from importers.en.agreements.replaced import replaced_instruments
from importers.en.agreements.reported_on import reported_on
from importers.en.agreements.said_again import names_another
from importers.en.agreements.signers import add_signatories, signed_by, signed_for
from importers.en.agreements.state_signers import states_agreement
from importers.en.agreements.summits import issued_by_leaders
from importers.en.agreements.titles import split_topics, title_span
from importers.en.words import (
    DETERMINERS,
    EARLIER_RE,
    GENERIC_AGREEMENT_NOUNS,
    ISSUE_VERBS,
    NOT_SIGNED_RE,
    NUMBER_WORDS,
    SIGN_VERBS,
)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The paragraphs of a text, separated by blank lines: an "In May," opening one dates
    the agreements of its sentences."""
    out = []
    pos = 0
    for m in re.finditer(r"\n\s*\n", text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(s, e) for s, e in out if text[s:e].strip()]


_COUNT = re.compile(
    r"(?:(?<![\w.,:/-])(?!(?:19|20)\d\d\b)\d[\d,]*\+?|\b(?:"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")|\b(?:a\s+(?:number|series|total|range|set|couple|pair|batch|handful)|dozens|hundreds|"
    r"scores|tens|thousands)\s+of)"
    r"((?:\s+[a-z][a-z-]*){0,4})\s+$",
    re.IGNORECASE,
)

_NOT_IN_COUNT = re.compile(
    r"\b(?:a|an|the|was|were|is|are|has|have|had|been|by|with|in|on|at|to|its|their|our|his|"
    r"her|(?:years?|months?|weeks?|days?))\b"
)

#: "signed three memoranda: with A on X; with B on Y; and with C on Z": a count that the
#: sentence goes on to list, one agreement per "with".
_LISTED = re.compile(r"\s*:\s*with\s")


_SPAN_UNIT = re.compile(r"(?i:years?|months?)\b")


def _aggregate(text: str, ss: int, start: int) -> bool:
    """'52 new cooperation agreements', 'a total of fifteen documents', 'more than a dozen
    MoUs', 'dozens of agreements': a count right before the agreement noun phrase (a few
    adjectives between), not one agreement. A number elsewhere in the sentence ("on 7
    December", "since 2008") is no count."""
    m = _COUNT.search(text, max(ss, start - 80), start)
    if m is None or _SPAN_UNIT.match(text, start):
        return False  # "the 10 Year Vision", "a Five-Year Plan": how long, not how many
    between = m.group(1) or ""
    if re.fullmatch(r"\s+rounds?\s+of", between):
        return False  # "three rounds of agreements with WIPO": one series, one entry
    return not (_NOT_IN_COUNT.search(between) or SIGN_VERBS.search(between))


_COUNTED_WITH = re.compile(
    r"(?:\s+(?:and|or)\s+[a-z]+)?\s+with\s+(?:(?:more\s+than|over|some|about|around|nearly|almost|at\s+least|all)\s+)?"
    r"(?:\d+|"
    + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
    + r")\b(?:\s+of\b)?(?![^.;]*:)",
    re.IGNORECASE,
)


def _counted_counterparts(text: str, e: int, se: int) -> bool:
    """'cooperation documents with nine of the ten ASEAN offices', 'MoUs with 40 universities',
    'agreements and plans with more than 70 offices', 'MoUs with agencies from A and B':
    counterparts counted or described, not named, make no one agreement (unless a colon
    lists them); nor do 'agreements with the following countries' where no colon lists them
    here (the list that follows, if any, gives its own items)."""
    return (
        _COUNTED_WITH.match(text, e, se) is not None
        or _FOLLOWING_WITH.match(text, e, se) is not None
        or _AGENCIES_FROM.match(text, e, se) is not None
    )


#: "agreements with partner agencies from the UN, Canada and the EU": bodies told only by
#: whom they belong to, which sign nothing themselves; the signings a text tells next (with
#: each agency by name) are the agreements.
_AGENCIES_FROM = re.compile(
    r"\s+with\s+(?:(?:their|its|the)\s+)?(?:(?:partner|counterpart|sister|foreign)\s+)?"
    r"(?:agencies|offices|authorities|institutions|bodies|organi[sz]ations)\s+from\s",
    re.IGNORECASE,
)


#: "new agreements with the following offices in particular." (no colon after it)
_FOLLOWING_WITH = re.compile(r"\s+with\s+the\s+following\b(?![^.;]*:)", re.IGNORECASE)


def in_sentence(
    ctx: Ctx,
    ss: int,
    se: int,
    para: Opening,
    found: list[Found],
    *,
    item: ListItem | None = None,
) -> list[Found]:
    """The agreements the sentence at ss..se says were signed (`found`: those before it;
    `item`: the item of a list of instruments it is in, whose lead-in signs it)."""
    text = ctx.text
    sent = text[ss:se]
    matches = list(NOUN_RE.finditer(text, ss, se))
    if not matches:
        return []
    # not signed, called off, or only a power to sign ("authorized the Director to sign")
    unsigned = NOT_SIGNED_RE.search(sent) or CALLED_OFF.search(sent) or POWER_TO_SIGN.search(sent)
    if unsigned and not _signed_despite(sent):
        return []
    if se <= headline_end(text) and _headline_future(sent):
        return []  # "IPOS and DIP to ink MoU": a headline's infinitive is what is to come
    default_year = ctx.year or ctx.doc_year
    date = _sentence_date(ctx, sent, para)
    out: list[Found] = []
    items = _phrases(ctx, ss, se, matches)
    spans = [(s, e) for _, s, e, _ in items]
    outside = [
        v
        for v in SIGN_VERBS.finditer(text, ss, se)
        if not any(s <= v.start() < e for s, e in spans)
    ]
    issued = [
        v
        for v in ISSUE_VERBS.finditer(text, ss, se)
        if not any(s <= v.start() < e for s, e in spans)
    ]
    covered = ss
    for idx, (m, s, e, bare) in enumerate(items):
        pph = re.search(r"(?:Patent Prosecution Highway\s*)?\(?PPH\)?\s*$", text[ss:s])
        if pph and pph.group().strip():
            s = ss + pph.start()
        title = re.sub(r"\s+", " ", text[s:e]).strip(" *")
        title = re.sub(r"\s+with\s+[^,.;]{1,80}?\s+(?=on\s)", " ", title)
        kind = kind_of(m)
        following = items[idx + 1][1] if idx + 1 < len(items) else se
        verbs = outside + issued if kind in _STATEMENTS else outside
        own = [v for v in verbs if governs(text, v, (s, e), following, items, kind=kind)]
        if old := replaced_instruments(ctx, (ss, se, s, e), title, kind, found + out):
            out.extend(old)  # "it replaces the memorandum signed in 2015"
            continue
        if bare_highway(m):  # "extended the PPH", "the PPH with X was renewed"
            own = [
                v
                for v in own
                if _PASSIVE.fullmatch(text, e, v.start())
                or _CLOSE.fullmatch(text, v.end(), s)
                or _NOTE_PASSIVE.fullmatch(text, e, v.start())
                and _BY.match(text, v.end())
            ]
        if (
            not own
            and kind == "pph"
            and not bare_highway(m)
            and (v := launch_verb(text, ss, (s, e)))
        ):
            own = [v]  # "announced a new pilot project for the PPH with X": the pilot begun
        # "requests under the PPH": the highway used, not an instrument of the list
        listed = None if bare_highway(m) and _UNDER.search(text, ss, s) else item
        if (
            not own
            and listed is None
            and not (
                kind in ("declaration", "joint_statement")
                and title[:1].isupper()
                and len(title.split()) > 2
                and s >= headline_end(text)  # a text headed "Joint Communiqué": the text itself
            )
        ):
            continue
        if s < covered:
            continue  # "two MoUs, on X and on a PPH pilot": the PPH is one of the two
        topics, topics_end = counted_topics(text, ss, s, e, se)
        counted = [f"{singular(m.group())} on {t}" for t in topics]
        covered = topics_end if counted else covered
        if _aggregate(text, ss, s) and not (
            _LISTED.match(text, e, se)
            or one_each(ctx, ss, s, e, se)
            or among_subjects(ctx, ss, s, e, se)
            or counted  # "two memoranda, establishing X and Y": one on each
        ):
            break
        if idx and names_another(text, items[idx - 1][2], s, kind, title):
            continue  # "amending their 2019 agreement", "this MoU is the first agreement ..."
        if _habitual(text, m, (s, e), own):
            continue  # "the Office signs MoUs with partners every year": no one signing
        if _counted_counterparts(text, e, se) or issued_by_leaders(ctx, kind, (ss, se), own):
            continue
        if kind == "agreement" and re.search(r"\bPPH\b|Prosecution Highway", title):
            kind = "pph"
        # "the previous MoU", "the first MoU ... signed in 1995": an instrument of its own
        recalled = recalled_before(text, s, e, se, ctx.doc_year)
        mn = Mention(
            earlier=EARLIER_RE.search(sent) is not None or recalled,
            recalled=recalled,
            sentence=(ss, se),
            span=(s, e),
            following=following,
            noun=m,
            title=title,
            kind=kind,
            date=_participle_date(ctx, e, following, default_year) or date,
        )
        fresh = listed is not None and new_in_item(ctx, listed, kind, found + out)
        if (
            bare
            and not fresh
            and not recalled
            and not new_counterpart(ctx, e, se, kind, found + out)
        ):
            said = (
                None
                if mn.earlier
                else signing_date(main_clause(sent), default_year, ctx.doc_date, ctx.today)
            )
            # "first signed in 2019": not this one's
            guessed = counted_day(ctx, found + out, kind)  # "signed on Friday"
            if date_anaphor(found + out, kind, said, s, (ctx.today, ctx.doc_date, *guessed)):
                _signed_later(ctx, mn, found + out)
                continue
            if any(f.kind == kind or kind == "agreement" for f in found + out):
                continue  # "the agreement with WIPO": the one the text has named before
        if reported_on(text, s):
            continue  # "approved the Report on implementing the Plan for 2019": the report's
        if states_agreement(ctx, mn):
            continue  # "an earlier MoU signed by Chile and Ghana": no body's agreement
        if not bare and not recalled and refers_back(text, mn, found + out):
            _signed_later(ctx, mn, found + out)
            continue
        again = None if fresh or recalled else named_before(text, ss, s, title, found + out)
        if again is not None:  # "The X Agreement was signed by A (Title of B), ...": its signers
            _signed_later(ctx, mn, found + out, again)
            continue
        for t in counted or split_topics(title, m.group()):
            pph_t = re.search(r"\bPPH\b|Prosecution Highway", t)
            k = (
                "pph"
                if kind in ("agreement", "pph") and pph_t
                else ("agreement" if kind == "pph" else kind)
            )
            built = build(ctx, replace(mn, title=t, kind=k))
            if (
                not own and listed is None or kind in _STATEMENTS and cited_as_source(text, s)
            ) and re.match(r"(?i)joint\b", t):
                # a joint statement named without a verb (a subheading) or cited for a quote
                # ("said a joint statement") is the text's own only where it names two sides
                built = [f for f in built if len(f.parties) > 1]
            if listed is not None:  # the lead-in's office signs every item
                for f in built:
                    with_signers(ctx, listed, f)
            out.extend(built)
    return out


def _habitual(text: str, m: re.Match[str], span: tuple[int, int], own: list[re.Match[str]]) -> bool:
    """'IPOS signs MoUs with partner offices every year', 'partners sign agreements at the
    fair': a bare plural (no determiner, no modifier, no topic) governed only by a present
    tense tells what is usually done, not one signing. A verb in the past, and a purpose
    ("travelled to Seoul to sign MoUs"), still sign."""
    s, e = span
    if (s, e) != m.span() or singular(m.group()) == m.group() or not own:
        return False
    before = re.search(r"([\w-]+)\s+$", text[max(0, s - 20) : s])
    if before and (before.group(1).casefold() in DETERMINERS or before.group(1).isdigit()):
        return False  # "their MoUs", "the agreements": particular ones
    return all(
        not re.search(r"(?:ed|ing|ure|uck)$", v.group(), re.I)
        and not re.search(r"\bto\s+$", text[max(0, v.start() - 4) : v.start()], re.I)
        for v in own
    )


def _headline_future(sent: str) -> bool:
    """Whether a headline tells its signing in the infinitive ("A and B to sign MoU",
    "Offices to renew PPH"): headlines give a future so, the past in the present tense."""
    return any(re.search(r"\bto\s+$", sent[: v.start()]) for v in SIGN_VERBS.finditer(sent))


#: "is expected to be signed", "will be adopted": a signing verb that says what is to come.
_TO_BE = re.compile(r"\b(?:be|being)\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def _signed_despite(sent: str) -> bool:
    """Whether a sentence that talks of negotiations still reports a signing: "after two
    years of negotiations, the offices signed the MoU" does; "a memorandum is expected to be
    signed in the autumn" does not."""
    if FIRST_TO_BE_SIGNED.search(sent):
        return True  # "the first document to be signed by A was the MoU with B": a sequence
    return _STATEMENT_MADE.search(sent) is not None or any(
        v.group().casefold() in ("signed", "adopted")
        and not _TO_BE.search(sent, 0, v.start())
        and not _NONE_SIGNED.search(sent, 0, v.start())
        and not _NOT.search(sent, 0, v.start())
        for v in SIGN_VERBS.finditer(sent)
    )


#: "..., explored new fields and issued the following joint statement": a statement made in
#: the same sentence as talks, which it closes.
_STATEMENT_MADE = re.compile(
    r"\b(?:issued|released|made)\s+(?:a|the|their|this)\s+(?:following\s+)?joint\s+"
    r"(?:statement|declaration|communiqu)",
    re.IGNORECASE,
)


#: "not signed", "never adopted": a signing verb negated.
_NOT = re.compile(r"\b(?:not|never)\s+(?:yet\s+|been\s+)?$", re.IGNORECASE)


#: "no PPH arrangement has been signed", "no agreement was ever adopted": a signing denied.
_NONE_SIGNED = re.compile(
    r"\b[Nn]o\s+(?:[\w()’'-]+\s+){1,5}(?:has|have|had|was|were|is|are)\s+(?:yet\s+|ever\s+)?"
    r"(?:been\s+)?$"
)


_NAMED_AGAIN = re.compile(
    r"\s*(?:(?P<it>It)|(?:The|This|That)\s+(?:new\s+|same\s+)?(?:"
    + "|".join(GENERIC_AGREEMENT_NOUNS)
    + r")s?)(?P<aside>,\s+(?:also\s+)?(?:signed|exchanged)\s+(?:in|on|at)\s[^,;.]{3,40},)?"
    + r"\s+(?:was|were|has\s+been|had\s+been)\s+(?P<fact>in\s+fact\s+|actually\s+)?"
    + r"(?:\w+ly\s+)?"
    + r"(?=(?:signed|exchanged)\s+(?:by|in|on|at|for)\s)",
    re.IGNORECASE,
)


def signed_again(ctx: Ctx, ss: int, se: int) -> bool:
    """'The plan was signed by A and B': a sentence that names the last agreement again by a
    generic noun gives its signatories (and their bodies as parties); so does "It was
    signed by" right after the sentence of its own paragraph that named it."""
    m = _NAMED_AGAIN.match(ctx.text, ss, se)
    target = named_last(ctx.found)
    if m is None or target is None:
        return False
    if m.group("it") and not named_in_paragraph(ctx.text, target, ss):
        return False
    behalf = _BEHALF.search(ctx.text, m.end(), se) is not None  # "signed on behalf of X by"
    signers = signed_by(ctx, m.end(), se, target.parties)
    add_signatories(ctx, target, signers, for_others=behalf)
    target.parties += [o for o in signed_for(ctx, m.end(), se) if o not in target.parties]
    # "The plan was signed in Lisbon on 4 June 2024 by ...": the day it was signed; "It was
    # in fact signed on 3 May": a correction of the day said before
    # "The protocol, itself signed on 2 March, was signed by ...": the day the aside gives
    said = m.start("aside") if m.group("aside") else m.end()
    day = signing_date(ctx.text[said:se], ctx.year or ctx.doc_year, ctx.doc_date, ctx.today)
    later = day and dates_compatible(target.date, day) and len(day) > len(target.date or "")
    # "X recently signed an MoU with Y" under a dateline, then "The MoU was signed on 7
    # November": the day stated outright, not the report's day the signing only inherited
    stated = day and len(day) == 10 and target.date in (ctx.today, ctx.doc_date)
    if day and (m.group("fact") or later or stated):
        target.date = day
    return True


_BEHALF = re.compile(r"\bon\s+behalf\s+of\b", re.IGNORECASE)


def _signed_later(ctx: Ctx, mn: Mention, found: list[Found], target: Found | None = None) -> None:
    """'The workplan was signed by Mr A, Chief Executive of X, and Mr B, ...': a later
    sentence about the agreement named before (`target`, else the last of its kind) says
    who signed it, for which bodies."""
    target = target or named_last(found, mn.kind)
    if target is not None:
        e, se = mn.span[1], mn.sentence[1]
        behalf = _BEHALF.search(ctx.text, e, se) is not None  # "signed on behalf of X by"
        add_signatories(ctx, target, signed_by(ctx, e, se, target.parties), for_others=behalf)


#: A participle right after a title that dates its signing: "the Partnership signed by
#: their offices in 2019", "the MoU, concluded on 3 May".
_DATED_PARTICIPLE = re.compile(
    r"\s*,?\s*(?:signed|concluded|inked)\s+(?:by\s+[^,;.\d]{1,120}?\s+)?(?=(?:in|on)\s+[\dA-Z])"
)


def _participle_date(ctx: Ctx, e: int, following: int, default_year: str | None) -> str | None:
    """The date a participle right after the title at `e` gives its own signing, which a
    later clause of the sentence does not date ("signed in 2019, and ... a plan agreed in
    January 2021"); None when no such participle follows."""
    m = _DATED_PARTICIPLE.match(ctx.text, e, following)
    if m is None:
        return None
    stop = re.search(r"[,;.]|\s(?:and|but)\s", ctx.text[m.end() : following])
    end = m.end() + stop.start() if stop else following
    return date_in(ctx.text[m.end() : end], default_year, ctx.doc_date)


#: Kinds that are issued rather than signed: "issued a Joint Communiqué".
_STATEMENTS = ("joint_statement", "declaration")


def _sentence_date(ctx: Ctx, sent: str, para: Opening) -> str | None:
    """The sentence's own date, else the day or month that opens its paragraph, else the
    report's year. (A signing still undated when every mention is read takes the date of the
    event a news story leads with: `find_agreements`.)"""
    year = para.year or ctx.year  # a timeline entry's year before the report's
    default_year = year or ctx.doc_year
    # "today announced they have signed": the day of the report, not of the signing
    date = signing_date(main_clause(sent), default_year, ctx.doc_date, ctx.today) or para.date
    date = date or day_of_event(sent, ctx.lead_days)  # "on the second day" of the meeting
    if date is None:  # "On the same day, ...": the day of the signing reported before
        last = next((f.date for f in reversed(ctx.found) if f.date), None)
        date = same_day(sent, last)
    if date is None and para.month and default_year:
        # the report's year, else the document's (the year before for a later month)
        of = year_for(para.month, year, ctx.doc_date) or default_year
        date = f"{of}-{para.month:02d}"
    if date is None:
        date = year or ctx.update_day  # told under "UPDATE – 4 June 2025"
    return date


def _phrases(
    ctx: Ctx, ss: int, se: int, matches: list[re.Match[str]]
) -> list[tuple[re.Match[str], int, int, bool]]:
    """(noun, title start, title end, definite-and-bare) of each agreement phrase, in order;
    a noun inside the title of the one before is part of it."""
    used_until = ss
    items: list[tuple[re.Match[str], int, int, bool]] = []
    for m in matches:
        if m.start() < used_until:
            continue
        s, e, bare = title_span(ctx.text, ss, se, m, ctx.orgs)
        used_until = e
        items.append((m, s, e, bare))
    return items


#: A preposition right before the highway: it is used or named, not the item's instrument.
_UNDER = re.compile(r"\b(?:under|via|through|in|on|of|for|from|to|within|using)\s+(?:the\s+)?$")

#: Between a verb and the title it governs closely: "renewed the", "extended its".
_CLOSE = re.compile(r"\s+(?:(?:the|a|an|its|their|our|this)\s+)?")

#: Between the highway and the passive that signs it: " with KIPO was", " has been formally".
_PASSIVE = re.compile(
    r"[^,;.]{0,80}?\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
)

#: A note's passive without its auxiliary: "PPH with the JPO extended by exchange of letters".
_NOTE_PASSIVE = re.compile(r"[^,;.]{0,80}?\s+")
_BY = re.compile(r"\s+by\b")
