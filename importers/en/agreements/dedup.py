"""One agreement, however often the text mentions it.

Mentions of one agreement (a report paragraph and a photo caption, a headline and the
story) are merged when their parties, dates and titles agree; a definite re-mention ("the
new Work Plan builds on ...", "This MoU signed in February 2017") names the agreement found
before, and may give it its date.
"""

from __future__ import annotations

import re

from importers.en.agreements.counterparts import orgs_in
from importers.en.agreements.dating import date_in
from importers.en.agreements.model import Ctx, Found, Mention, named_last, unique
from importers.en.agreements.titles import topic
from importers.en.chrome import SPEAKER_LABEL
from importers.en.orgs.model import OrgEntry
from importers.en.words import COUNTRY_OF, SIGN_VERBS
from store.text import lexicon


def fold_generic(found: list[Found]) -> list[Found]:
    """A generic mention ("sign letter of intent" in a headline) whose parties are some of
    those of a fuller mention of the same kind is that agreement, not another one; so is a
    plain "agreement" whose parties are all those of an instrument of a named kind (the
    headline's MoU), which takes its date when it has none."""
    out = list(found)
    for f in found:
        if f.topic or f.counterparts:
            continue
        fp = set(map(id, f.parties))
        for g in out:
            if g is f or not dates_compatible(f.date, g.date) or _listed_together(f, g):
                continue
            if f.recalled != g.recalled:
                continue  # "the previous MoU": another instrument than the one reported
            gp = set(map(id, g.parties))
            if g.kind != f.kind:
                # "renewed their cooperation agreement" and, named fully, the MoU renewed;
                # "Singapore signs MoU with Mexico", then "IPOS signed an agreement with
                # IMPI": the same parties' generic agreement after their MoU is that MoU, and
                # may give it its date (not an MoU the text says came before, which the
                # renewal replaces; nor one named after it: "they also signed an MoU")
                if f.kind == "agreement" and (fp < gp or _same_mou(f, g)) and not f.earlier:
                    if f.date and fp == gp and not g.date:
                        g.date = f.date
                    out.remove(f)
                    break
                continue
            if fp <= gp and (len(gp) > len(fp) or g.topic):
                if f.date and (not g.date or len(f.date) > len(g.date)):
                    g.date = f.date
                g.signatories += [p for p in f.signatories if p not in g.signatories]
                out.remove(f)
                break
    return out


def _same_mou(generic: Found, g: Found) -> bool:
    """Whether the generic agreement names the MoU `g` of the very same parties, named
    before it and not as an earlier instrument."""
    same = set(map(id, generic.parties)) == set(map(id, g.parties))
    return same and g.kind == "mou" and not g.earlier and g.span[0] < generic.span[0]


def fold_restated(found: list[Found]) -> list[Found]:
    """'CE A and CEO B renewed our MoU' after the story of that signing: an undated generic
    mention (no topic, no "with" counterpart of its own) of the kind of an agreement named
    before, signed by one of its signatories and sharing a party with it (if it names any),
    is that agreement told again (a quoted post, a summary), not another one."""
    out = list(found)
    for f in found:
        if f.date or f.earlier or f.topic or f.counterparts or not f.signatories:
            continue
        g = next(
            (
                g
                for g in out
                if g is not f
                and g.span[0] < f.span[0]
                and g.kind == f.kind
                and g.date
                and any(p in g.signatories for p in f.signatories)
                and (not f.parties or bool(set(map(id, f.parties)) & set(map(id, g.parties))))
            ),
            None,
        )
        if g is not None:
            g.signatories += [p for p in f.signatories if p not in g.signatories]
            out.remove(f)
    return out


#: The first line of a text below its metadata ("date: 2024-06-14") and a label in capitals
#: ("PRESS RELEASE") that stand above the headline.
_FIRST_LINE = re.compile(
    r"(?:[ \t]*\n|[ \t]*[a-z_]+:[^\n]*\n|[ \t]*(?:[A-Z]+[ \t]?){1,3}\n)*[ \t]*([^\n]{5,200})\n"
)


