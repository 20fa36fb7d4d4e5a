"""The parties, signatories and witnesses of an agreement found in a sentence.

In order of trust: the title ("... between A and B"), the subject of "signed" (an
organisation, or the organisation of the official who signed, or the publisher when "we"
signed), "with ..." after the verb, and else the other organisations the sentence names,
less those inside a relative clause or present only as observers.
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.agreements.behalf import behalf_spans
from importers.en.agreements.counterparts import (
    countries_in,
    governments_in,
    hosting_start,
    listed_title,
    orgs_in,
    own_title_end,
    rank_of,
    sides_in,
    with_counterparts,
)
from importers.en.agreements.founded import founded_bodies
from importers.en.agreements.groups import group_members
from importers.en.agreements.launched import launch_verb
from importers.en.agreements.margins import margin_span, past_occasion
from importers.en.agreements.model import Ctx, Found, Mention, found_at, unique
from importers.en.agreements.named_before import between_end, parties_named_before
from importers.en.agreements.one_each import one_each
from importers.en.agreements.possessor import possessor
from importers.en.agreements.reported_speech import after_report
from importers.en.agreements.signers import (
    add_signatories,
    persons_in,
    short_titled,
    signed_by,
    skipped,
    titled,
)
from importers.en.agreements.titles import outside_glosses
from importers.en.agreements.two_sides import (
    counted_sides,
    meeting_sides,
    paragraph_pair,
    paragraph_sides,
)
from importers.en.orgs.model import OrgEntry
from importers.en.roles.model import People, PersonEntry
from importers.en.words import SIGN_VERBS, WITNESS_RE
from store.text import lexicon


def speaker_org(text: str, people: People) -> OrgEntry | None:
    """The organisation of the speaker a transcript opens with ("Opening remarks of Director
    General NAME, ORG"): the "we" of the speech."""
    m = re.search(
        r"\b(?:remarks|speech|address|statement|keynote|message|presentation)\s+"
        r"(?:of|by|from|delivered\s+by)\s",
        text[:1200],
        re.IGNORECASE,
    )
    if m is None:
        return None
    roles = sorted(
        (r for r in people.roles if r.org is not None and m.end() <= r.span[0] < m.end() + 250),
        key=lambda r: r.span[0],
    )
    return roles[0].org if roles else None


def build(ctx: Ctx, mn: Mention) -> list[Found]:
    """The agreements of one mention: one, or one per counterpart of a listed plural; who
    signed, when the subject does not say it, from a "signed by" after the noun."""
    out = _build(ctx, mn)
    for f in out:
        members = group_members(ctx, mn, f.parties)
        if members is not None:
            f.parties = members  # "the IP5 heads adopted": the five offices
    for f in out:
        if not f.signatories and not f.witnesses:
            signers = signed_by(ctx, mn.span[1], mn.sentence[1], f.parties)
            if signers and f.parties == [ctx.home]:
                f.parties = []  # the home organisation was only a guess
            add_signatories(ctx, f, signers)
    return out


def _build(ctx: Ctx, mn: Mention) -> list[Found]:
    text = ctx.text
    (ss, se), (s, e), m = mn.sentence, mn.span, mn.noun
    # verb before the noun, within the sentence
    verbs = [v for v in SIGN_VERBS.finditer(text, ss, s)]
    # "announced a new pilot project for the PPH": the verb that launched a pilot
    launched = launch_verb(text, ss, (s, e)) if mn.kind == "pph" else None
    verb = verbs[-1] if verbs else launched or SIGN_VERBS.search(text, e, se)
    signers, witnesses, signer_orgs = _subject(ctx, mn, verb)
    if not signer_orgs and (owner := possessor(ctx, mn)) is not None:
        signer_orgs = [owner]  # "Its MoU with X was renewed": the body the paragraph is about
    if ctx.speaker is not None and ctx.speaker not in signer_orgs and _OURS.search(text, ss, s):
        signer_orgs.append(ctx.speaker)  # a speech: "renewed our PPH agreement with X"
    # parties named in the title
    between = re.search(r"\bbetween\b", text[s:e])
    title_parties: list[OrgEntry] = []
    founded: set[OrgEntry] = set()
    two_sides = bool(re.search(r"\b(?:two|both) (?:offices|sides|parties|countries)\b", text[s:e]))
    if between and not two_sides:
        bs, be = s + between.end(), between_end(ctx, s + between.end(), e)
        for a, b in outside_glosses(text, bs, be):  # "between the V4 (A, B and C) and D"
            title_parties += orgs_in(ctx, a, b) + countries_in(ctx, a, b)
        if be == e:  # "between A, the research arm of B, and C": the title stops at A
            title_parties += _after_apposition(ctx, e, se)
        title_parties = unique(title_parties)
        if len(title_parties) >= 2:
            return [found_at(mn, title_parties, signers, witnesses)]
    elif earlier := parties_named_before(ctx, mn):  # "the X Agreement between A and B" before
        return [found_at(mn, earlier, signers, witnesses)]
    elif governments := governments_in(ctx, s, own := own_title_end(ctx, mn)):  # "China-Serbia FTA"
        return [found_at(mn, governments, signers, witnesses)]
    else:  # less a body the title is about ("Agreement on the X Institute"): it signs none
        founded = founded_bodies(ctx, s, own)
        named = [o for o in orgs_in(ctx, s, own) if o not in founded]
        title_parties = unique(named + countries_in(ctx, s, own))
    # "with ..." counterparts
    counter = with_counterparts(ctx, mn, verb)
    parties = unique(signer_orgs + title_parties)
    words = m.group().split()
    plural = (words[0] if " of " in m.group() else words[-1]).casefold().endswith(("s", "a"))
    plural = plural or one_each(ctx, ss, s, e, se)  # "three Memorandum with A, B and C"
    if counter and plural and len(counter) > 1 and not title_parties:
        return [
            found_at(
                mn,
                unique(signer_orgs + [c]),
                signers + _counterpart_heads(ctx, mn, c, signers),
                witnesses,
                title=listed_title(ctx, mn, c, signer_orgs),
                counterparts=len(counter),
            )
            for c in counter
        ]
    if counter:
        parties = unique(parties + counter)
    elif not title_parties and (signers or len(signer_orgs) < 2):
        # passive or bare: the other organisations of the sentence (a subject that names two
        # bodies and no one, "A and B concluded", names all of them: a venue after it is no
        # party; the posts of a person who signs are no such list)
        starts = [ss + g.start() for g in re.finditer(r"\bbetween\b", text[ss:s])]
        if plural and len(starts) > 1:
            out = []
            for gs, ge in zip(starts, starts[1:] + [s], strict=True):
                gp = orgs_in(ctx, gs, ge)
                out.append(found_at(mn, unique(signer_orgs + gp), signers, witnesses))
            return out
        others = _others(ctx, mn, signer_orgs, witnesses)
        parties = unique(parties + [o for o in others if o not in founded])
    parties = parties or meeting_sides(ctx, ss)  # "The meeting approved X": its sides
    parties = parties or paragraph_sides(
        ctx, (ss, e), appositions
    )  # "A and B met. ... It was signed."
    if not parties and ctx.home is not None and ctx.home not in founded:
        parties = [ctx.home]
    elif ctx.home is not None and _publisher_also(ctx, parties):
        parties = [ctx.home, *parties]  # "The IPOS PPH was extended", in the partner's report
    return [found_at(mn, parties, signers, witnesses)]


#: ", the enterprise arm of the office, and ": an apposition, then the second party.
_APPOSED = re.compile(r",\s*(?:the|an?|its|their)\s[^,;:()]{1,80},\s*and\s+(?:the\s+)?")


def _after_apposition(ctx: Ctx, e: int, se: int) -> list[OrgEntry]:
    """The party after "between A, <what A is>, and": the body that opens the text after
    the apposition (not the body the apposition names as A's parent)."""
    m = _APPOSED.match(ctx.text, e, se)
    if m is None:
        return []
    return [o for a, _, o in ctx.orgs.mentions if a == m.end()][:1]


def _publisher_also(ctx: Ctx, parties: list[OrgEntry]) -> bool:
    """In a text that speaks for its publisher, an agreement with one other party named is
    the publisher's with that party."""
    return (
        ctx.first_person
        and ctx.home is not None
        and len(parties) == 1
        and parties[0] is not ctx.home
        and parties[0].kind != "government"
    )


def _counterpart_heads(
    ctx: Ctx, mn: Mention, party: OrgEntry, signers: list[PersonEntry]
) -> list[PersonEntry]:
    """'signed agreements with A, Director General of X, and B, Minister of Y': the person
    the list names with a counterpart signs that counterpart's agreement."""
    e, se = mn.span[1], mn.sentence[1]
    here = persons_in(ctx, e, se)
    return [
        p
        for p in here
        if p not in signers and any(r.person is p and r.org is party for r in ctx.people.roles)
    ][:1]


def _subject(
    ctx: Ctx, mn: Mention, verb: re.Match[str] | None
) -> tuple[list[PersonEntry], list[PersonEntry], list[OrgEntry]]:
    """(signatories, witnesses, signing organisations) named before the signing verb: the
    people of the subject and their organisations, the organisations and countries it
    names, "the administration" it refers back to, and "we" for the publisher."""
    text = ctx.text
    ss, s = mn.sentence[0], mn.span[0]
    signers: list[PersonEntry] = []
    witnesses: list[PersonEntry] = []
    signer_orgs: list[OrgEntry] = []
    if verb is not None and verb.start() >= mn.span[1]:  # "the MoU that KIPO signed with"
        return signers, witnesses, _relative_subject(ctx, mn.span[1], verb.start())
    if verb is None or verb.start() >= s:
        return signers, witnesses, signer_orgs
    subj_end = verb.start()
    ss = after_report(text, ss, subj_end)  # "the Minister noted that the office signed"
    subj = text[ss:subj_end]
    cut = re.search(
        r"\b(?:with|met|to\s+meet|to\s+visit|visited|had|led|participated|attended|completed)\b",
        subj,
    )
    subj_stop = ss + cut.start() if cut else subj_end
    passive = re.search(r"\b(?:was|were|been|be|is|are)\s+$", subj)
    nominal = verb.group().casefold() == "signature"
    witness = WITNESS_RE.search(text, ss, subj_end)
    clause, opened = _relative_clause(text, ss, subj_stop), past_occasion(text, ss, subj_stop)
    persons = [p for p in _persons_in(ctx, opened, subj_stop) if not _within(ctx, p, clause)]
    if not persons and ctx.lead is not None and _NO_SUBJECT.fullmatch(subj):
        persons = [ctx.lead]  # "- Signed an MoU with X" in a list of the lead's engagements
    if not persons and not passive:
        persons = titled(ctx, text[opened:subj_stop], [])  # "the two Directors General signed"
    elif not passive:
        persons += [p for p in short_titled(ctx, text[opened:subj_stop]) if p not in persons]
    team = _team_orgs(ctx, subj_stop, subj_end) if cut else []
    if witness is not None:
        witnesses = persons
    elif not passive and not nominal:
        signers = persons
        signer_orgs += team  # "she led the IPOS team that concluded": IPOS, not her posts
        for p in persons if not team else []:
            signer_orgs += [o for o in _signing_for(ctx, p, ss) if o not in signer_orgs]
        behalf = re.search(r"on behalf of [^,]+,", text[ss:subj_stop])
        subj_start = max(opened, ss + (behalf.end() if behalf else 0))
        parents = appositions(ctx, subj_start, subj_stop)
        for o in orgs_in(ctx, subj_start, subj_stop):
            if o in parents:
                continue
            if o not in signer_orgs and not _org_within(ctx, o, clause, ss, subj_stop):
                signer_orgs.append(o)
        near = re.search(
            r"(?:^\s*|^[^,]{0,30},\s*)((?:[A-Z][\w’'-]*(?:\s+and\s+|,\s+|\s+))+)"
            r"(?:has\s+|have\s+|had\s+)?(?:(?:\w+ly|earlier|also|already|jointly)\s+)*$",
            text[ss:subj_end],
        )
        for o in countries_in(ctx, ss + near.start(1), subj_end) if near else []:
            if o not in signer_orgs:
                signer_orgs.append(o)
        for o in sides_in(ctx, subj_start, subj_stop):  # "A and the Philippine office renewed"
            if o not in signer_orgs:
                signer_orgs.append(o)
        ana = _anaphoric_org(ctx, ss, subj_stop)
        if ana and ana not in signer_orgs:
            signer_orgs.append(ana)
        if not signer_orgs and ctx.home is not None and _first_person(subj):
            signer_orgs.append(ctx.home)
        if not signer_orgs and _TWO_SIDES.search(subj):
            signer_orgs += paragraph_pair(ctx, ss) or _pair(ctx)
        if not signer_orgs and _THEY.search(subj):  # "A and B met. They signed": A and B
            signer_orgs += paragraph_pair(ctx, ss)
        signer_orgs = signer_orgs or counted_sides(ctx, ss, subj)  # "the three offices signed"
    agent = re.match(r"\s+by\s+(?:the\s+)?", text[verb.end() : s])
    hit = ctx.orgs.at(verb.end() + agent.end()) if agent and not signer_orgs else None
    if hit is not None:  # "the second instrument signed by KIPO, after the MoU with X"
        signer_orgs.append(hit[2])
    return signers, witnesses, signer_orgs


#: " that the Office ", " which KIPO has ": a relative clause's subject before its verb.
_RELATIVE = re.compile(r"\s+(?:that|which)\s+(?P<subj>[^,;.]{1,80}?)\s+(?:has\s+|have\s+|had\s+)?")


def _relative_subject(ctx: Ctx, e: int, verb_at: int) -> list[OrgEntry]:
    """'the memorandum that the IPO signed with X': the bodies the relative clause's subject
    names sign the agreement named before it."""
    m = _RELATIVE.fullmatch(ctx.text, e, verb_at)
    return orgs_in(ctx, m.start("subj"), m.end("subj")) if m else []


def _team_orgs(ctx: Ctx, s: int, verb_at: int) -> list[OrgEntry]:
    """'led the IPOS team that concluded': the bodies whose team (delegation, side) the
    relative clause before the verb names sign, whatever posts its leader held elsewhere."""
    m = _team_clause().search(ctx.text, s, verb_at)
    return orgs_in(ctx, s, m.start()) if m is not None else []


@cache
def _team_clause() -> re.Pattern[str]:
    """A team noun and a relative pronoun (and maybe an adverb) right before the verb."""
    nouns = "|".join(re.escape(w) for w in lexicon.words("en_agreements.txt", "team_nouns"))
    return re.compile(rf"\s(?:{nouns})\s+(?:that|which|who)\s+(?:\w+ly\s+|also\s+)?\Z")


def appositions(ctx: Ctx, s: int, e: int) -> set[OrgEntry]:
    """'The Department of Intellectual Property (DIP), Ministry of Commerce, signed': an
    organisation set off by commas right after another, in a subject that coordinates
    nothing, says whose the first one is; it does not sign, nor does one after "of"."""
    text = ctx.text
    mentions = ctx.orgs.between(s, e)
    out: set[OrgEntry] = set()
    for (_, ae, a), (bs, be, b) in zip(mentions, mentions[1:], strict=False):
        if a is not b and re.fullmatch(r"(?:\s*\([^()]{1,15}\))?\s+of\s+(?:the\s+)?", text[ae:bs]):
            # "the Department (DIP) of Thailand's Ministry of Commerce": its parent; but a
            # parent the sentence names on its own too ("signed by X and Y, ... escorted by
            # the Legal Department of X") is the side, and its unit none
            out.add(a if any(o is b and ms != bs for ms, _, o in mentions) else b)
            continue
        if a is b or not re.fullmatch(r"\)?(?:\s*\([^()]{1,15}\))?\s*,\s*(?:the\s+)?", text[ae:bs]):
            continue
        if not re.match(r"\s*(?:\([^()]{1,15}\)\s*)?,", text[be:e]):
            continue
        if not re.search(r"\b(?:and|&)\s", text[s:e]) or rank_of(b) > rank_of(a) > 0:
            out.add(b)  # "X Office (XO), Y Department, Z Ministry, and W signed": X's parents
    return out


#: Nothing before the verb but a list item's mark: "- Signed an MoU with ...".
_NO_SUBJECT = re.compile(r"[\s\-–•·*▪●○◆■➢►]*(?:\d{1,2}[.)]\s*)?(?:Also\s+|Then\s+)?")


def _others(
    ctx: Ctx, mn: Mention, signer_orgs: list[OrgEntry], witnesses: list[PersonEntry]
) -> list[OrgEntry]:
    """The parties of a passive or bare mention: the other organisations of the sentence,
    less the witnesses', those named after a relative pronoun and those on whose behalf
    someone signed; "the two sides" are the last pair of parties."""
    text = ctx.text
    (ss, se), e = mn.sentence, mn.span[1]
    rel = re.search(r",\s*(?:which|who|where)\b", text[e:se])
    stop = e + rel.start() if rel else se
    stop = min(stop, hosting_start(text, e, stop) or stop)  # ", with X as its host"
    skip_orgs = {o for p in witnesses for o in _person_orgs(ctx, p)} | appositions(ctx, ss, stop)
    others = [o for o in orgs_in(ctx, ss, stop) if not skipped(o, skip_orgs, ctx, ss, stop)]
    if (margin := margin_span(text, e, stop)) is not None:  # the meeting's owner signs nothing
        others = [o for o in others if o not in orgs_in(ctx, *margin) or o in orgs_in(ctx, ss, e)]
    offices = [o for o in others if o.kind != "government"]
    if not signer_orgs and len(offices) != 2 and _TWO_SIDES.search(text, ss, se):
        others = paragraph_pair(ctx, ss) or _pair(ctx) or others
    ana = _anaphoric_org(ctx, ss, se)
    if ana is not None and ana not in others:
        others.append(ana)
    sides = unique([o for span in behalf_spans(text, ss, se) for o in orgs_in(ctx, *span)])
    if len(sides) >= 2:  # "A signed on behalf of X, while B signed on behalf of Y"
        return sides
    behalf = re.search(r"on behalf of ([^,]+),", text[ss:se])
    if behalf:
        acting = orgs_in(ctx, ss + behalf.start(1), ss + behalf.end(1))
        if len(acting) >= 2:  # "signed, on behalf of the Governments of A and B, ...": theirs
            return acting
        others = [o for o in others if o not in acting]
    return others


_WE = re.compile(
    r"(?:(?<![\w-])we|(?:^|[,;:]\s*|\b(?:and|then|that)\s+)(?:our\s+(?:office|organi[sz]ation|"
    r"agency|administration)|the\s+Office))\s+(?:(?:\w+ly|also|have|has|had|jointly|just)\s+)*$",
    re.IGNORECASE,
)

#: "our" right before an agreement's title: the publisher's or the speaker's agreement.
_OURS = re.compile(r"\bour\s+$", re.IGNORECASE)

#: "They signed", ", they also concluded": a pronoun for the pair the paragraph named.
_THEY = re.compile(r"(?:^|,)\s*[Tt]hey\s+(?:(?:\w+ly|also|then|later)\s+)*(?:have\s+|had\s+)?$")

_TWO_SIDES = re.compile(
    r"\b(?:the\s+two|our(?:\s+two)?|both)\s+(?:offices|sides|parties|organi[sz]ations|"
    r"administrations|institutions|institutes|agencies|authorities|bodies|partners)\b",
    re.IGNORECASE,
)


def _first_person(subj: str) -> bool:
    """'It signed', 'The Office has signed', '..., and we renewed': the publisher or the
    speaker is the subject."""
    return bool(re.match(r"\s*(?:It|The Office)\b", subj) or _WE.search(subj))


def _pair(ctx: Ctx) -> list[OrgEntry]:
    """'the two offices': the two parties of the last agreement found with two parties, else
    the two organisations the document names most (of two named as often, the first named)."""
    for f in reversed(ctx.found):
        if len(f.parties) == 2:
            return list(f.parties)
    cands = [e for e in ctx.orgs.entries if e.kind != "government" and not e.described]
    cands.sort(key=lambda e: (-ctx.orgs.count(e), min((a for a, _ in e.spans), default=0)))
    return cands[:2] if len(cands) >= 2 else []


def _relative_clause(text: str, ss: int, stop: int) -> tuple[int, int]:
    """', which was held alongside the China-ASEAN Expo,' inside a subject: what it names is
    not who signed. (0, 0) when there is none."""
    last = None
    for m in re.finditer(r",\s*(?:which|who|where|when)\b[^,]*,", text[ss:stop]):
        last = m
    return (ss + last.start(), ss + last.end()) if last else (0, 0)


def _within(ctx: Ctx, p: PersonEntry, clause: tuple[int, int]) -> bool:
    """Whether every mention of a person in the sentence is inside the clause."""
    return (
        bool(p.spans)
        and all(clause[0] <= a and b <= clause[1] for a, b in p.spans if a < clause[1] + 400)
        and any(clause[0] <= a < clause[1] for a, _ in p.spans)
    )


def _org_within(ctx: Ctx, o: OrgEntry, clause: tuple[int, int], ss: int, stop: int) -> bool:
    """Whether an organisation is named in the subject only inside the relative clause."""
    spans = [(a, b) for a, b, x in ctx.orgs.mentions if x is o and ss <= a and b <= stop]
    return bool(spans) and all(clause[0] <= a and b <= clause[1] for a, b in spans)


def _anaphoric_org(ctx: Ctx, s: int, e: int) -> OrgEntry | None:
    """'the administration has signed': the last organisation named with that head noun;
    "the Office", in a text that speaks for an office, is that office."""
    m = next(
        (
            a
            for a in re.finditer(
                r"\bthe\s+(administration|office|bureau|agency|ministry|institute|organi[sz]ation|"
                r"authority|government|council|commission|center|centre|chamber)\b",
                ctx.text[s:e],
                re.I,
            )
            # "under the Ministry of Justice": a name the text gives, no reference back
            if not any(ms <= s + a.start(1) < me for ms, me, _ in ctx.orgs.mentions)
        ),
        None,
    )
    if not m:
        return None
    if m.group(1) == "Office" and ctx.home is not None and (ctx.speaker or ctx.first_person):
        return ctx.home  # "the Office" in an office's own speech or report: that office
    head = m.group(1).casefold()
    ending: OrgEntry | None = None
    naming: OrgEntry | None = None  # "the Authority": the Saudi Authority for ...
    for ms, _, o in sorted(ctx.orgs.mentions):
        if ms >= s + m.start():
            break
        if o.name.casefold().endswith(head):
            ending = o
        elif re.match(rf"(?:\w+\s+){{0,3}}{head}\b", o.name, re.I):
            naming = o
    return ending or naming


def _signing_for(ctx: Ctx, person: PersonEntry, at: int) -> list[OrgEntry]:
    """The bodies a signatory signs for: of a person the text gives posts at several bodies
    (a career: "before joining the Office she was Deputy Secretary of the Department"), those
    the paragraph of the signing names, when it names any; else the body the text is by or
    about, when that is one of them."""
    orgs = _person_orgs(ctx, person)
    if len(orgs) < 2:
        return orgs
    ps, pe = _paragraph(ctx.text, at)
    here = [o for o in orgs if any(ps <= a < pe for a, _, x in ctx.orgs.mentions if x is o)]
    if not here and ctx.home in orgs:
        return [ctx.home]  # a page of the office's people: they sign for it, not a past post
    return here or orgs


def _paragraph(text: str, pos: int) -> tuple[int, int]:
    """The paragraph (between blank lines) that holds `pos`."""
    before = [m.end() for m in re.finditer(r"\n\s*\n", text[:pos])]
    after = re.search(r"\n\s*\n", text[pos:])
    return (before[-1] if before else 0, pos + after.start() if after else len(text))


def _person_orgs(ctx: Ctx, person: PersonEntry) -> list[OrgEntry]:
    return [r.org for r in ctx.people.roles if r.person is person and r.org is not None]


def _persons_in(ctx: Ctx, s: int, e: int) -> list[PersonEntry]:
    out: list[PersonEntry] = []
    for ms, me, p in ctx.people.mentions:
        if s <= ms and me <= e and p not in out:
            out.append(p)
    for p in ctx.people.entries:
        if p not in out and any(s <= a and b <= e for a, b in p.spans):
            out.append(p)
    return out
