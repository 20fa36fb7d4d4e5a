"""Agreements an English text says were signed, adopted, renewed or concluded.

Per sentence (`signings`): an agreement noun (`kinds`) next to a verb that brings it into
being. Its title is the noun with the text's own modifiers and complements (`titles`). Its
parties come, in order of trust, from the title ("... between A and B"), from the subject of
"signed" (an organisation, or the organisation of the official who signed), from "with ..."
after the verb, and else from the other organisations the sentence names (`parties`,
`counterparts`). Its date comes from the sentence, from an "In May," that opens the
paragraph, or from the year a report covers (`dates`).

A sentence that reports two signings is read clause by clause (`clauses`); "C signed it on
12 December" gives the agreement named before its signatory and day (`afterwards`); a
statement adopted by a group of offices (IP5, TM5, ID5) binds its members (`groups`). The
items of a list under a lead-in that signs them ("IPOS concluded the following:", a heading
"Partnerships signed this year") are signings by the lead-in's office, each item its own
instrument, though an item has no verb of its own (`lists`).

Counts ("52 new agreements"), negotiations and mere references are not agreements. Mentions
of one agreement (a report paragraph and a photo caption) are merged (`dedup`). The rows of
a table of instruments are read as rows (`tables`), under the header that names their
columns (`columns`, `signed_cells`); a text that is itself an instrument, with a closing
formula and a signature block, is one agreement (`instruments`). A renewal told after a
signing ("and in 2024 they renewed it", "letters extending their agreement of 2017") is one
more signing (`afterwards`); a working group that adopts a plan stands for the bodies it
joins (`forums`). The instrument a new one replaces ("it supersedes the memorandum signed in
2015") is an earlier agreement of the same parties (`replaced`); a definite title that is the
subject of a clause of its own after a semicolon ("; the new plan puts it into practice") is
named there, not signed (`clauses`). A mention that names only the countries of its parties
("Peru and Chile sign MoU") or none ("a ceremony where cooperation documents were signed")
is the agreement the text tells in full (`stand_ins`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from importers.en.agreements.afterwards import extended_here, renewed_it, signed_it
from importers.en.agreements.called_off import drop_called_off
from importers.en.agreements.clauses import clauses
from importers.en.agreements.dating import (
    Opening,
    dateline_day,
    datelines,
    entry_heading,
    event_days,
    first_char,
    is_dateline,
    item_day,
    lead_date,
    narrative_day,
    opening,
    report_year,
    update_day,
    without_reported_today,
)
from importers.en.agreements.dedup import (
    fold_generic,
    fold_headline,
    fold_restated,
    headline_end,
    merge_into,
)
from importers.en.agreements.exchanges import exchange_agreements
from importers.en.agreements.forums import forum_parties
from importers.en.agreements.included import included
from importers.en.agreements.instruments import document_instrument
from importers.en.agreements.lists import ListItem, item_at, listed_items
from importers.en.agreements.meeting_sides import drop_lone_statements, meeting_sides
from importers.en.agreements.model import Ctx, Found
from importers.en.agreements.named_then_signed import signs_phrase_before
from importers.en.agreements.parties import speaker_org
from importers.en.agreements.plural_offices import drop_plural_offices
from importers.en.agreements.restated import restate_parties
from importers.en.agreements.said_again import first_of_its_kind
from importers.en.agreements.signings import in_sentence, paragraphs, signed_again
from importers.en.agreements.stand_ins import fold_stand_ins, fold_told_next
from importers.en.agreements.tables import fold_into_rows, table_agreements
from importers.en.agreements.turns import speaking
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from importers.en.subject import document_org, letterhead, publisher
from importers.en.tables import table_spans
from store.text.sentences import sentence_spans

__all__ = ["Found", "find_agreements"]


def find_agreements(text: str, orgs: Orgs, people: People, *, date: str | None) -> list[Found]:
    """The agreements of a text, paragraph by paragraph and sentence by sentence."""
    speaker = speaker_org(text, people)
    own = publisher(text, orgs)
    ctx = Ctx(
        text=text,
        orgs=orgs,
        people=people,
        home=speaker or own or letterhead(text, orgs) or document_org(orgs),
        speaker=speaker,
        first_person=own is not None,
        year=report_year(text, date),
        doc_year=date[:4] if date else None,
        doc_date=date,
    )
    paras = paragraphs(text)
    ctx.datelines = datelines(text, paras)
    _lead(ctx, paras)
    found = ctx.found
    tables = table_spans(text)
    listed = [f for span in tables for f in table_agreements(ctx, span)]
    for f in listed:
        f.seen = -1  # a row, not named in the prose (until a sentence names it again)
        merge_into(found, f)
    items = listed_items(ctx, paras)
    for ps, pe in paras:
        para = opening(text[ps:pe], ctx.year or ctx.doc_year, date)
        update = update_day(text[ps:pe], ctx.doc_year, date)
        if update is not None:  # "UPDATE – 4 June 2025": its "today", and its signings' day
            ctx.today = ctx.update_day = update
        item = item_day(text[ps:pe], ctx.doc_year, date)
        if item is not None:  # "14 May 2025 | Kuala Lumpur" under an item's headline
            ctx.today = item
        for ss, se in _items(text, sentence_spans(text, lang="en", start=ps, end=pe)):
            if any(ss < te and ts < se for ts, te in tables):
                continue  # a table's rows are read as rows
            with speaking(ctx, ss):  # "Mr X: we renewed our MoU": the speaker's body
                _read_sentence(ctx, ss, se, para, item_at(items, first_char(text, ss)))
            # "On 10 March the DG met ...": the day of what follows, though a signing told
            # before it dated the paragraph
            day = narrative_day(text[ss:se], ctx.year or ctx.doc_year, date)
            para = replace(para, date=day) if day else para
    whole = document_instrument(ctx)
    if whole is not None:  # its title read as a sentence is this agreement
        found[:] = [
            f for f in found if not (f.span[0] < whole.span[1] and whole.span[0] < f.span[1])
        ]
        merge_into(found, whole)
    out = fold_stand_ins(text, fold_generic(fold_into_rows(found, listed)))
    out = fold_headline(text, fold_told_next(text, out))  # "Peru and Chile sign MoU"
    out = exchange_agreements(ctx, out)  # "this letter and your reply constitute an agreement"
    out = fold_restated(out)  # "A and B renewed our MoU": the signing told before
    out = drop_called_off(ctx, out, paras)  # "The signing of the MoU with X was postponed"
    out = restate_parties(ctx, out)  # "MoU between India and Australia": the bodies named later
    # "agreements with the offices of A and B" and no other side named: the text names no
    # party of them, so they are no agreement of its own (a described side is kept beside
    # a named one, "X signed a plan with the IP authority of A", and states stand for their
    # governments: "the Chile-Malaysia Free Trade Agreement")
    out = [f for f in out if not f.parties or not all(p.made_up for p in f.parties)]
    out = drop_plural_offices(text, out)  # "with the patent offices of A and B": none named
    meeting_sides(ctx, out)  # "at the A-B Heads of Offices Meeting, X Statement was adopted"
    out = drop_lone_statements(out)  # "the Modern Slavery Statement": one body's words
    for f in out:
        f.parties = forum_parties(text, orgs, f.parties, f.span[0])  # "the Working Group adopted"
        if f.date is None and not f.earlier:
            f.date = ctx.lead_date  # signed at the event the story leads with
    return out


def _read_sentence(ctx: Ctx, ss: int, se: int, para: Opening, item: ListItem | None = None) -> None:
    """The agreements of one sentence, clause by clause: a clause that states no date of
    its own is dated like the clause before it (`item`: the list item it is in)."""
    found = ctx.found
    entry = entry_heading(ctx.text, ss)
    if entry is not None:  # "March – A and B signed ...": one entry of a review by month
        para = entry
    for cs, ce in clauses(ctx.text, ss, se):
        new = in_sentence(ctx, cs, ce, para, found, item=item)
        new = [f for f in new if not first_of_its_kind(ctx, f, cs)]  # the one told, again
        for f in new:
            merge_into(found, f)
        if new and new[0].date and new[0].date != para.date:
            para = replace(para, date=new[0].date)
        if not new and not signed_again(ctx, cs, ce) and not signed_it(ctx, cs, ce):
            # "The plan was signed by A and B"; "C signed it in Tashkent on 12 December";
            # else "A memorandum on X between A and B. C signed it on 4 May."
            for f in signs_phrase_before(ctx, cs, ce, para) or included(ctx, cs, ce):
                merge_into(found, f)  # "These documents, including a plan for 2031, ..."
    renewal = renewed_it(ctx, ss, se, para.year)  # "..., and in March 2024 they renewed it"
    if renewal is not None:
        merge_into(found, renewal)
    extension = extended_here(ctx, ss, se)  # "letters extending their agreement of 2017"
    if extension is not None:
        found.append(extension)  # the same agreement, signed again: no mention to merge


def _lead(ctx: Ctx, paras: list[tuple[int, int]]) -> None:
    """The person and the date a news story leads with: the first paragraph of some length
    (not the headline or a dateline), its first person and the date of its first sentence.
    A report, which covers a year, has no lead."""
    ctx.today = ctx.doc_date
    if ctx.year is not None:
        return
    headline = headline_end(ctx.text)
    for ps, pe in paras:
        if pe <= headline:
            continue
        sents = sentence_spans(ctx.text, lang="en", start=ps, end=pe)
        if sents:  # a dateline ("Shanghai, 8 May 2025."): the day the story is written
            day = dateline_day(ctx.text[sents[0][0] : sents[0][1]], ctx.doc_year, ctx.doc_date)
            ctx.today = day or ctx.today
        if len(ctx.text[ps:pe].split()) < 15:
            continue
        if not re.search(r"[.!?][\"”’)]?(?:\s|$)", ctx.text[ps:pe]):
            continue  # a title block ("JOINT STATEMENT / of A and B / on the occasion of")
        # the first sentence of some length: not the "1." that numbers the paragraph, nor a
        # dateline set off by a full stop ("Beijing, 18 June.")
        first = next(
            (
                s
                for s in sents
                if len(ctx.text[s[0] : s[1]].split()) > 2 and not is_dateline(ctx.text[s[0] : s[1]])
            ),
            (ps, pe),
        )
        sent = without_reported_today(ctx.text[first[0] : first[1]])
        lead = lead_date(sent, ctx.doc_year, ctx.doc_date, ctx.today)
        # the document's own date there is its dateline, not the event's
        today = re.search(r"^[^\"“”]*\btoday\b", sent) is not None
        ctx.lead_date = lead if lead != ctx.doc_date or today else None
        ctx.lead_days = event_days(ctx.text[first[0] : first[1]], ctx.doc_year, ctx.doc_date)
        mentions = [(s, p) for s, _, p in ctx.people.mentions if ps <= s < first[1]]
        ctx.lead = min(mentions, key=lambda m: m[0])[1] if mentions else None
        return


#: A line that opens an item: a bullet, "3." or "3)", a letter or a small Roman numeral in
#: brackets ("(b)", "(iv)", as a decision's points are lettered), or the timestamp of a
#: chapter or a transcript's turn ("04:10", "1:02:33").
_ITEM = re.compile(
    r"\n[ \t]*(?:[-–•·*▪●○◆■➢►]|\d{1,2}[.)]|\((?:[a-z]|[ivx]{1,4})\)"
    r"|(?:\d{1,2}:)?\d{1,2}:\d\d(?![\d:]))[ \t]+"
)


def _items(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences, with the items of a list apart: "- Signed an MoU with A.\n- Signed an MoU
    with B." are two sentences, each with its own counterpart."""
    out = []
    for ss, se in spans:
        cuts = [m.start() + 1 for m in _ITEM.finditer(text, ss, se)]
        for a, b in zip([ss, *cuts], [*cuts, se], strict=True):
            if text[a:b].strip():
                out.append((a, b))
    return out