def headline_end(text: str) -> int:
    """Where a headline ends: the first paragraph, when it is one short line that no full
    stop ends ("UK and Australia offices sign letter of intent"); 0 when the text has none."""
    m = _FIRST_LINE.match(text)
    if m is None or re.search(r"[.!?:]\s*$", m.group(1)) or len(m.group(1).split()) > 25:
        return 0
    return m.end(1)


#: A date in numbers closing the headline ("... Sign Agreement 2017-02-21"): the day the
#: story was posted, which says nothing of the signing's own day.
_STAMP = re.compile(r"\s(?:19|20)\d\d-\d\d-\d\d[ \t]*$")


def fold_headline(text: str, found: list[Found]) -> list[Found]:
    """A headline names in short what the story tells in full: an agreement of the headline
    is the story's agreement of the same kind that shares a party with it (the one sharing
    most), not one more."""
    end = headline_end(text)
    stamped = end > 0 and _STAMP.search(text, text.rfind("\n", 0, end) + 1, end) is not None
    out = list(found)
    story = [q for g in found if g.span[0] >= end for q in g.parties]
    for f in found:
        if f.span[0] >= end:
            continue
        f.parties = [next((q for q in story if _one_body(p, q)), p) for p in f.parties]
        line = text[text.rfind("\n", 0, f.span[0]) + 1 : f.span[1]]
        renewal = any(w.casefold() in _RENEWING for w in re.findall(r"[A-Za-z]+", line))
        fp = set(map(id, f.parties))
        body = [
            g
            for g in out
            if g is not f
            and g.span[0] >= end
            # "JPO and SAIP Sign Agreement to Launch PPH": the headline's bare "agreement"
            # is the story's agreement of whatever kind the story calls it
            and (g.kind == f.kind or f.kind == "agreement")
            and (not fp or fp & set(map(id, g.parties)) or _part_of_party(f, g))
            and (stamped or dates_compatible(f.date, g.date))
            and not (g.earlier and renewal)  # the renewal is news, not the signing recalled
        ]
        # a mention the story's own signing was merged into: its title or signers are the
        # story's, though its span is the headline's
        told = f.signatories or f.topic or " ".join(text[f.span[0] : f.span[1]].split()) != f.title
        # "Signs Agreements on IP Strategy and ...": the story's agreement on that topic,
        # though the headline named its other party by its country ("Visits Kazakhstan")
        topical = [g for g in body if f.topic and g.topic and f.topic <= g.topic]
        if (
            len(fp) >= 2
            and told
            and not topical
            and not any(fp <= set(map(id, g.parties)) for g in body)
        ):
            continue  # that signing, and no other one
        if body:
            # the fullest match: "Vietnam, Korea sign MoU" is the ministry's MoU with KIPO
            g = max(topical or body, key=lambda b: len(fp & set(map(id, b.parties))))
            if fp <= set(map(id, g.parties)) or not topical:  # its signers sign that one
                g.signatories += [p for p in f.signatories if p not in g.signatories]
            out.remove(f)
    return out


#: Words of a headline that announce a renewal ("renew", "extended").
_RENEWING = lexicon.wordset("en_agreements.txt", "renewing_words")


def _one_body(short: OrgEntry, full: OrgEntry) -> bool:
    """ "Ministry of Commerce of Cambodia" in a headline and "Ministry of Commerce of the
    Kingdom of Cambodia" in the story: one body of one country, the story giving its
    state's long form (same country, same last word, the short name's stem then "of")."""
    if short is full or short.country is None or short.country != full.country:
        return False
    stem, of, _ = short.name.rpartition(" of ")
    return bool(of) and (
        full.name.startswith(f"{stem} of ") and full.name.split()[-1] == short.name.split()[-1]
    )


def _part_of_party(headline: Found, story: Found) -> bool:
    """'Faculty of Law signs agreement with ...' over a story of the university's agreement:
    a headline's party whose full name ends in a party of the story ("Faculty of Law,
    Universiti Malaya") is a part of that party, which the headline names in short."""
    return any(
        re.search(rf"(?:,|\bof(?: the)?)\s+{re.escape(q.name)}$", p.name) is not None
        for p in headline.parties
        for q in story.parties
        if p is not q
    )


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return all(
        x.lstrip("0") == y.lstrip("0") for x, y in zip(a.split("-"), b.split("-"), strict=False)
    )


def _same(a: Found, b: Found) -> bool:
    """Two mentions of one agreement: the same parties (or one's a subset of the other's
    with at least two), compatible dates, and either the same title, or the same kind with
    no conflicting topic, or a shared specific topic (both about "PPH")."""
    if not dates_compatible(a.date, b.date) or _listed_together(a, b) or a.recalled != b.recalled:
        return False
    pa, pb = _party_keys(a.parties, b.parties), _party_keys(b.parties, a.parties)
    if pa != pb and not ((pa <= pb or pb <= pa) and min(len(pa), len(pb)) >= 2):
        return False
    if a.title.casefold() == b.title.casefold() and len(a.title) > 12:
        return True
    ta, tb = _own_topic(a), _own_topic(b)
    if a.kind == b.kind:
        return not ta or not tb or ta <= tb or tb <= ta
    return bool(ta and tb and (ta <= tb or tb <= ta)) and bool(a.counterparts or b.counterparts)


def _listed_together(a: Found, b: Found) -> bool:
    """'signed the Memorandum on X and the Memorandum on Y': two titles written side by side,
    only "and" between them, are two instruments, whatever their topics."""
    first, second = sorted((a.span, b.span))
    return (
        first != (0, 0)
        and a.title.casefold() != b.title.casefold()
        and 0 < second[0] - first[1] <= 9
    )


def _own_topic(f: Found) -> frozenset[str]:
    """The words of a title's topic that do not just name its parties: "the IPOS–CNIPA
    MoU" has no topic of its own, so it is the pair's MoU on whatever the text calls it."""
    short = {w.casefold() for o in f.parties for w in (o.name, *o.forms) if " " not in w.strip()}
    # "the Enterprise Singapore–VIETRADE memorandum": a party's name of several words, written
    # in the title, is no topic either
    title = f.title.casefold()
    short |= {
        w.casefold()
        for o in f.parties
        for n in (o.name, *o.forms)
        if " " in n.strip() and n.casefold() in title
        for w in n.split()
    }
    return f.topic - short


def _party_keys(parties: list[OrgEntry], others: list[OrgEntry]) -> set[int]:
    """The parties of one mention as keys to compare with another's: a body named with its
    country in one ("the UK Intellectual Property Office") and without it in the other
    ("the Intellectual Property Office (IPO)") is one party."""
    bare = {o.name.casefold(): id(o) for o in others}
    out = set()
    for o in parties:
        words = o.name.split()
        same = next(
            (
                bare[" ".join(words[k:]).casefold()]
                for k in range(1, min(4, len(words)))
                if " ".join(words[:k]).casefold() in COUNTRY_OF
                and " ".join(words[k:]).casefold() in bare
            ),
            id(o),
        )
        out.add(same)
    return out


def _known(o: OrgEntry, parties: list[OrgEntry]) -> bool:
    """Whether `o` is one of `parties`, maybe named with or without its country."""
    ids = set(map(id, parties))
    return bool(_party_keys([o], parties) & ids) or id(o) in _party_keys(parties, [o])


def merge_into(found: list[Found], f: Found) -> None:
    for g in found:
        if _same(g, f):
            if f.date and (not g.date or len(f.date) > len(g.date)):
                g.date = f.date
            g.parties = unique(g.parties + [o for o in f.parties if not _known(o, g.parties)])
            g.signatories += [p for p in f.signatories if p not in g.signatories]
            g.earlier = g.earlier or f.earlier
            g.seen = max(g.seen, f.seen)
            if len(f.title) > len(g.title) and g.kind == f.kind and not g.counterparts:
                g.title = f.title
            return
    found.append(f)


_PASSIVE_SIGNED = re.compile(
    r"\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:signed|adopted|concluded|"
    r"renewed|initialled|initialed|inked|extended)\b"
)


def refers_back(text: str, mn: Mention, found: list[Found]) -> bool:
    """'The new Work Plan builds on ...': a definite, generic title as the subject of its
    sentence names the agreement found before (when there is one), not another. When it was
    "signed on 14 June", that is that agreement's date."""
    (ss, se), (s, e), title, kind = mn.sentence, mn.span, mn.title, mn.kind
    if topic(title) or re.search(r"\b(?:between|with)\b", title):
        return False
    if not re.fullmatch(
        r"\s*(?:[\w’' -]{0,40},\s*)?(?:the|this|that)\s+",
        text[ss:s][_speaker_end(text, ss) :],
        re.I,
    ):
        return False
    if not any(f.kind == kind for f in found):
        return False
    back = named_last(found, kind)
    if back is not None and _PASSIVE_SIGNED.match(text, e):
        date = date_in(text[ss:se], None, None)
        if date and (back.date is None or len(back.date) < len(date)):
            back.date = date
    return True


def _speaker_end(text: str, ss: int) -> int:
    """How many characters of the sentence at `ss` are a speaker's label, or the counter
    of a thread's post ("2/6 The renewed MoU builds on ...")."""
    m = SPEAKER_LABEL.match(text, ss) or _POST_COUNTER.match(text, ss)
    return m.end() - ss if m else 0


#: "2/6 ": the number of a post in a thread and the number of its posts.
_POST_COUNTER = re.compile(r"\s*\d{1,2}/\d{1,2}[ \t]+(?=\S)")


#: " that the Office signed with ", " it concluded with ", " signed in 2019 with ": a
#: relative clause whose signing is with a counterpart.
_SIGNED_WITH = re.compile(
    rf"\s+(?:(?:that|which)\s+)?(?:[\w'’-]+\s+){{0,5}}?(?:{SIGN_VERBS.pattern})"
    r"(?:\s+(?:in|on)\s+[\w ]{1,20}?)?\s+with\s+",
    re.IGNORECASE,
)


def new_counterpart(ctx: Ctx, e: int, se: int, kind: str, found: list[Found]) -> bool:
    """'the renewal of the MoU with KIPO': a definite title followed by "with" an
    organisation that no agreement of that kind found so far has as a party is a new one;
    so is 'the memorandum (that) the office signed with KIPO' (a relative clause names it)."""
    w = re.match(r"\s+with\s+", ctx.text[e:se]) or _SIGNED_WITH.match(ctx.text[e:se])
    if w is None:
        return False
    stop = re.search(r"[,;.]|\s(?:was|were|on|in)\s", ctx.text[e + w.end() : se])
    named = orgs_in(ctx, e + w.end(), e + w.end() + stop.start() if stop else se)
    known = {id(p) for f in found if f.kind == kind for p in f.parties}
    return bool(named) and not any(id(o) in known for o in named)


def named_before(text: str, ss: int, s: int, title: str, found: list[Found]) -> Found | None:
    """'The validation agreement follows ...': a definite title the text has used before
    names that agreement again; that agreement, else None."""
    if not re.search(r"\b(?:the|this|that)\s+$", text[max(ss, s - 6) : s], re.IGNORECASE):
        return None
    t = title.casefold()
    # a table's row is not named by the prose yet: a note that names it again may give its
    # date and signatories, which `merge_into` and `fold_into_rows` take
    same = [
        f
        for f in found
        if f.seen != -1 and (f.title.casefold() == t or f.title.casefold().endswith(" " + t))
    ]
    return same[-1] if same else None


def date_anaphor(
    found: list[Found],
    kind: str,
    date: str | None,
    at: int = -1,
    report_days: tuple[str | None, ...] = (),
) -> bool:
    """'This MoU signed in February 2017': the date of the agreement mentioned before, which
    the prose names again at `at` ("It ... implements" after it means that one). A day
    stated so replaces one the agreement only took from the report (`report_days`: its
    dateline's day, the document's date): "X recently signed an MoU" under a dateline, then
    "The MoU was signed on 7 November"."""
    if not any(f.kind == kind for f in found):
        return False
    f = named_last(found, kind)
    stated = date is not None and len(date) == 10 and f is not None and f.date in report_days
    if f is not None and date and (f.date is None or len(f.date) < len(date) or stated):
        f.date = date
    if f is not None:
        f.seen = max(f.seen, at)
    return True
